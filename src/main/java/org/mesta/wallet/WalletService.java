package org.mesta.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.MyBadgesService;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's wallet. Awards made to them (by account, or to their address) join it as waiting the first
 * time the wallet is read; they accept or decline each, and choose who may see it. Under-18s' badges start private.
 */
@Service
public class WalletService {

    private final WalletEntryRepository entries;
    private final ImportedBadgeRepository imported;
    private final MyBadgesService awards;
    private final BadgeService badges;
    private final OpenBadgesService openBadges;
    private final CityService cities;
    private final AccountService accounts;
    private final Certificate certificates;
    private final Clock clock;
    private final String baseUrl;
    private final ApplicationEventPublisher events;

    WalletService(
            WalletEntryRepository entries,
            ImportedBadgeRepository imported,
            MyBadgesService awards,
            BadgeService badges,
            OpenBadgesService openBadges,
            CityService cities,
            AccountService accounts,
            Certificate certificates,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl,
            ApplicationEventPublisher events) {
        this.entries = entries;
        this.imported = imported;
        this.awards = awards;
        this.badges = badges;
        this.openBadges = openBadges;
        this.cities = cities;
        this.accounts = accounts;
        this.certificates = certificates;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.events = events;
    }

    /**
     * The holder accepted or declined one of our awards, or chose who sees it: the impact figures count awards
     * accepted and shown on a profile.
     */
    public record HeldAwardChanged(long awardId) {}

    /**
     * One badge as the wallet shows it; {@code award} and {@code badge} are ours (null for imported badges), {@code
     * imported} is a badge earned elsewhere (its name and issuer are what it claims; its verdict says how far).
     * {@code tags} are the badge's skills and tags as stored (curated skills as {@code skill:<term>}).
     */
    public record Item(
            long entryId,
            State state,
            Visibility visibility,
            @Nullable Award award,
            @Nullable Badge badge,
            String name,
            String issuer,
            Instant issuedAt,
            String language,
            @Nullable Long organisationId,
            @Nullable City city,
            List<String> tags,
            @Nullable ImportedBadge imported) {

        public @Nullable String publicId() {
            return award == null ? null : award.getPublicId();
        }
    }

