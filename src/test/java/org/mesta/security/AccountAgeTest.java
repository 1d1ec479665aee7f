package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age from the birth date; accounts that only know a birth year count as young as they could be. */
class AccountAgeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static Account born(LocalDate date, LocalDate guardianNeededUntil) {
        Account a = new Account("a@example.org", "A", "{noop}x", null, "en", Instant.EPOCH);
        a.learnerDetails(
                date, guardianNeededUntil == null ? null : "g@example.org", guardianNeededUntil, Instant.EPOCH);
        return a;
    }

    @Test
    void eighteen_on_the_birthday_not_the_day_before() {
        Account a = born(LocalDate.of(2008, 6, 15), null);
        assertThat(a.adultOn(TODAY)).isTrue();
        assertThat(a.adultOn(TODAY.minusDays(1))).isFalse();
        assertThat(a.ageOn(TODAY)).isEqualTo(18);
    }

    @Test
    void staff_without_a_birth_date_count_as_adults() {
        Account staff = new Account("s@example.org", "S", "{noop}x", null, "en", Instant.EPOCH);
        assertThat(staff.ageOn(TODAY)).isNull();
        assertThat(staff.adultOn(TODAY)).isTrue();
        assertThat(staff.isLimited()).isFalse();
    }

    @Test
    void limited_until_the_guardian_agrees_or_the_consent_age_is_reached() {
        Account young = born(LocalDate.of(2013, 3, 1), LocalDate.of(2028, 3, 1));
        assertThat(young.limitedOn(TODAY)).isTrue();
        assertThat(young.limitedOn(LocalDate.of(2028, 3, 1))).isFalse();
        young.guardianAgreed(Instant.EPOCH);
        assertThat(young.limitedOn(TODAY)).isFalse();
        young.guardianWithdrew(Instant.EPOCH);
        assertThat(young.limitedOn(TODAY)).isTrue();
    }
}
