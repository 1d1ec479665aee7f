package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
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
    private final ProfileEntryRepository entries = mock(ProfileEntryRepository.class);
    private final OpenBadgesService awards = mock(OpenBadgesService.class);
    private final BadgeService badges = mock(BadgeService.class);
    private final CityService cities = mock(CityService.class);
    private final AccountService accounts = mock(AccountService.class);
    private final Account me = mock(Account.class);
    private final ProfileService service = new ProfileService(
            profiles,
            mock(BadgeCollectionRepository.class),
            entries,
            awards,
            badges,
            cities,
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

    @Test
    void an_expired_badge_stays_on_the_page_marked_and_a_revoked_one_leaves_it() {
        PublicProfile profile = new PublicProfile(7L, Instant.now());
        profile.change(true, "tina", "Tina", null, Instant.now());
        when(profiles.findByHandle("tina")).thenReturn(Optional.of(profile));
        when(accounts.isLimited(7L)).thenReturn(false);
        Award expired = award(1L, "expired-award", null);
        when(expired.expired(any())).thenReturn(true);
        when(expired.getExpiresAt()).thenReturn(Instant.parse("2026-06-01T00:00:00Z"));
        Award revoked = award(2L, "revoked-award", Instant.parse("2026-11-01T00:00:00Z"));
        WalletEntry first = entry(11L, 1L);
        WalletEntry second = entry(12L, 2L);
        when(entries.shown(eq(7L), eq(WalletEntry.State.ACCEPTED), eq(WalletEntry.Visibility.PROFILE), any()))
                .thenReturn(List.of(first, second));
        when(awards.byIds(any())).thenReturn(List.of(expired, revoked));
        Badge badge = mock(Badge.class);
        when(badge.getId()).thenReturn(5L);
        when(badge.texts(any())).thenReturn(new BadgeTexts("Repair hero", "", "", "", "", ""));
        when(badges.get(5L)).thenReturn(badge);
        when(cities.findOrganisation(anyLong())).thenReturn(Optional.empty());

        var page = service.page("tina").orElseThrow();

        assertThat(page.groups()).hasSize(1);
        assertThat(page.groups().getFirst().badges()).singleElement().satisfies(b -> {
            assertThat(b.publicId()).isEqualTo("expired-award");
            assertThat(b.expired()).isTrue();
            assertThat(b.expiresAt()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        });
    }

    private static Award award(long id, String publicId, Instant revokedAt) {
        Award a = mock(Award.class);
        when(a.getId()).thenReturn(id);
        when(a.getPublicId()).thenReturn(publicId);
        when(a.getRevokedAt()).thenReturn(revokedAt);
        when(a.getRecipientAccountId()).thenReturn(7L);
        when(a.getBadgeId()).thenReturn(5L);
        when(a.getOrganisationId()).thenReturn(3L);
        when(a.getLanguage()).thenReturn("en");
        when(a.getIssuedAt()).thenReturn(Instant.parse("2025-06-01T00:00:00Z"));
        return a;
    }

    private static WalletEntry entry(long id, long awardId) {
        WalletEntry e = mock(WalletEntry.class);
        when(e.getId()).thenReturn(id);
        when(e.getAwardId()).thenReturn(awardId);
        return e;
    }
}