    /**
     * Every badge in the wallet, newest first, declined ones included (the view decides what to show). A few queries
     * whatever the number of badges (awards, entries, then their badges and organisations in one go each) and no
     * image work: a wallet of a thousand badges opens at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Item> mine() {
        long me = MestaUser.require().accountId();
        Map<Long, Award> held =
                awards.mine().stream().collect(Collectors.toMap(Award::getId, Function.identity(), (a, b) -> a));
        join(me, held);
        Set<Long> badgeIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        held.values().forEach(a -> {
            badgeIds.add(a.getBadgeId());
            organisationIds.add(a.getOrganisationId());
        });
        Map<Long, Badge> badgesById =
                badges.awarded(badgeIds).stream().collect(Collectors.toMap(Badge::getId, Function.identity()));
        Map<Long, Organisation> organisations = cities.organisations(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        List<Item> items = new ArrayList<>();
        List<WalletEntry> all = entries.findByAccountIdOrderByAddedAtDesc(me);
        Map<Long, ImportedBadge> brought = new HashMap<>();
        List<Long> importedIds = all.stream()
                .map(WalletEntry::getImportedId)
                .filter(Objects::nonNull)
                .toList();
        if (!importedIds.isEmpty()) for (ImportedBadge b : imported.findByIdIn(importedIds)) brought.put(b.getId(), b);
        for (WalletEntry e : all) {
            ImportedBadge ib = e.getImportedId() == null ? null : brought.get(e.getImportedId());
            if (ib != null) {
                items.add(new Item(
                        e.getId(),
                        e.getState(),
                        e.getVisibility(),
                        null,
                        null,
                        ib.getBadgeName(),
                        ib.getIssuerName(),
                        ib.getIssuedOn() != null ? ib.getIssuedOn() : ib.getImportedAt(),
                        "",
                        null,
                        null,
                        List.of(),
                        ib));
                continue;
            }
            Award a = e.getAwardId() == null ? null : held.get(e.getAwardId());
            Badge b = a == null ? null : badgesById.get(a.getBadgeId());
            if (a == null || b == null) continue;
            items.add(item(e, a, b, organisations.get(a.getOrganisationId())));
        }
        items.sort(Comparator.comparing(Item::issuedAt).reversed());
        return items;
    }

    /** How many awards wait for the signed-in person's answer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long waiting() {
        return mine().stream().filter(i -> i.state() == State.WAITING).count();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void accept(long entryId) {
        WalletEntry e = own(entryId);
        e.accept(clock.instant());
        changed(e);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decline(long entryId) {
        WalletEntry e = own(entryId);
        e.decline(clock.instant());
        changed(e);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void show(long entryId, Visibility visibility) {
        WalletEntry e = own(entryId);
        e.show(visibility);
        changed(e);
    }

    /** One badge of the wallet (for its details), refused when it is not the signed-in person's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Item item(long entryId) {
        WalletEntry e = own(entryId);
        Award a = e.getAwardId() == null
                ? null
                : awards.mine().stream()
                        .filter(x -> x.getId().equals(e.getAwardId()))
                        .findFirst()
                        .orElse(null);
        if (a == null) throw new UserError("error.not-found");
        return item(
                e,
                a,
                badges.get(a.getBadgeId()),
                cities.findOrganisation(a.getOrganisationId()).orElse(null));
    }

    /** Where and how the badge can be shared and downloaded: its links, the LinkedIn form, an embed snippet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Sharing.Links share(long entryId) {
        Item i = item(entryId);
        return Sharing.links(baseUrl, i, openBadges.credentialUrl(i.publicId()));
    }

    /**
     * A printable certificate (PDF, A4 landscape) in the badge's language, with the holder's name, the badge, its
     * issuer and date, and where to check it. Only for the badge's holder.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] certificate(long entryId) {
        Item i = item(entryId);
        Award a = i.award();
        return certificates.pdf(
                accounts.me().getDisplayName(),
                i,
                badges.png(a.getBadgeId(), a.getLanguage(), 512),
                Sharing.links(baseUrl, i, openBadges.credentialUrl(i.publicId()))
                        .verify(),
                i.city() == null ? clock.getZone().getId() : i.city().getTimeZone());
    }

    private Item item(WalletEntry e, Award a, Badge b, @Nullable Organisation o) {
        return new Item(
                e.getId(),
                e.getState(),
                e.getVisibility(),
                a,
                b,
                b.texts(a.getLanguage()).name(),
                o == null ? "" : o.getName(),
                a.getIssuedAt(),
                a.getLanguage(),
                a.getOrganisationId(),
                o == null ? null : o.getCity(),
                b.getTags(),
                null);
    }

    /** The new awards join the wallet as waiting; private unless the holder is an adult. */
    private void join(long me, Map<Long, Award> held) {
        if (held.isEmpty()) return;
        Set<Long> known = new HashSet<>(entries.awardsAlreadyIn(me, held.keySet()));
        List<WalletEntry> fresh = new ArrayList<>();
        Instant now = clock.instant();
        Visibility start = null;
        for (Award a : held.values()) {
            if (known.contains(a.getId())) continue;
            if (start == null)
                start = accounts.me().adultOn(LocalDate.now(clock)) ? Visibility.LINK : Visibility.PRIVATE;
            fresh.add(WalletEntry.award(me, a.getId(), start, a.getIssuedAt().isBefore(now) ? a.getIssuedAt() : now));
        }
        if (!fresh.isEmpty()) entries.saveAll(fresh);
    }

    /** Flushed first: listeners reading the tables in this transaction (the impact rollups) see the new state. */
    private void changed(WalletEntry e) {
        entries.saveAndFlush(e);
        if (e.getAwardId() != null) events.publishEvent(new HeldAwardChanged(e.getAwardId()));
    }

    private WalletEntry own(long entryId) {
        return entries.findByIdAndAccountId(entryId, MestaUser.require().accountId())
                .orElseThrow(() -> new AccessDeniedException("not in your wallet: " + entryId));
    }

    /** Deleting an account empties its wallet in the same transaction. */
    @EventListener
    void erase(AccountDeleted event) {
        entries.deleteByAccount(event.accountId());
    }
}
