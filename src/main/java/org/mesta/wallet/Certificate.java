package org.mesta.wallet;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.mesta.base.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * The printable certificate of a badge: one A4 landscape page in the badge's language with its picture, the holder's
 * name, the badge, its issuer and date, and the verification link with its QR code. The font is embedded (Atkinson
 * Hyperlegible, which the badges use too), so names with č, š, ž print as written.
 */
@Component
class Certificate {

    private static final String REGULAR = "/badge-assets/fonts/AtkinsonHyperlegible_400Regular.ttf";
    private static final String BOLD = "/badge-assets/fonts/AtkinsonHyperlegible_700Bold.ttf";

    private final TranslationProvider translations;

    Certificate(TranslationProvider translations) {
        this.translations = translations;
    }

    byte[] pdf(String holder, WalletService.Item item, byte[] badgePng, String verifyUrl, String zone) {
        Locale locale = TranslationProvider.supported(Locale.forLanguageTag(item.language()));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zoneOf(zone))
                .format(item.issuedAt());
        try (PDDocument doc = new PDDocument();
                InputStream regularTtf = Certificate.class.getResourceAsStream(REGULAR);
                InputStream boldTtf = Certificate.class.getResourceAsStream(BOLD)) {
            PDFont regular = PDType0Font.load(doc, regularTtf);
            PDFont bold = PDType0Font.load(doc, boldTtf);
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(item.name() + " – " + holder);
            info.setAuthor(item.issuer());
            float w = a4.getWidth(), h = a4.getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setStrokingColor(0.12f, 0.33f, 0.6f);
                out.setLineWidth(3);
                out.addRect(24, 24, w - 48, h - 48);
                out.stroke();
                PDImageXObject picture = PDImageXObject.createFromByteArray(doc, badgePng, "badge.png");
                float size = 150;
                out.drawImage(picture, (w - size) / 2, h - 60 - size, size, size);
                float y = h - 60 - size - 40;
                y = centred(out, bold, 26, t("wallet.certificate.title", locale), w, y) - 34;
                y = centred(out, regular, 14, t("wallet.certificate.certifies", locale), w, y) - 30;
                y = centred(out, bold, 24, holder, w, y) - 30;
                y = centred(out, regular, 14, t("wallet.certificate.earned", locale), w, y) - 30;
                y = centred(out, bold, 22, item.name(), w, y) - 28;
                centred(out, regular, 13, t("wallet.certificate.issued", locale, item.issuer(), date), w, y);
                qr(out, verifyUrl, w - 48 - 96, 48, 96);
                text(out, regular, 9, t("wallet.certificate.check", locale), 48, 76);
                text(out, regular, 8, verifyUrl, 48, 62);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** One line centred on the page (shortened to fit); returns its baseline. */
    private static float centred(PDPageContentStream out, PDFont font, float size, String s, float pageWidth, float y)
            throws IOException {
        String line = printable(font, s);
        while (width(font, size, line) > pageWidth - 120 && line.length() > 4)
            line = line.substring(0, line.length() - 2) + "…";
        text(out, font, size, line, (pageWidth - width(font, size, line)) / 2, y);
        return y;
    }

    private static void text(PDPageContentStream out, PDFont font, float size, String s, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(printable(font, s));
        out.endText();
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** The font has no glyph for some characters (e.g. emoji in a name): those print as "?" instead of failing. */
    private static String printable(PDFont font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static void qr(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        float cell = size / qr.size;
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < qr.size; row++)
            for (int col = 0; col < qr.size; col++)
                if (qr.getModule(col, row)) out.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
        out.fill();
    }
}
