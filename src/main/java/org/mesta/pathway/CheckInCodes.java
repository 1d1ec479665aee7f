package org.mesta.pathway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.DerivedKeys;
import org.springframework.stereotype.Component;

/**
 * The check-in codes the organiser's screen shows: {@code <opportunity>.<session start>.<issued>.<signature>}, signed
 * with HMAC-SHA256 under a key derived from the installation's secret, so no one can make one for a session, change
 * its session or stretch its time. A code is shown for {@link #ROTATION} and accepted for {@link #VALIDITY} after it
 * was issued (the phone of someone scanning it at the last second still gets in).
 */
@Component
class CheckInCodes {

    static final Duration ROTATION = Duration.ofSeconds(30);
    static final Duration VALIDITY = Duration.ofSeconds(60);
    /** Clocks of app nodes differ a little: a code issued this far in the future is still one of ours. */
    private static final Duration SKEW = Duration.ofSeconds(5);

    private static final int MAX_LENGTH = 120;

    /** A code's meaning once its signature is checked. */
    record Code(long opportunityId, Instant sessionStart, Instant issuedAt, String hash) {}

    enum Verdict {
        GOOD,
        FORGED,
        EXPIRED
    }

    record Checked(Verdict verdict, @Nullable Code code) {}

    private final byte[] key;

    CheckInCodes(DerivedKeys keys) {
        this.key = keys.forPurpose("pathway.check-in");
    }

    String issue(long opportunityId, Instant sessionStart, Instant now) {
        String payload = opportunityId + "." + sessionStart.getEpochSecond() + "." + now.getEpochSecond();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    /** The current code's issue time: codes change at each rotation, the same on every node. */
    static Instant rotationStart(Instant now) {
        long step = ROTATION.getSeconds();
        return Instant.ofEpochSecond(now.getEpochSecond() / step * step);
    }

    Checked check(@Nullable String text, Instant now) {
        if (text == null || text.length() > MAX_LENGTH) return new Checked(Verdict.FORGED, null);
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return new Checked(Verdict.FORGED, null);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return new Checked(Verdict.FORGED, null);
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(payload), given)) return new Checked(Verdict.FORGED, null);
        Code code;
        try {
            code = new Code(
                    Long.parseLong(parts[0]),
                    Instant.ofEpochSecond(Long.parseLong(parts[1])),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    hash(text));
        } catch (NumberFormatException e) {
            return new Checked(Verdict.FORGED, null);
        }
        boolean tooOld = now.isAfter(code.issuedAt().plus(VALIDITY));
        boolean tooNew = code.issuedAt().isAfter(now.plus(SKEW));
        return new Checked(tooOld || tooNew ? Verdict.EXPIRED : Verdict.GOOD, code);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // 128 bits of the MAC: plenty against guessing within a minute, and a smaller QR code.
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
