package org.mesta.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mesta.badge.Badge;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Session;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Texts;
import org.mesta.opportunity.Theme;
import org.mesta.pathway.JoiningService;
import org.mesta.pathway.ParticipantService;
import org.mesta.security.AccountService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Taking part in Ljubljana's demo programme: the youth centre's weekly open mic, joined in Mesta (a session
 * yesterday where the demo learner checked in, one today for the provider's check-in screen, one tomorrow the demo
 * learner joined, one next week), and a bike repair workshop whose only session is full with a waiting list. Made
 * once (it looks for the open mic first); the dates are those of the day the demo was made.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoJoining implements ApplicationRunner {

    static final String LEARNER = "learner@mesta.example";
    static final String PROVIDER = "provider@mesta.example";
    static final String MODERATOR = "moderator@mesta.example";
    static final String OPEN_MIC = "Open mic: stories and spoken word";
    private static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

    private final OpportunityService opportunities;
    private final ModerationService moderation;
    private final PublicOpportunities published;
    private final JoiningService joining;
    private final ParticipantService participants;
    private final AccountService accounts;
    private final UserDetailsService users;

    DemoJoining(
            OpportunityService opportunities,
            ModerationService moderation,
            PublicOpportunities published,
            JoiningService joining,
            ParticipantService participants,
            AccountService accounts,
            UserDetailsService users) {
        this.opportunities = opportunities;
        this.moderation = moderation;
        this.published = published;
        this.joining = joining;
        this.participants = participants;
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean made = DemoSignIn.asAccount(
                users,
                PROVIDER,
                () ->
                        opportunities
                                .mine(null, false, OPEN_MIC, org.springframework.data.domain.PageRequest.of(0, 1))
                                .stream()
                                .findAny()
                                .isPresent());
        if (made) return;
        LocalDate today = LocalDate.now(LJUBLJANA);
        LocalDateTime yesterday = today.minusDays(1).atTime(18, 0);
        LocalDateTime later = LocalDateTime.now(LJUBLJANA)
                .plusHours(1)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        // An hour from now, on the hour: today, but for the last hour of the day.
        LocalDateTime todays = later;
        LocalDateTime tomorrow = today.plusDays(1).atTime(18, 0);
        LocalDateTime nextWeek = today.plusDays(7).atTime(18, 0);

        PublicOpportunity openMic = publish(
                new Texts(
                        OPEN_MIC,
                        "Bring a story, a poem or just your ears: a friendly stage for first-timers.",
                        "Every week at the youth centre: five minutes on stage each, feedback from peers, tea after."),
                new Texts(
                        "Odprti oder: zgodbe in govorjena beseda",
                        "Prinesi zgodbo, pesem ali samo ušesa: prijazen oder za začetnike.",
                        "Vsak teden v mladinskem centru: vsak ima pet minut na odru, odziv vrstnikov, po koncu čaj."),
                12,
                true,
                yesterday,
                todays,
                tomorrow,
                nextWeek);
        PublicOpportunity bikes = publish(
                new Texts(
                        "Bike repair workshop",
                        "Fix a puncture, adjust brakes and gears with a mechanic at your side.",
                        "Small group, real bikes: bring yours or use one of ours."),
                new Texts(
                        "Delavnica popravila koles",
                        "Zakrpaj zračnico, nastavi zavore in prestave ob mehaniku.",
                        "Majhna skupina, prava kolesa: pripelji svoje ali uporabi naše."),
                3,
                false,
                today.plusDays(3).atTime(16, 0));

        List<MestaUser> people = new ArrayList<>();
        SystemTask.run(() -> {
            for (int i = 1; i <= 6; i++) {
                String email = "participant" + i + "@mesta.example";
                try {
                    users.loadUserByUsername(email);
                } catch (RuntimeException missing) {
                    accounts.createAccount(
                            email, NAMES[i - 1], DemoData.PASSWORD, cityOf(LEARNER), "sl", EnumSet.of(Role.LEARNER));
                }
                people.add((MestaUser) users.loadUserByUsername(email));
            }
        });
        Instant y = at(yesterday), t = at(todays), tm = at(tomorrow), nw = at(nextWeek);
        MestaUser learner = (MestaUser) users.loadUserByUsername(LEARNER);
        SystemTask.run(() -> {
            participants.recordPastAttendance(
                    openMic.id(), y, learner.accountId(), learner.email(), learner.displayName(), learner.language());
            for (MestaUser p : people.subList(0, 3))
                participants.recordPastAttendance(
                        openMic.id(), y, p.accountId(), p.email(), p.displayName(), p.language());
        });
        DemoSignIn.asAccount(users, LEARNER, () -> joining.join(openMic.id(), tm));
        for (int i = 0; i < people.size(); i++) {
            String email = people.get(i).email();
            int n = i;
            DemoSignIn.asAccount(users, email, () -> {
                if (n < 4) joining.join(openMic.id(), t);
                if (n < 3) joining.join(openMic.id(), tm);
                if (n % 2 == 0) joining.join(openMic.id(), nw);
                // Five for three places: two wait.
                if (n < 5) joining.join(bikes.id(), at(today.plusDays(3).atTime(16, 0)));
            });
        }
    }

    private static final String[] NAMES = {
        "Nika Kos", "Luka Zupan", "Maja Horvat", "Tim Novak", "Zala Kranjc", "Jan Vidmar"
    };

    private long cityOf(String email) {
        Long city = ((MestaUser) users.loadUserByUsername(email)).cityId();
        return city == null ? 0 : city;
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(LJUBLJANA).toInstant();
    }

    private PublicOpportunity publish(Texts en, Texts sl, int capacity, boolean badge, LocalDateTime... starts) {
        Opportunity o = DemoSignIn.asAccount(users, PROVIDER, () -> {
            MestaUser me = MestaUser.require();
            long org = me.organisationIds().stream()
                    .filter(me::editsFor)
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            Opportunity draft = opportunities.create(org);
            List<Session> more = new ArrayList<>();
            for (int i = 1; i < starts.length; i++) more.add(new Session(starts[i], starts[i].plusHours(2)));
            OpportunityDraft d = new OpportunityDraft(
                    Map.of("en", en, "sl", sl),
                    OpportunityType.WORKSHOP,
                    Set.of(Theme.PARTICIPATION, Theme.INCLUSION),
                    Format.IN_PERSON,
                    starts[0],
                    starts[0].plusHours(2),
                    false,
                    new GeoPoint(46.0530, 14.5090),
                    "Mladinski center",
                    "Metelkova ulica 6, Ljubljana",
                    null,
                    14,
                    29,
                    capacity,
                    true,
                    null,
                    Set.of("sl", "en"),
                    Set.of(AccessFeature.STEP_FREE),
                    null,
                    null,
                    null,
                    null,
                    more,
                    true,
                    false);
            draft = opportunities.saveDraft(draft.getId(), draft.getVersion(), d, 4);
            if (badge) {
                List<Badge> linkable = opportunities.linkableBadges(draft.getId());
                if (!linkable.isEmpty()) {
                    draft = opportunities.linkBadges(
                            draft.getId(), Set.of(linkable.getFirst().getId()));
                }
            }
            return opportunities.submit(draft.getId(), draft.getVersion());
        });
        DemoSignIn.asAccount(
                users, MODERATOR, () -> moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null));
        return published.findPublic(o.getId()).orElseThrow();
    }
}
