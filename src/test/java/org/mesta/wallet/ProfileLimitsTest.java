package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mesta.badge.BadgeService;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.security.Account;
import org.mesta.security.AccountService;

/**
 * A limited account (a minor whose guardian has not consented yet) never has a public page. Nobody is limited in
 * the demo until guardian consent exists, so the account is a stand-in here.
 */
class ProfileLimitsTest {

    private final PublicProfileRepository profiles = mock(PublicProfileRepository.class);
    private final AccountService accounts = mock(AccountService.class);
    private final Account me = mock(Account.class);
    private final ProfileService service = new ProfileService(
            profiles,
            mock(BadgeCollectionRepository.class),
            mock(ProfileEntryRepository.class),
            mock(OpenBadgesService.class),
            mock(BadgeService.class),
            mock(CityService.class),
            accounts,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    ProfileLimitsTest() {
        when(accounts.me()).thenReturn(me);
        when(me.getId()).thenReturn(7L);
        when(me.getDisplayName()).thenReturn("Tina");
        when(me.isLimited()).thenReturn(true);
        when(me.adultOn(any(LocalDate.class))).thenReturn(false);
        when(profiles.findByAccountId(7L)).thenReturn(Optional.empty());
    }

    @Test
    void a_limited_account_cannot_switch_its_profile_on() {
        assertThatThrownBy(() -> service.save(new ProfileDraft(0, true, "tina", "Tina", "")))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("enabled");
                    assertThat(e.key()).isEqualTo("profile.error.limited");
                });
        verify(profiles, never()).saveAndFlush(any());
        var settings = service.mine();
        assertThat(settings.limited()).isTrue();
        assertThat(settings.minor()).isTrue();
        assertThat(settings.visible()).isFalse();
    }

    @Test
    void an_existing_profile_of_an_account_that_became_limited_is_not_shown() {
        PublicProfile profile = new PublicProfile(7L, Instant.now());
        profile.change(true, "tina", "Tina", "Hello", Instant.now());
        when(profiles.findByHandle("tina")).thenReturn(Optional.of(profile));
        when(accounts.isLimited(anyLong())).thenReturn(false);
        assertThat(service.card("tina")).isPresent();

        when(accounts.isLimited(7L)).thenReturn(true);

        assertThat(service.page("tina")).isEmpty();
        assertThat(service.card("tina")).isEmpty();
    }
}
