package org.mesta.wallet;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A learner's public profile at {@code /u/<handle>}: opted into, never for a limited account (a minor without a
 * guardian's consent), and showing only what its owner made public — badges they accepted and set to "on my
 * profile", grouped by their public collections. Nothing private (other badges, private collections, the e-mail)
 * is ever read into the public page.
 */
@Service
@Validated
public class ProfileService {

    /** At most this many badges on one public page: the read is bounded whatever a wallet holds. */
    static final int MAX_SHOWN = 200;

    private final PublicProfileRepository profiles;
    private final BadgeCollectionRepository collections;
    private final ProfileEntryRepository entries;
    private final OpenBadgesService awards;
    private final BadgeService badges;
    private final CityService cities;
    private final AccountService accounts;
    private final Clock clock;

    ProfileService(
            PublicProfileRepository profiles,
            BadgeCollectionRepository collections,
            ProfileEntryRepository entries,
            OpenBadgesService awards,
            BadgeService badges,
            CityService cities,
            AccountService accounts,
            Clock clock) {
        this.profiles = profiles;
        this.collections = collections;
        this.entries = entries;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The signed-in person's profile settings ({@code saved} false and their account's name before the first save),
     * whether their account is limited (they cannot switch it on) and whether they are under 18 (a caution).
     */
    public record Settings(
            boolean saved,
            long version,
            boolean enabled,
            String handle,
            String displayName,
            String bio,
            boolean limited,
            boolean minor) {

        /** Whether anyone can open the page now. */
        public boolean visible() {
            return saved && enabled && !limited;
        }
    }

    /** What the public page shows of one badge: its award page, name, issuer and dates (expired ones say so). */
    public record PublicBadge(
            String publicId,
            long badgeId,
            String name,
            String issuer,
            String language,
            Instant issuedAt,
            @Nullable Instant expiresAt,
            boolean expired) {}

    /** A public collection with its shown badges in the owner's order; the last group has no name: the rest. */
    public record Group(@Nullable String name, @Nullable String description, List<PublicBadge> badges) {}

    public record PublicPage(
            String handle, String displayName, @Nullable String bio, List<Group> groups) {

        public int badgeCount() {
            return groups.stream().mapToInt(g -> g.badges().size()).sum();
        }
    }

    /** The name and words of a shown profile, for its link preview. */
    public record Card(
            String handle, String displayName, @Nullable String bio) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Settings mine() {
        Account me = accounts.me();
        boolean limited = me.isLimited();
        boolean minor = !me.adultOn(LocalDate.now(clock));
        return profiles.findByAccountId(me.getId())
                .map(p -> new Settings(
                        true,
                        p.getVersion(),
                        p.isEnabled(),
                        p.getHandle(),
                        p.getDisplayName(),
                        p.getBio() == null ? "" : p.getBio(),
                        limited,
                        minor))
                .orElseGet(() -> new Settings(false, 0, false, "", me.getDisplayName(), "", limited, minor));
    }

