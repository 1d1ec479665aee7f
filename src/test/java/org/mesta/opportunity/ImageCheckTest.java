package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mesta.base.UserError;

/** Opportunity and campaign pictures: dimensions come from the header, before any pixel is decoded. */
class ImageCheckTest {

    static byte[] png(int w, int h) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A few hundred bytes whose header declares side × side pixels. */
    static byte[] bomb(int side) throws Exception {
        byte[] small = png(300, 300);
        ByteBuffer.wrap(small, 16, 8).putInt(side).putInt(side);
        CRC32 crc = new CRC32();
        crc.update(small, 12, 17);
        ByteBuffer.wrap(small, 29, 4).putInt((int) crc.getValue());
        return small;
    }

    @Test
    void a_small_png_declaring_fifty_thousand_pixels_square_is_refused_without_decoding() throws Exception {
        byte[] bomb = bomb(50_000);
        assertThat(bomb.length).isLessThan(2_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThatThrownBy(() -> ImageCheck.check(bomb))
                        .isInstanceOf(UserError.class)
                        .hasMessage("limits.image.too-large"));
    }

    @Test
    void a_picture_of_ordinary_size_is_still_redrawn() throws Exception {
        ImageCheck.Checked checked = ImageCheck.check(png(2400, 1200));
        assertThat(checked.width()).isEqualTo(1600);
        assertThat(checked.height()).isEqualTo(800);
        assertThatThrownBy(() -> ImageCheck.check(png(100, 100))).hasMessage("opportunity.error.image-dimensions");
        assertThatThrownBy(() -> ImageCheck.check("not a picture".getBytes()))
                .hasMessage("opportunity.error.image-type");
    }
}
