package org.mesta.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.wallet.CollectionDraft;
import org.mesta.wallet.CollectionService;
import org.mesta.wallet.ProfileDraft;
import org.mesta.wallet.ProfileService;
import org.mesta.wallet.WalletEntry;
import org.mesta.wallet.WalletService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo learner's public profile, {@code /u/lea}: three more badges of the Ljubljana youth centre (an event crew
 * badge and two digital ones), all four accepted and shown on the profile, in two public collections. Runs once:
 * a learner who already has a profile keeps it.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoProfile implements ApplicationRunner {

    static final String LEARNER = "learner@mesta.example";
    static final String HANDLE = "lea";
    /** The youth centre's volunteer badge, which the demo learner holds already (DemoBadges). */
    private static final String VOLUNTEER = "Youth centre volunteer";

    private final BadgeService badges;
    private final AwardService awards;
    private final WalletService wallet;
    private final CollectionService collections;
    private final ProfileService profiles;
    private final UserDetailsService users;

    DemoProfile(
            BadgeService badges,
            AwardService awards,
            WalletService wallet,
            CollectionService collections,
            ProfileService profiles,
            UserDetailsService users) {
        this.badges = badges;
        this.awards = awards;
        this.wallet = wallet;
        this.collections = collections;
        this.profiles = profiles;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (as(LEARNER, () -> profiles.mine().saved())) return;
        long[] made = as("provider@mesta.example", () -> new long[] {
            badge(
                    3,
                    "Event crew",
                    "Ekipa dogodkov",
                    "For young people who helped put on the youth centre's events.",
                    "Za mlade, ki so pomagali pripraviti dogodke mladinskega centra.",
                    "Helped set up, run and clear away at least three events.",
                    "Pomoč pri pripravi, izvedbi in pospravljanju vsaj treh dogodkov."),
            badge(
                    0,
                    "Digital storyteller",
                    "Digitalni pripovedovalec",
                    "For young people who told a story of their own in pictures, sound or video.",
                    "Za mlade, ki so svojo zgodbo povedali s slikami, zvokom ali videom.",
                    "Made and shared a short video or podcast in the digital storytelling workshop.",
                    "Izdelava in objava kratkega videa ali podkasta na delavnici digitalnega pripovedovanja."),
            badge(
                    0,
                    "Safe online",
                    "Varno na spletu",
                    "For young people who know how to keep themselves and their friends safe online.",
                    "Za mlade, ki znajo poskrbeti za varnost sebe in prijateljev na spletu.",
                    "Took part in the online safety workshop and set up their own privacy check.",
                    "Udeležba na delavnici spletne varnosti in lastno preverjanje zasebnosti.")
        });
        as(LEARNER, () -> {
            for (long badge : made) {
                // Awarded as the learner would be by their organisation; they then accept each into their wallet.
                run("provider@mesta.example", () -> awards.award(badge, List.of(LEARNER), "en"));
            }
            // Only these four are touched: whatever else the demo put in the wallet stays as it was.
            Map<Long, Long> entryOfBadge = new HashMap<>();
            long volunteer = -1;
            for (WalletService.Item i : wallet.mine()) {
                if (i.badge() == null) continue;
                boolean ours =
                        List.of(made[0], made[1], made[2]).contains(i.badge().getId());
                boolean isVolunteer = VOLUNTEER.equals(i.badge().texts("en").name());
                if (!ours && !isVolunteer) continue;
                if (isVolunteer) volunteer = i.entryId();
                entryOfBadge.putIfAbsent(i.badge().getId(), i.entryId());
                if (i.state() != WalletEntry.State.ACCEPTED) wallet.accept(i.entryId());
                wallet.show(i.entryId(), WalletEntry.Visibility.PROFILE);
            }
            collection(
                    "Volunteering",
                    "Giving my time at the youth centre: helping others and running events together.",
                    volunteer < 0 ? List.of(entryOfBadge.get(made[0])) : List.of(volunteer, entryOfBadge.get(made[0])));
            collection(
                    "Digital skills",
                    "What I learnt in the youth centre's digital workshops.",
                    List.of(entryOfBadge.get(made[1]), entryOfBadge.get(made[2])));
            profiles.save(new ProfileDraft(
                    0,
                    true,
                    HANDLE,
                    "Lea Learner",
                    "Volunteer at the Ljubljana youth centre. I like making short films and helping at events."));
            return null;
        });
    }

    private void collection(String name, String description, List<Long> entries) {
        long id = collections.create(new CollectionDraft(name, description, true));
        long version = collections.mine().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        collections.choose(id, version, entries);
    }

    /** A published badge of the signed-in provider's organisation (the youth centre), in English and Slovenian. */
    private long badge(
            int template, String en, String sl, String enAbout, String slAbout, String enCriteria, String slCriteria) {
        return DemoBadges.publish(
                badges,
                template,
                Map.of(
                        "en", new BadgeTexts(en, "2026", "Ljubljana", enAbout, enCriteria, ""),
                        "sl", new BadgeTexts(sl, "2026", "Ljubljana", slAbout, slCriteria, "")),
                List.of("skill:teamwork"),
                null);
    }

    private <T> T as(String email, java.util.function.Supplier<T> task) {
        return DemoSignIn.asAccount(users, email, task);
    }

    private void run(String email, Runnable task) {
        as(email, () -> {
            task.run();
            return null;
        });
    }
}