    /**
     * Saves the signed-in person's profile. The handle is taken trimmed and lower-case; a bad, reserved or taken
     * handle and switching on a limited account are refused next to their fields; a stale version is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Settings save(@Valid ProfileDraft draft) {
        Account me = accounts.me();
        String handle = Handles.normalise(draft.handle());
        List<Problem> problems = new ArrayList<>(Handles.problems(handle));
        if (draft.enabled() && me.isLimited()) {
            problems.add(new Problem("enabled", "profile.error.limited"));
        }
        PublicProfile profile = profiles.findByAccountId(me.getId()).orElse(null);
        if (profile != null && profile.getVersion() != draft.version()) {
            throw new ObjectOptimisticLockingFailureException(PublicProfile.class, profile.getId());
        }
        if (problems.isEmpty() && profiles.existsByHandleAndAccountIdNot(handle, me.getId())) {
            problems.add(new Problem("handle", "profile.error.handle-taken"));
        }
        UserError.throwIfAny(problems);
        Instant now = clock.instant();
        if (profile == null) profile = new PublicProfile(me.getId(), now);
        profile.change(draft.enabled(), handle, draft.displayName(), draft.bio(), now);
        try {
            profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException sameHandleAtOnce) {
            throw UserError.of(List.of(new Problem("handle", "profile.error.handle-taken")));
        }
        return mine();
    }

    /** The name and words of the profile at the handle, when it is shown to everyone. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Card> card(String handle) {
        return shown(handle).map(p -> new Card(p.getHandle(), p.getDisplayName(), p.getBio()));
    }

    /**
     * The public page at the handle: empty for an unknown, switched-off or limited one. Its badges are the owner's
     * accepted, profile-visible awards that are not revoked (expired ones stay, marked), at most {@link #MAX_SHOWN};
     * first the public collections in the owner's order, then the badges in none of them, newest first.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicPage> page(String handle) {
        return shown(handle).map(this::page);
    }

    private Optional<PublicProfile> shown(@Nullable String handle) {
        if (handle == null || !Handles.wellFormed(handle)) return Optional.empty();
        return profiles.findByHandle(handle)
                .filter(PublicProfile::isEnabled)
                .filter(p -> !accounts.isLimited(p.getAccountId()));
    }

    private PublicPage page(PublicProfile profile) {
        long owner = profile.getAccountId();
        List<WalletEntry> shown =
                entries.shown(owner, State.ACCEPTED, Visibility.PROFILE, PageRequest.of(0, MAX_SHOWN));
        Map<Long, Long> entryOfAward = new HashMap<>();
        for (WalletEntry e : shown) entryOfAward.put(e.getAwardId(), e.getId());
        Instant now = clock.instant();
        Map<Long, Badge> badgeCache = new HashMap<>();
        Map<Long, String> issuerCache = new HashMap<>();
        Map<Long, PublicBadge> byEntry = new HashMap<>();
        for (Award a : awards.byIds(entryOfAward.keySet())) {
            // Revoked ones leave the page; an award made to someone else's account never joins it, whatever an entry
            // says.
            if (a.getRevokedAt() != null || a.getRecipientAccountId() != null && a.getRecipientAccountId() != owner)
                continue;
            Badge b = badgeCache.computeIfAbsent(a.getBadgeId(), badges::get);
            String issuer = issuerCache.computeIfAbsent(
                    a.getOrganisationId(),
                    id -> cities.findOrganisation(id).map(Organisation::getName).orElse(""));
            byEntry.put(
                    entryOfAward.get(a.getId()),
                    new PublicBadge(
                            a.getPublicId(),
                            b.getId(),
                            b.texts(a.getLanguage()).name(),
                            issuer,
                            a.getLanguage(),
                            a.getIssuedAt(),
                            a.getExpiresAt(),
                            a.expired(now)));
        }
        List<Group> groups = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (BadgeCollection c : collections.findByAccountIdAndShownTrueOrderBySortOrderAscIdAsc(owner)) {
            List<PublicBadge> in = new ArrayList<>();
            for (Long entry : c.entryIds()) {
                PublicBadge b = byEntry.get(entry);
                if (b == null || in.contains(b)) continue;
                in.add(b);
                placed.add(entry);
            }
            if (!in.isEmpty()) groups.add(new Group(c.getName(), c.getDescription(), List.copyOf(in)));
        }
        Map<Long, PublicBadge> rest = new LinkedHashMap<>();
        for (WalletEntry e : shown) {
            PublicBadge b = byEntry.get(e.getId());
            if (b != null && !placed.contains(e.getId())) rest.put(e.getId(), b);
        }
        if (!rest.isEmpty()) groups.add(new Group(null, null, List.copyOf(rest.values())));
        return new PublicPage(profile.getHandle(), profile.getDisplayName(), profile.getBio(), groups);
    }

    /** Deleting an account removes its public profile in the same transaction: its address is gone at once. */
    @EventListener
    void erase(AccountDeleted event) {
        profiles.deleteByAccount(event.accountId());
    }
}
