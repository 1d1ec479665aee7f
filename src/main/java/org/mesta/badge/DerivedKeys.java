package org.mesta.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keys for other purposes derived from the installation's secret ({@code mesta.badge.key-secret}, see
 * BadgeKeySecret): HMAC-SHA256 of the secret over the purpose's name, so each purpose has its own key, the same on
 * every app node, and none of them reveals the secret or another purpose's key. Nothing is stored.
 */
@Component
public class DerivedKeys {

    private final BadgeKeySecret secret;

    DerivedKeys(BadgeKeySecret secret) {
        this.secret = secret;
    }

    /** A 256-bit key for this purpose (e.g. "pathway.check-in"). */
    public byte[] forPurpose(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("mesta/derived-key/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
