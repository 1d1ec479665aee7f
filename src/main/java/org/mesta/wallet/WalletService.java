package org.mesta.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
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
    private final CityService cities;
    private final AccountService accounts;
    private final Clock clock;

    WalletService(
            WalletEntryRepository entries,
            ImportedBadgeRepository imported,
            MyBadgesService awards,
            BadgeService badges,
            CityService cities,
            AccountService accounts,
            Clock clock) {
        this.entries = entries;
        this.imported = imported;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * One badge as the wallet shows it; {@code award} and {@code badge} are ours (null for imported badges), {@code
     * imported} is a badge earned elsewhere (its name and issuer are what it claims; its verdict says how far).
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
            @Nullable ImportedBadge imported) {}

    /** Every badge in the wallet, newest first, declined ones included (the view decides what to show). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Item> mine() {
        long me = MestaUser.require().accountId();
        Map<Long, Award> held = new HashMap<>();
        for (Award a : awards.mine()) held.put(a.getId(), a);
        join(me, held);
        Map<Long, Badge> badgeCache = new HashMap<>();
        Map<Long, String> issuerCache = new HashMap<>();
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
                        ib));
                continue;
            }
            Award a = e.getAwardId() == null ? null : held.get(e.getAwardId());
            if (a == null) continue;
            Badge b = badgeCache.computeIfAbsent(a.getBadgeId(), badges::get);
            String issuer = issuerCache.computeIfAbsent(
                    a.getOrganisationId(),
                    id -> cities.findOrganisation(id).map(Organisation::getName).orElse(""));
            items.add(new Item(
                    e.getId(),
                    e.getState(),
                    e.getVisibility(),
                    a,
                    b,
                    b.texts(a.getLanguage()).name(),
                    issuer,
                    a.getIssuedAt(),
                    a.getLanguage(),
                    null));
        }
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
        own(entryId).accept(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void decline(long entryId) {
        own(entryId).decline(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void show(long entryId, Visibility visibility) {
        own(entryId).show(visibility);
    }

    /** The new awards join the wallet as waiting; private unless the holder is an adult. */
    private void join(long me, Map<Long, Award> held) {
        if (held.isEmpty()) return;
        List<Long> known = entries.awardsAlreadyIn(me, held.keySet());
        Instant now = clock.instant();
        Visibility start = accounts.me().adultOn(LocalDate.now(clock)) ? Visibility.LINK : Visibility.PRIVATE;
        for (Long awardId : held.keySet()) {
            if (!known.contains(awardId)) entries.save(WalletEntry.award(me, awardId, start, now));
        }
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
