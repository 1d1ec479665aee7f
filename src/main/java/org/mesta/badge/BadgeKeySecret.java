package org.mesta.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The secret the organisations' signing keys are sealed under ({@code MESTA_BADGE_KEY_SECRET}). On one machine
 * (H2, development, demo) a random secret is made once in the data directory. A production installation on
 * MySQL may run several app nodes over one database: each would make its own file and could not open the keys
 * another made, so there the secret must be configured and the application refuses to start without it.
 */
@Component
class BadgeKeySecret {

    static final String MISSING = "MESTA_BADGE_KEY_SECRET is not set. A production installation on MySQL must configure"
            + " the secret that seals the organisations' badge-signing keys (mesta.badge.key-secret), the same on every"
            + " app node, and keep it with the database backups; Mesta will not start without it.";
    private static final Logger LOG = LoggerFactory.getLogger(BadgeKeySecret.class);

    private final String value;

    BadgeKeySecret(Environment env) {
        String configured = env.getProperty("mesta.badge.key-secret", "").strip();
        if (!configured.isEmpty()) {
            this.value = configured;
        } else if (sharedDatabaseInProduction(env)) {
            throw new Missing();
        } else {
            this.value = secretFile(Path.of(env.getProperty("mesta.data-dir", "./data")));
        }
    }

    /** The MySQL profile without demo data is a production installation (possibly several nodes). */
    static boolean sharedDatabaseInProduction(Environment env) {
        return env.acceptsProfiles(Profiles.of("mysql"))
                && !"true"
                        .equalsIgnoreCase(env.getProperty("mesta.demo-data", "").strip());
    }

    /** The refusal to start, reported by {@link MissingKeySecretAnalyzer}. */
    static final class Missing extends IllegalStateException {
        Missing() {
            super(MISSING);
        }
    }

    String value() {
        return value;
    }

    private static String secretFile(Path dir) {
        Path file = dir.resolve("badge-key.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.warn(
                        "No mesta.badge.key-secret configured: made one in {}. Keep it with the database backups.",
                        file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
