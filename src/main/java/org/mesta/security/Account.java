package org.mesta.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;
import org.mesta.base.Role;

/** A person who can sign in. The email is stored lower-case, so uniqueness is case-insensitive. */
@Entity
public class Account extends AbstractEntity {

    /** Failures tolerated before sign-in pauses; each further failure doubles the pause. */
    static final int FREE_ATTEMPTS = 3;

    static final int LOCK_AFTER = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private String email;
    private String displayName;
    private String passwordHash;
    private Long cityId;
    private String preferredLanguage;
    private Integer birthYear;
    private boolean guardianConsent;
    private Instant privacyAcceptedAt;
    private Instant createdAt;
    private int failedLogins;
    private Instant lockedUntil;
    /** Sessions remember the generation they signed in under; a change that must end them bumps it. */
    private int sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    Account(String email, String displayName, String passwordHash, Long cityId, String preferredLanguage, Instant now) {
        this.email = normalise(email);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.cityId = cityId;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = now;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void learnerDetails(int birthYear, boolean guardianConsent, Instant privacyAcceptedAt) {
        this.birthYear = birthYear;
        this.guardianConsent = guardianConsent;
        this.privacyAcceptedAt = privacyAcceptedAt;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        if (roles.remove(role)) {
            endSessions();
        }
    }

    void moveTo(Long cityId) {
        if (this.cityId != null && !this.cityId.equals(cityId)) {
            endSessions();
        }
        this.cityId = cityId;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        endSessions();
    }

    /** Every session signed in before this moment ends at its next request. */
    void endSessions() {
        sessionGeneration++;
    }

    void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    /** A failed sign-in: from the fourth on, sign-in pauses, longer each time, then locks for a while. */
    void loginFailed(Instant now) {
        failedLogins++;
        Instant until = pauseAfter(failedLogins, now);
        if (until != null) lockedUntil = until;
    }

    /** Until when sign-in pauses after this many failures in a row; null while they are still free. */
    static @Nullable Instant pauseAfter(int failures, Instant now) {
        if (failures >= LOCK_AFTER) return now.plus(LOCK_DURATION);
        if (failures >= FREE_ATTEMPTS) return now.plusSeconds(5L << (failures - FREE_ATTEMPTS));
        return null;
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Long getCityId() {
        return cityId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /**
     * Whether the person is 18 or older on the day. People who gave no birth date (staff accounts) count as adults;
     * with only a birth year, someone counts as an adult once they surely are (the year after they may have turned 18).
     */
    public boolean adultOn(java.time.LocalDate day) {
        return birthYear == null || day.getYear() - birthYear > 18;
    }

    /**
     * Limited until a guardian consents: under the age of digital consent, no public profile and no applications.
     * (Placeholder until guardian consent exists: nobody is limited yet.)
     */
    public boolean isLimited() {
        return false;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    int getFailedLogins() {
        return failedLogins;
    }

    int getSessionGeneration() {
        return sessionGeneration;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
