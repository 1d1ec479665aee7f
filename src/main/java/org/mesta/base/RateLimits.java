package org.mesta.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How often one address and one account may try what an anonymous visitor (or a guesser) can repeat cheaply:
 * token buckets (Bucket4j), one per action and address and one per action and account. The buckets live in this
 * node's memory, in bounded maps (Caffeine, least recently used out first), so a flood of new addresses cannot
 * grow memory; with several app nodes each node limits on its own, so the effective limit is the node count
 * times these numbers (good enough against floods; the per-account sign-in lock lives in the database).
 */
@Component
public class RateLimits {

    /** At most this many buckets are kept: at a few hundred bytes each, tens of megabytes in the worst case. */
    static final int MAX_KEYS = 100_000;
    /** What an address or account key may weigh: an e-mail address is at most 254 characters, an IP far less. */
    static final int MAX_KEY_CHARS = 320;

    /**
     * What is limited, and how much: per address (IP), then per account (signed-in person or e-mail typed). The
     * per-address numbers leave room for a workshop of thirty behind one school or youth-centre address (all
     * signing in, registering and claiming the day's badge at once); the per-account ones stop guessing.
     */
    public enum Action {
        SIGN_IN(100, Duration.ofMinutes(10), 20, Duration.ofMinutes(10)),
        REGISTER(50, Duration.ofHours(1), 3, Duration.ofHours(1)),
        FORGOT_PASSWORD(20, Duration.ofHours(1), 3, Duration.ofHours(1)),
        CLAIM(100, Duration.ofMinutes(10), 10, Duration.ofMinutes(10)),
        VERIFY(60, Duration.ofMinutes(10), 60, Duration.ofMinutes(10)),
        APPLY(50, Duration.ofHours(1), 10, Duration.ofHours(1)),
        /** Bringing a badge from elsewhere: each may make the server fetch from another site, so few per person. */
        IMPORT(60, Duration.ofMinutes(10), 20, Duration.ofHours(1)),
        /** An organiser's message to a session's participants (inbox and e-mail to each): a few an hour. */
        MESSAGE_PARTICIPANTS(20, Duration.ofHours(1), 5, Duration.ofHours(1)),
        /**
         * A city's public impact page and its files (each opening, filter change and CSV or JSON download counts one):
         * room for a class behind one address looking around, none for a script walking every period and theme.
         */
        IMPACT_PAGE(300, Duration.ofMinutes(10), 300, Duration.ofMinutes(10));

        final int perAddress;
        final Duration addressPeriod;
        final int perAccount;
        final Duration accountPeriod;

        Action(int perAddress, Duration addressPeriod, int perAccount, Duration accountPeriod) {
            this.perAddress = perAddress;
            this.addressPeriod = addressPeriod;
            this.perAccount = perAccount;
            this.accountPeriod = accountPeriod;
        }

        public int perAddress() {
            return perAddress;
        }

        public int perAccount() {
            return perAccount;
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    /**
     * Counts one attempt. {@code address} is the client's IP; {@code account} the account id or e-mail address the
     * attempt is about, or null when there is none (an anonymous verification).
     *
     * @throws TooManyAttempts (a {@link UserError}) saying how long to wait
     */
    public void attempt(Action action, String address, Object account) {
        refusal(action, address, account).ifPresent(wait -> {
            throw TooManyAttempts.after(wait);
        });
    }

    /** Counts one attempt; empty when allowed, else how long until the next one would be. */
    public Optional<Duration> refusal(Action action, String address, Object account) {
        Optional<Duration> byAddress = take(
                action.name() + "|ip|" + bounded(address == null ? "unknown" : address),
                action.perAddress,
                action.addressPeriod);
        if (byAddress.isPresent() || account == null) {
            return byAddress;
        }
        String who = bounded(account.toString().strip().toLowerCase(Locale.ROOT));
        return take(action.name() + "|account|" + who, action.perAccount, action.accountPeriod);
    }

    private Optional<Duration> take(String key, int capacity, Duration period) {
        // The whole allowance comes back at the end of each period: "try again in …" is one clear time.
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, period)
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Keys are typed by strangers (a megabyte "e-mail address"): only their first characters are kept. */
    private static String bounded(String key) {
        return key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key;
    }

    /** Forgets every count (tests start afresh; an operator after a false alarm). */
    void forgetAll() {
        buckets.invalidateAll();
    }

    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
