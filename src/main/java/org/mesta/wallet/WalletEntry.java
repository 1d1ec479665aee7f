package org.mesta.wallet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AbstractEntity;

/**
 * One badge in a person's wallet: an award of ours ({@code awardId}) or a badge earned elsewhere ({@code
 * importedId}), whether they accepted it, and who may see it.
 */
@Entity
public class WalletEntry extends AbstractEntity {

    /** An award arrives waiting; the learner keeps it (accepted) or refuses it (declined, hidden everywhere). */
    public enum State {
        WAITING,
        ACCEPTED,
        DECLINED
    }

    /** Who may see the badge's page: only its holder (and issuer), anyone with the link, or also the public profile. */
    public enum Visibility {
        PRIVATE,
        LINK,
        PROFILE;

        public String translationKey() {
            return "wallet.visibility." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Long accountId;
    private @Nullable Long awardId;
    private @Nullable Long importedId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private Instant addedAt;
    private @Nullable Instant decidedAt;

    protected WalletEntry() {}

    /** An award of ours, waiting for the holder's answer. */
    static WalletEntry award(long accountId, long awardId, Visibility visibility, Instant now) {
        WalletEntry e = new WalletEntry(accountId, visibility, State.WAITING, now);
        e.awardId = awardId;
        return e;
    }

    /** A badge earned elsewhere: kept as soon as the holder imports it. */
    static WalletEntry imported(long accountId, long importedId, Visibility visibility, Instant now) {
        WalletEntry e = new WalletEntry(accountId, visibility, State.ACCEPTED, now);
        e.importedId = importedId;
        e.decidedAt = now;
        return e;
    }

    private WalletEntry(long accountId, Visibility visibility, State state, Instant now) {
        this.accountId = accountId;
        this.visibility = visibility;
        this.state = state;
        this.addedAt = now;
    }

    void accept(Instant now) {
        state = State.ACCEPTED;
        decidedAt = now;
    }

    void decline(Instant now) {
        state = State.DECLINED;
        decidedAt = now;
    }

    void show(Visibility visibility) {
        this.visibility = visibility;
    }

    public Long getAccountId() {
        return accountId;
    }

    public @Nullable Long getAwardId() {
        return awardId;
    }

    public @Nullable Long getImportedId() {
        return importedId;
    }

    public State getState() {
        return state;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }
}
