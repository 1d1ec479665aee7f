package org.mesta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Token buckets per address and per account; bounded memory; the wait said in the person's language. */
class RateLimitsTest {

    final RateLimits limits = new RateLimits();

    @Test
    void the_attempt_past_the_limit_from_one_address_is_refused_and_other_addresses_go_on() {
        RateLimits.Action register = RateLimits.Action.REGISTER;
        for (int i = 0; i < register.perAddress(); i++) {
            int n = i;
            assertThatCode(() -> limits.attempt(register, "203.0.113.7", "person" + n + "@example.org"))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> limits.attempt(register, "203.0.113.7", "one.more@example.org"))
                .isInstanceOf(TooManyAttempts.class)
                .isInstanceOf(UserError.class)
                .hasMessage(TooManyAttempts.MINUTES);
        assertThatCode(() -> limits.attempt(register, "203.0.113.8", "one.more@example.org"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_huge_typed_account_is_kept_only_by_its_first_characters() {
        RateLimits.Action forgot = RateLimits.Action.FORGOT_PASSWORD;
        String huge = "x".repeat(RateLimits.MAX_KEY_CHARS) + "@example.org";
        for (int i = 0; i < forgot.perAccount(); i++) {
            limits.attempt(forgot, "192.0.2." + i, huge + i + "a".repeat(1_000_000));
        }
        // Every attempt was counted against the one bounded key, not a megabyte key each.
        assertThat(limits.refusal(forgot, "192.0.2.200", huge)).isPresent();
    }

    @Test
    void the_attempt_past_the_limit_for_one_account_is_refused_from_any_address() {
        RateLimits.Action claim = RateLimits.Action.CLAIM;
        for (int i = 0; i < claim.perAccount(); i++) {
            limits.attempt(claim, "198.51.100." + i, 42L);
        }
        assertThat(limits.refusal(claim, "198.51.100.200", 42L)).isPresent();
        assertThat(limits.refusal(claim, "198.51.100.200", 43L)).isEmpty();
        // Accounts typed as e-mail addresses are one account whatever their case.
        for (int i = 0; i < RateLimits.Action.FORGOT_PASSWORD.perAccount(); i++) {
            limits.attempt(RateLimits.Action.FORGOT_PASSWORD, "192.0.2." + i, "Someone@Example.org");
        }
        assertThat(limits.refusal(RateLimits.Action.FORGOT_PASSWORD, "192.0.2.99", "someone@example.org "))
                .isPresent();
    }

    @Test
    void a_flood_of_new_addresses_cannot_grow_the_key_map_past_its_bound() {
        for (int i = 0; i < RateLimits.MAX_KEYS + 50_000; i++) {
            limits.refusal(
                    RateLimits.Action.VERIFY, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), null);
        }
        assertThat(limits.trackedKeys()).isLessThanOrEqualTo(RateLimits.MAX_KEYS);
    }

    @Test
    void the_wait_is_said_in_whole_minutes_or_seconds_in_english_and_slovenian() {
        TranslationProvider translations = new TranslationProvider();
        Locale sl = Locale.forLanguageTag("sl");
        TooManyAttempts seconds = TooManyAttempts.after(Duration.ofMillis(29_100));
        assertThat(seconds.key()).isEqualTo(TooManyAttempts.SECONDS);
        assertThat(translations.getTranslation(seconds.key(), Locale.ENGLISH, seconds.params()))
                .isEqualTo("Too many attempts \u2014 try again in 30 seconds.");
        TooManyAttempts minutes = TooManyAttempts.after(Duration.ofSeconds(61));
        assertThat(translations.getTranslation(minutes.key(), Locale.ENGLISH, minutes.params()))
                .isEqualTo("Too many attempts \u2014 try again in 2 minutes.");
        assertThat(translations.getTranslation(minutes.key(), sl, minutes.params()))
                .isEqualTo("Preveč poskusov \u2014 poskusi znova čez 2 minuti.");
        assertThat(translations.getTranslation(TooManyAttempts.MINUTES, sl, 1L)).endsWith("čez 1 minuto.");
        assertThat(translations.getTranslation(TooManyAttempts.MINUTES, sl, 3L)).endsWith("čez 3 minute.");
        assertThat(translations.getTranslation(TooManyAttempts.MINUTES, sl, 12L))
                .endsWith("čez 12 minut.");
        assertThat(translations.getTranslation(TooManyAttempts.SECONDS, Locale.ENGLISH, 1L))
                .endsWith("in 1 second.");
        assertThat(TooManyAttempts.after(Duration.ZERO).params()).containsExactly(1L);
    }
}
