package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** What several browser journeys need: the address in a QR code on screen, the token of a confirmation mail. */
final class Journeys {

    private Journeys() {}

    /** The text of the QR code in a screenshot (as a phone's camera would read it). */
    static String decodeQr(byte[] png) throws Exception {
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        // An element's screenshot ends at the code's edge; a scanner needs the white margin the page gives it.
        int margin = Math.max(16, shot.getWidth() / 8);
        BufferedImage image = new BufferedImage(
                shot.getWidth() + 2 * margin, shot.getHeight() + 2 * margin, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(shot, margin, margin, null);
        g.dispose();
        int w = image.getWidth(), h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new MultiFormatReader()
                .decode(
                        bitmap,
                        Map.of(
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE))
                .getText();
    }

    /** The token of the address-confirmation mail sent to this address (waits for it). */
    static String confirmationToken(GreenMail smtp, String address) throws Exception {
        MimeMessage[] found = new MimeMessage[1];
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address))
                        && String.valueOf(m.getContent()).contains("/confirm-email?token=")) {
                    found[0] = m;
                }
            }
            return found[0] != null;
        });
        Matcher m = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_-]+)")
                .matcher(String.valueOf(found[0].getContent()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
