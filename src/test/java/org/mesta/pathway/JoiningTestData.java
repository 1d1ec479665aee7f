package org.mesta.pathway;

import static org.mesta.SignedIn.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Session;
import org.mesta.opportunity.Status;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Published opportunities of the demo provider's organisation, with sessions and places, and new learners. */
public final class JoiningTestData {

    public static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

    private JoiningTestData() {}

    /** Publishes (provider writes, moderator approves) an opportunity meeting at these local times. */
    public static PublicOpportunity published(
            UserDetailsService users,
            OpportunityService opportunities,
            ModerationService moderation,
            PublicOpportunities published,
            BadgeService badges,
            Integer capacity,
            boolean withBadge,
            boolean awardOnCheckIn,
            LocalDateTime... starts) {
        return published(
                users,
                opportunities,
                moderation,
                published,
                withBadge ? () -> BadgeTestData.published(badges).getId() : null,
                capacity,
                awardOnCheckIn,
                starts);
    }

    /** As above, linked to the badge the supplier gives (called as the provider), or to none. */
    public static PublicOpportunity published(
            UserDetailsService users,
            OpportunityService opportunities,
            ModerationService moderation,
            PublicOpportunities published,
            @Nullable Supplier<Long> badge,
            Integer capacity,
            boolean awardOnCheckIn,
            LocalDateTime... starts) {
        as(users, PROVIDER);
        try {
            long org = MestaUser.require().organisationIds().stream()
                    .filter(MestaUser.require()::editsFor)
                    .sorted()
                    .findFirst()
                    .orElseThrow();
            Opportunity o = opportunities.create(org);
            OpportunityDraft c = OpportunityServiceTestData.complete("Srečanje " + UUID.randomUUID());
            List<Session> more = new ArrayList<>();
            for (int i = 1; i < starts.length; i++) more.add(new Session(starts[i], starts[i].plusHours(2)));
            OpportunityDraft d = new OpportunityDraft(
                    c.texts(),
                    c.type(),
                    c.themes(),
                    c.format(),
                    starts[0],
                    starts[0].plusHours(2),
                    false,
                    c.location(),
                    c.venue(),
                    c.address(),
                    c.onlineUrl(),
                    c.ageMin(),
                    c.ageMax(),
                    capacity,
                    c.free(),
                    c.price(),
                    c.languages(),
                    c.access(),
                    c.accessibilityNotes(),
                    c.joinUrl(),
                    c.joinEmail(),
                    c.joinPhone(),
                    more,
                    true,
                    awardOnCheckIn);
            o = opportunities.saveDraft(o.getId(), o.getVersion(), d, 4);
            if (badge != null) {
                o = opportunities.linkBadges(o.getId(), Set.of(badge.get()));
            }
            o = opportunities.submit(o.getId(), o.getVersion());
            as(users, MODERATOR);
            moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
            return published.findPublic(o.getId()).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new adult learner in Ljubljana; returns their e-mail address. */
    public static String learner(RegistrationService registration, long cityId, String name) {
        return learner(registration, cityId, name, LocalDate.of(2000, 1, 1));
    }

    public static String learner(RegistrationService registration, long cityId, String name, LocalDate born) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        boolean young = born.isAfter(LocalDate.now().minusYears(15));
        registration.register(new RegistrationDraft(
                name, email, "learner-password-1", cityId, "sl", born, young ? "guardian-" + email : null, true));
        return email;
    }

    public static LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(LJUBLJANA)
                .plusDays(days)
                .withHour(hour)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
    }
}
