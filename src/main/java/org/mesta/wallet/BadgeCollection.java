package org.mesta.wallet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * A named group of badges from a person's wallet, in their order, shown on their public profile or kept for
 * themselves. Holds wallet entry ids; the service checks they are the owner's accepted badges.
 */
@Entity
public class BadgeCollection extends AbstractEntity {

    private Long accountId;
    private String name;
    private @Nullable String description;
    /** Public: on the owner's profile page (with only the badges they show there). */
    private boolean shown;

    private int sortOrder;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "badge_collection_entry", joinColumns = @JoinColumn(name = "collection_id"))
    @Column(name = "entry_id")
    @OrderColumn(name = "position")
    private List<Long> entryIds = new ArrayList<>();

    protected BadgeCollection() {}

    BadgeCollection(
            long accountId, String name, @Nullable String description, boolean shown, int sortOrder, Instant now) {
        this.accountId = accountId;
        describe(name, description, shown);
        this.sortOrder = sortOrder;
        this.createdAt = now;
    }

    void describe(String name, @Nullable String description, boolean shown) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.shown = shown;
    }

    /**
     * The chosen badges: those already in keep their place, new ones follow in the order given. A badge that left
     * the wallet (its row cascaded away) leaves no gap.
     */
    void choose(List<Long> chosen) {
        List<Long> next = new ArrayList<>();
        for (Long id : entryIds()) if (chosen.contains(id)) next.add(id);
        for (Long id : chosen) if (!next.contains(id)) next.add(id);
        entryIds.clear();
        entryIds.addAll(next);
    }

    /** Moves a badge one place up (-1) or down (+1); at either end nothing moves. */
    void move(long entryId, int delta) {
        List<Long> ids = new ArrayList<>(entryIds());
        int from = ids.indexOf(entryId);
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= ids.size()) return;
        Collections.swap(ids, from, to);
        entryIds.clear();
        entryIds.addAll(ids);
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public boolean isShown() {
        return shown;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The badges' wallet entry ids in the owner's order. */
    public List<Long> entryIds() {
        return entryIds.stream().filter(Objects::nonNull).toList();
    }
}
