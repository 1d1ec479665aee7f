package org.mesta.demo;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rest of the network's awards, made in the background once the demo is loaded. An organisation's first award
 * seals its new signing key with PBKDF2 (about half a second on purpose); doing that for the 44 organisations
 * outside the Ljubljana youth centre before the app is ready would add some twenty seconds to a first start.
 * Off in the tests ({@code mesta.demo.network-awards=false}), which only need Ljubljana's.
 */
final class DemoAwards {

    private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);
    private static final List<String> NAMES = List.of(
            "ana", "luka", "amani", "kofi", "mira", "jovan", "ines", "tomas", "grace", "kemar", "sara", "marko",
            "aisha", "noah", "lina", "filip", "zuri", "matteo");

    private DemoAwards() {}

    /** The addresses an organisation's first badge goes to: three fictional young people of its city. */
    static List<String> recipients(String citySlug, int organisationNumber) {
        return IntStream.range(0, 3)
                .mapToObj(i -> NAMES.get((organisationNumber * 3 + i) % NAMES.size()) + "."
                        + (char) ('a' + (organisationNumber + i) % 26) + "@" + citySlug + ".learners.mesta.example")
                .toList();
    }

    /**
     * Starts one background thread that awards, per organisation (id → city slug, in order), its first badge.
     * {@code award} runs as that organisation's admin; a failure is logged and the rest continue.
     */
    static void inBackground(
            Map<Long, String> organisations,
            Map<Long, List<Long>> badgesOf,
            BiConsumer<Long, Runnable> asOrganisation,
            AwardCall award) {
        Thread.ofPlatform().name("demo-awards").daemon().start(() -> {
            long start = System.nanoTime();
            int number = 0, done = 0;
            for (var e : organisations.entrySet()) {
                long org = e.getKey();
                List<String> to = recipients(e.getValue(), number++);
                try {
                    asOrganisation.accept(
                            org, () -> award.award(org, badgesOf.get(org).getFirst(), to));
                    done++;
                } catch (RuntimeException ex) {
                    log.warn("Demo award for organisation {} failed: {}", org, ex.toString());
                }
            }
            log.info(
                    "Demo: {} more organisations awarded their first badge in {} ms (in the background)",
                    done,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    interface AwardCall {
        void award(long organisationId, long badgeId, List<String> emails);
    }
}
