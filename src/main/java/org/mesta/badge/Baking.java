package org.mesta.badge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Open Badges baking: the assertion (2.0, keyword "openbadges") or credential (3.0, "openbadgecredential")
 * carried inside the image. PNG: one uncompressed iTXt chunk right after IHDR (an earlier one with the same
 * keyword is replaced). SVG: one openbadges:assertion / openbadges:credential element with the JSON in CDATA.
 */
public final class Baking {

    public static final String OB2 = "openbadges";
    public static final String OB3 = "openbadgecredential";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ITXT = "iTXt".getBytes(StandardCharsets.ISO_8859_1);

    private Baking() {}

    public static byte[] bakePng(byte[] png, String keyword, String text) {
        requirePng(png);
        byte[] data = itxt(keyword, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + data.length + 64);
        out.writeBytes(SIGNATURE);
        int pos = 8;
        boolean written = false;
        while (pos < png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int end = pos + 12 + length;
            boolean sameBadge =
                    type.equals("iTXt") && keywordOf(png, pos + 8, length).equals(keyword);
            if (!sameBadge) out.write(png, pos, end - pos);
            if (type.equals("IHDR") && !written) {
                chunk(out, "iTXt", data);
                written = true;
            }
            pos = end;
        }
        return out.toByteArray();
    }

    /**
     * A PNG taken apart once to bake many awards into it (one badge's image in one language): each award then only
     * copies it around its own two text chunks, instead of walking the image's chunks twice.
     */
    public static PngTemplate pngTemplate(byte[] png) {
        return new PngTemplate(png);
    }

    /** See {@link #pngTemplate}. */
    public static final class PngTemplate {

        private final byte[] head;
        private final byte[] tail;

        private PngTemplate(byte[] png) {
            requirePng(png);
            // Earlier baked texts go, as bakePng drops them; the rest of the image stays as it is.
            byte[] clean = bakePng(bakePng(png, OB2, ""), OB3, "");
            int ihdrEnd = 8 + 12 + ByteBuffer.wrap(clean, 8, 4).getInt();
            int afterOurs = ihdrEnd;
            for (int i = 0; i < 2; i++)
                afterOurs += 12 + ByteBuffer.wrap(clean, afterOurs, 4).getInt();
            this.head = Arrays.copyOfRange(clean, 0, ihdrEnd);
            this.tail = Arrays.copyOfRange(clean, afterOurs, clean.length);
        }

        /**
         * The image with the 2.0 assertion and, when there is one, the 3.0 credential baked in: byte for byte what
         * {@code bakePng(bakePng(png, OB2, assertion), OB3, credential)} makes of an image with nothing baked in.
         */
        public byte[] bake(String assertion, String credential) {
            byte[] ob3 = credential == null ? null : itxt(OB3, credential);
            byte[] ob2 = itxt(OB2, assertion);
            // Written once into an array of the exact size: the image is copied once per award, not twice.
            ByteBuffer out = ByteBuffer.allocate(
                    head.length + tail.length + 12 + ob2.length + (ob3 == null ? 0 : 12 + ob3.length));
            out.put(head);
            if (ob3 != null) itxtChunk(out, ob3);
            itxtChunk(out, ob2);
            out.put(tail);
            return out.array();
        }
    }

    /** The baked text with this keyword, if the PNG carries one. */
    public static Optional<String> unbakePng(byte[] png, String keyword) {
        requirePng(png);
        int pos = 8;
        while (pos + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            if (length < 0 || pos + 12 + length > png.length) break;
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("iTXt") && keywordOf(png, pos + 8, length).equals(keyword)) {
                int p = pos + 8 + keyword.length() + 1;
                boolean compressed = png[p] != 0;
                p += 2;
                while (png[p] != 0) p++; // language tag
                p++;
                while (png[p] != 0) p++; // translated keyword
                p++;
                if (compressed) return Optional.empty();
                return Optional.of(new String(png, p, pos + 8 + length - p, StandardCharsets.UTF_8));
            }
            pos += 12 + length;
        }
        return Optional.empty();
    }

    public static String bakeSvg(String svg, String keyword, String json, String verifyUrl) {
        boolean v3 = OB3.equals(keyword);
        String ns = v3 ? "https://purl.imsglobal.org/ob/v3p0" : "http://openbadges.org";
        String element = v3 ? "openbadges:credential" : "openbadges:assertion";
        String open =
                "<" + element + (v3 || verifyUrl == null ? "" : " verify=\"" + BadgeSvg.escape(verifyUrl) + "\"") + ">";
        String cdata = "<![CDATA[" + json.replace("]]>", "]]]]><![CDATA[>") + "]]>";
        int tagEnd = svg.indexOf('>');
        String root = svg.substring(0, tagEnd);
        if (!root.contains("xmlns:openbadges=")) root += " xmlns:openbadges=\"" + ns + "\"";
        return root + ">" + open + cdata + "</" + element + ">" + svg.substring(tagEnd + 1);
    }

    public static Optional<String> unbakeSvg(String svg, String keyword) {
        String element = OB3.equals(keyword) ? "openbadges:credential" : "openbadges:assertion";
        int start = svg.indexOf("<" + element);
        if (start < 0) return Optional.empty();
        int contentStart = svg.indexOf('>', start) + 1;
        int end = svg.indexOf("</" + element + ">", contentStart);
        if (contentStart <= 0 || end < 0) return Optional.empty();
        String inner = svg.substring(contentStart, end).strip();
        if (inner.startsWith("<![CDATA[")) {
            inner = inner.substring(9, inner.length() - 3).replace("]]]]><![CDATA[>", "]]>");
        }
        return Optional.of(inner);
    }

    private static String keywordOf(byte[] png, int dataStart, int length) {
        int end = dataStart;
        while (end < dataStart + length && png[end] != 0) end++;
        return new String(png, dataStart, end - dataStart, StandardCharsets.ISO_8859_1);
    }

    /** iTXt: keyword, 0, compression flag 0, method 0, language tag "", 0, translated keyword "", 0, text. */
    private static byte[] itxt(String keyword, String text) {
        byte[] k = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate(k.length + 5 + t.length);
        data.put(k)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put(t);
        return data.array();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void itxtChunk(ByteBuffer out, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ITXT);
        crc.update(data);
        out.putInt(data.length).put(ITXT).put(data).putInt((int) crc.getValue());
    }

    private static void requirePng(byte[] png) {
        if (png == null || png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new IllegalArgumentException("not a PNG");
        }
    }
}
