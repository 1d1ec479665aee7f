package org.mesta.wallet;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.wallet.WalletEntry.State;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The signed-in person's collections: named, ordered groups of the badges they accepted into their wallet, each
 * private or shown on their public profile. Only the owner reads or changes a collection; every change names the
 * version it was made on, so two tabs cannot overwrite each other unnoticed.
 */
@Service
@Validated
public class CollectionService {

    static final int MAX_COLLECTIONS = 50;
    static final int MAX_BADGES = 100;

    private final BadgeCollectionRepository collections;
    private final ProfileEntryRepository entries;
    private final Clock clock;

    CollectionService(BadgeCollectionRepository collections, ProfileEntryRepository entries, Clock clock) {
        this.collections = collections;
        this.entries = entries;
        this.clock = clock;
    }

    /** One collection as its owner sees it: the badges are wallet entry ids, in order. */
    public record MyCollection(
            long id, long version, String name, @Nullable String description, boolean shown, List<Long> entryIds) {}

    /** The signed-in person's collections in their order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCollection> mine() {
        return collections.findByAccountIdOrderBySortOrderAscIdAsc(me()).stream()
                .map(CollectionService::view)
                .toList();
    }

    /** A new collection, last in the order; returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long create(@Valid CollectionDraft draft) {
        long me = me();
        if (collections.countByAccountId(me) >= MAX_COLLECTIONS) {
            throw new UserError("collections.error.too-many", MAX_COLLECTIONS);
        }
        BadgeCollection c = new BadgeCollection(
                me, draft.name(), draft.description(), draft.shown(), collections.lastPlace(me) + 1, clock.instant());
        return collections.save(c).getId();
    }

    /** Renames it, changes its description, or makes it public or private. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(long id, long version, @Valid CollectionDraft draft) {
        own(id, version).describe(draft.name(), draft.description(), draft.shown());
    }

    /** Deletes the collection (the badges stay in the wallet). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long id) {
        collections.delete(own(id));
    }

    /**
     * The badges of the collection: those kept stay in their place, new ones go last in the order given. Each must
     * be a badge the person accepted into their wallet.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(long id, long version, List<Long> entryIds) {
        BadgeCollection c = own(id, version);
        List<Long> chosen = new ArrayList<>(new LinkedHashSet<>(entryIds));
        if (chosen.size() > MAX_BADGES) {
            throw new UserError("collections.error.too-many-badges", MAX_BADGES);
        }
        if (!chosen.isEmpty() && entries.accepted(me(), State.ACCEPTED, chosen).size() != chosen.size()) {
            throw new UserError("collections.error.not-in-wallet");
        }
        c.choose(chosen);
    }

    /** Moves a badge one place earlier (-1) or later (+1) in the collection. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void moveBadge(long id, long version, long entryId, int delta) {
        own(id, version).move(entryId, delta);
    }

    /** Moves the collection one place earlier (-1) or later (+1) among the person's collections. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void move(long id, long version, int delta) {
        BadgeCollection moving = own(id, version);
        List<BadgeCollection> all = new ArrayList<>(collections.findByAccountIdOrderBySortOrderAscIdAsc(me()));
        int from = all.indexOf(moving);
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= all.size()) return;
        Collections.swap(all, from, to);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getSortOrder() != i) all.get(i).placeAt(i);
        }
    }

    private BadgeCollection own(long id, long version) {
        BadgeCollection c = own(id);
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BadgeCollection.class, id);
        }
        return c;
    }

    private BadgeCollection own(long id) {
        return collections
                .findByIdAndAccountId(id, me())
                .orElseThrow(() -> new AccessDeniedException("not your collection: " + id));
    }

    private static long me() {
        return MestaUser.require().accountId();
    }

    private static MyCollection view(BadgeCollection c) {
        return new MyCollection(c.getId(), c.getVersion(), c.getName(), c.getDescription(), c.isShown(), c.entryIds());
    }

    /** Deleting an account removes its collections in the same transaction. */
    @EventListener
    void erase(AccountDeleted event) {
        collections.deleteAll(collections.findByAccountIdOrderBySortOrderAscIdAsc(event.accountId()));
    }
}
