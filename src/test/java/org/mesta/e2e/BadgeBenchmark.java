package org.mesta.e2e;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mesta.SignedIn;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.Baking;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.MestaUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Badge issuing at scale (bin/benchmark; figures printed, nothing asserted): 10,000 awards from one CSV
 * list, each signed as an Open Badges 3.0 credential, then each baked into its PNG; and the baking rate from
 * a cached render. Mail is off here (the award mails go out on their own threads in the app). The phases of the
 * issuing (signing, storing the rows, announcing the awards) come from the line Issuing logs for a long list.
 */
@SpringBootTest(
        properties = {"spring.mail.host=", "logging.level.root=WARN", "logging.level.org.mesta.badge.Issuing=INFO"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadgeBenchmark {

    private static final Pattern PHASES =
            Pattern.compile("signed in (\\d+) ms, stored in (\\d+) ms, announced in (\\d+) ms");

    static final int AWARDS = 10_000;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    UserDetailsService users;

    @Test
    void bulk_issuing_and_baking(CapturedOutput log) {
        SignedIn.as(users, SignedIn.PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        StringBuilder csv = new StringBuilder("email,language\n");
        for (int i = 0; i < AWARDS; i++) csv.append("learner").append(i).append("@bench.example,sl\n");

        long start = System.nanoTime();
        var result = awards.awardFromCsv(b.getId(), csv.toString(), "sl");
        double issuing = (System.nanoTime() - start) / 1e9;
        List<Award> made = awards.awardsOf(b.getId());
        long bakeStart = System.nanoTime();
        AtomicLong bytes = new AtomicLong();
        openBadges.bakedPngs(made, (a, png) -> bytes.addAndGet(png.length));
        double baking = (System.nanoTime() - bakeStart) / 1e9;
        Matcher phases = PHASES.matcher(log.getAll());
        boolean logged = phases.find();

        byte[] cached = badges.png(b.getId(), "sl", 512);
        String credential = made.getFirst().getCredential();
        int n = 0;
        long rateStart = System.nanoTime();
        while (System.nanoTime() - rateStart < 3_000_000_000L) {
            Baking.bakePng(Baking.bakePng(cached, Baking.OB2, "{\"id\":\"" + n + "\"}"), Baking.OB3, credential);
            n++;
        }
        double rate = n / ((System.nanoTime() - rateStart) / 1e9);
        SecurityContextHolder.clearContext();

        System.out.println();
        System.out.printf(
                "BENCHMARK badges: %,d awards from one CSV (valid: %s), each signed (OB 3.0, eddsa-rdfc-2022)%n",
                made.size(), result.ok());
        System.out.printf(
                "BENCHMARK   signing %s s, storing the rows %s s, announcing %s s (on %d cores)%n",
                logged ? seconds(phases.group(1)) : "?",
                logged ? seconds(phases.group(2)) : "?",
                logged ? seconds(phases.group(3)) : "?",
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "BENCHMARK   issuing in all: %.1f s; baking all %,d PNGs (2.0 + 3.0): %.1f s (%.0f MB);"
                        + " total %.1f s   target <= 20 s%n",
                issuing, made.size(), baking, bytes.get() / 1e6, issuing + baking);
        System.out.printf("BENCHMARK   PNG baking from a cached render: %,.0f per second   target >= 1,000%n", rate);
        System.out.printf(
                "BENCHMARK   machine load (1-minute average) at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println();
    }

    private static String seconds(String millis) {
        return String.format("%.1f", Long.parseLong(millis) / 1000.0);
    }
}
