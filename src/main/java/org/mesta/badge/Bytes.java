package org.mesta.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** What uploaded bytes are, by their content (never by name or declared type), and SHA-256 in one place. */
final class Bytes {

    private Bytes() {}

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    static boolean isPdf(byte[] b) {
        return b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
    }

    /** An SVG document (possibly after an XML declaration or a byte-order mark). */
    static boolean looksLikeSvg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return (head.startsWith("<svg") || head.startsWith("<?xml")) && head.contains("<svg");
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
