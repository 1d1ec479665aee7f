package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mesta.base.UserError;

/** Uploaded badge pictures: real type by content, size and dimension limits, hostile SVGs made harmless. */
class BadgeImageCheckTest {

    static byte[] png(int w, int h) throws Exception {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG whose header claims 60,000 × 60,000 pixels: a decompression bomb must not be decoded. */
    static byte[] bomb() throws Exception {
        byte[] small = png(20, 20);
        ByteBuffer ihdr = ByteBuffer.wrap(small, 16, 8);
        ihdr.putInt(60_000).putInt(60_000);
        CRC32 crc = new CRC32();
        crc.update(small, 12, 17);
        ByteBuffer.wrap(small, 29, 4).putInt((int) crc.getValue());
        return small;
    }

    @Test
    void pngs_and_jpegs_are_read_by_content_scaled_and_written_again() throws Exception {
        byte[] stored = BadgeImageCheck.check(png(1200, 600));
        var image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(256);
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        assertThat(BadgeImageCheck.check(jpeg.toByteArray())).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void wrong_types_huge_files_and_bombs_are_refused_with_a_reason() throws Exception {
        assertThatThrownBy(() -> BadgeImageCheck.check("GIF89a fake".getBytes()))
                .isInstanceOf(UserError.class)
                .hasMessage("badge.error.image-type");
        assertThatThrownBy(() -> BadgeImageCheck.check("just text, named picture.png".getBytes()))
                .hasMessage("badge.error.image-type");
        assertThatThrownBy(() -> BadgeImageCheck.check(new byte[BadgeImageCheck.MAX_BYTES + 1]))
                .hasMessage("badge.error.image-size");
        assertThatThrownBy(() -> BadgeImageCheck.check(bomb())).hasMessage("badge.error.image-dimensions");
        assertThatThrownBy(() -> BadgeImageCheck.check(png(8, 8))).hasMessage("badge.error.image-dimensions");
    }

    @Test
    void hostile_svgs_lose_scripts_handlers_foreign_objects_and_external_references() {
        String hostile = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="alert(1)">
                  <script>alert('x')</script>
                  <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
                  <image href="https://evil.example/track.png" width="10" height="10"/>
                  <use xlink:href="https://evil.example/sprite.svg#x"/>
                  <a href="javascript:alert(1)"><rect width="10" height="10"/></a>
                  <style>@import url(https://evil.example/x.css);</style>
                  <rect width="100" height="100" fill="url(#g)" style="fill:url(https://evil.example/x)" onclick="steal()"/>
                  <circle cx="50" cy="50" r="40" fill="#2E7D32"/>
                  <animate attributeName="href" to="javascript:alert(1)"/>
                </svg>""";
        String clean = BadgeImageCheck.sanitiseSvg(hostile);
        assertThat(clean)
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onload")
                .doesNotContain("onclick")
                .doesNotContain("foreignObject")
                .doesNotContain("iframe")
                .doesNotContain("evil.example")
                .doesNotContain("javascript:")
                .doesNotContain("<image")
                .doesNotContain("<animate")
                .doesNotContain("<style")
                .contains("<circle")
                .contains("fill=\"url(#g)\"");
        assertThat(BadgeImageCheck.check(hostile.getBytes(StandardCharsets.UTF_8)))
                .startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void entities_and_doctypes_are_refused_outright() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>""";
        assertThatThrownBy(() -> BadgeImageCheck.check(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserError.class)
                .hasMessage("badge.error.image-svg");
        String billionLaughs =
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assertThatThrownBy(() -> BadgeImageCheck.check(billionLaughs.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("badge.error.image-svg");
        assertThatThrownBy(() -> BadgeImageCheck.check("<svg><unclosed".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("badge.error.image-svg");
    }
}
