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
import java.time.LocalDate;
import java.time.Period;
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
    private LocalDate birthDate;
    private Instant emailConfirmedAt;
    private String guardianEmail;
    /** The day the person reaches the age of digital consent of their city's country; null when no guardian is needed. */
    private LocalDate guardianNeededUntil;

    private Instant guardianConsentAt;
    private Instant guardianWithdrawnAt;
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

    /** A registering learner: under the age of digital consent, the guardian's address and until when it matters. */
    void learnerDetails(
            LocalDate birthDate,
            @Nullable String guardianEmail,
            @Nullable LocalDate guardianNeededUntil,
            Instant privacyAcceptedAt) {
        this.birthDate = birthDate;
        this.birthYear = birthDate.getYear();
        this.guardianEmail = guardianEmail == null ? null : normalise(guardianEmail);
        this.guardianNeededUntil = guardianNeededUntil;
        this.privacyAcceptedAt = privacyAcceptedAt;
    }

    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) emailConfirmedAt = now;
    }

    /** A confirmed change of address: the new one is confirmed by the link that brought it. */
    void changeEmail(String newEmail, Instant now) {
        this.email = normalise(newEmail);
        this.emailConfirmedAt = now;
    }

    void guardianAgreed(Instant now) {
        guardianConsentAt = now;
        guardianWithdrawnAt = null;
    }

    void guardianWithdrew(Instant now) {
        guardianConsentAt = null;
        guardianWithdrawnAt = now;
    }

    void askGuardian(String guardianEmail) {
        this.guardianEmail = normalise(guardianEmail);
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
    public boolean adultOn(LocalDate day) {
        Integer age = ageOn(day);
        return age == null || age >= 18;
    }

    /**
     * Age in whole years on the day; null when unknown (staff). With only a birth year (accounts made before the
     * birth date was asked) the lower bound: as if born on the last day of that year.
     */
    public @Nullable Integer ageOn(LocalDate day) {
        if (birthDate != null) return Period.between(birthDate, day).getYears();
        if (birthYear != null)
            return Period.between(LocalDate.of(birthYear, 12, 31), day).getYears();
        return null;
    }

    /**
     * Limited until a guardian consents: under the age of digital consent, no public profile and no applications.
     * Reaching that age ends the limit without anyone's action.
     */
    public boolean isLimited() {
        return limitedOn(LocalDate.now());
    }

    boolean limitedOn(LocalDate day) {
        return guardianNeededUntil != null && guardianConsentAt == null && day.isBefore(guardianNeededUntil);
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    public @Nullable String getGuardianEmail() {
        return guardianEmail;
    }

    public @Nullable LocalDate getGuardianNeededUntil() {
        return guardianNeededUntil;
    }

    public @Nullable Instant getGuardianConsentAt() {
        return guardianConsentAt;
    }

    public @Nullable Instant getGuardianWithdrawnAt() {
        return guardianWithdrawnAt;
    }

    public @Nullable Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public @Nullable Instant getPrivacyAcceptedAt() {
        return privacyAcceptedAt;
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
