package org.mesta.wallet;

import jakarta.persistence.Entity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/** A person's public page at {@code /u/<handle>}: off until they switch it on, with the name and words they chose. */
@Entity
public class PublicProfile extends AbstractEntity {

    private Long accountId;
    private String handle;
    private String displayName;
    private @Nullable String bio;
    private boolean enabled;
    private Instant updatedAt;

    protected PublicProfile() {}

    PublicProfile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    void change(boolean enabled, String handle, String displayName, @Nullable String bio, Instant now) {
        this.enabled = enabled;
        this.handle = handle;
        this.displayName = displayName.strip();
        this.bio = bio == null || bio.isBlank() ? null : bio.strip();
        this.updatedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
