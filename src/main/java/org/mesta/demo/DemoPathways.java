package org.mesta.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.Role;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Theme;
import org.mesta.pathway.EnrolmentService;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayContent.StepGroup;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayStatus;
import org.mesta.pathway.PublicPathways;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's learning pathways: in Ljubljana "Green city starter" (the youth centre's, with an "any 1 of 2" group)
 * and the city-wide "Feel well", one more waiting for the moderator, and one pathway in every other city; each with
 * a milestone badge designed like the demo's other badges and a picture described in each language of its title.
 * The demo learner follows the green one and has its first step done (a badge she holds). Made once: a Ljubljana
 * that has published pathways is left as it is.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoPathways implements ApplicationRunner {

    static final String PROVIDER = "provider@mesta.example";
    static final String CITY_ADMIN = "cityadmin@mesta.example";
    static final String LEARNER = "learner@mesta.example";

    private final PathwayService pathways;
    private final PublicPathways publicPathways;
    private final EnrolmentService enrolments;
    private final BadgeService badges;
    private final MyBadgesService myBadges;
    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final UserDetailsService users;

    DemoPathways(
            PathwayService pathways,
            PublicPathways publicPathways,
            EnrolmentService enrolments,
            BadgeService badges,
            MyBadgesService myBadges,
            PublicOpportunities opportunities,
            CityService cities,
            UserDetailsService users) {
        this.pathways = pathways;
        this.publicPathways = publicPathways;
        this.enrolments = enrolments;
        this.badges = badges;
        this.myBadges = myBadges;
        this.opportunities = opportunities;
        this.cities = cities;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        City ljubljana = cities.findCityBySlug("ljubljana").orElse(null);
        if (ljubljana == null
                || !publicPathways.publishedIn(ljubljana.getId(), "en").isEmpty()) return;
        List<PublicOpportunity> current = opportunities.currentForCity(ljubljana.getId());
        if (current.size() < 5) return;
        // A badge Lea holds of a Ljubljana organisation (she also holds other cities' badges; the order of her
        // awards differs between databases).
        java.util.Set<Long> ofLjubljana = badges.publishedIn(ljubljana.getId()).stream()
                .map(org.mesta.badge.Badge::getId)
                .collect(java.util.stream.Collectors.toSet());
        long held = DemoSignIn.asAccount(
                users,
                LEARNER,
                () -> myBadges.mine().stream()
                        .filter(a -> a.getRevokedAt() == null)
                        .filter(a -> ofLjubljana.contains(a.getBadgeId()))
                        .map(Award::getBadgeId)
                        .findFirst()
                        .orElse(-1L));

        // Green city starter: the youth centre's, the learner's badge first, then an "any 1 of 2" group.
        long green = DemoSignIn.asAccount(users, PROVIDER, () -> {
            long organisation = MestaUser.require().organisationIds().iterator().next();
            long milestone = milestone(
                    1,
                    "Green city starter",
                    "Zeleni začetnik",
                    "Completed the Green city starter pathway.",
                    "Opravljena pot Zeleni začetek v mestu.");
            List<PathwayStep> steps = new ArrayList<>();
            if (held > 0) steps.add(new PathwayStep(Kind.BADGE, held, true, 0));
            steps.add(new PathwayStep(Kind.OPPORTUNITY, current.get(0).id(), true, 0));
            steps.add(new PathwayStep(Kind.OPPORTUNITY, current.get(1).id(), true, 1));
            steps.add(new PathwayStep(Kind.OPPORTUNITY, current.get(2).id(), true, 1));
            steps.add(new PathwayStep(Kind.OPPORTUNITY, current.get(3).id(), false, 0));
            return submitted(
                    organisation,
                    texts(
                            "Green city starter",
                            "Zeleni začetek v mestu",
                            "Find your way into a greener Ljubljana: volunteer with the youth centre, join one of two"
                                    + " hands-on workshops and, if you like, a city walk. Finish the required steps"
                                    + " and the Green city starter badge is yours.",
                            "Stopite na pot k bolj zeleni Ljubljani: prostovoljstvo v mladinskem centru, ena od dveh"
                                    + " praktičnih delavnic in po želji še sprehod po mestu. Ko opravite obvezne"
                                    + " korake, prejmete značko Zeleni začetnik."),
                    Theme.SUSTAINABILITY,
                    steps,
                    List.of(new StepGroup(1, 1)),
                    milestone);
        });
        approve(ljubljana.getId(), green);

        // Feel well: city-wide, composed by the city admin; the milestone is a badge of a Ljubljana organisation.
        long feelWellBadge = DemoSignIn.asAccount(
                users,
                PROVIDER,
                () -> milestone(
                        2,
                        "Feel well",
                        "Dobro se počutim",
                        "Completed the Feel well pathway.",
                        "Opravljena pot Dobro se počutim."));
        List<PublicOpportunity> calm = current.stream()
                .filter(o -> o.themes().contains(Theme.MENTAL_HEALTH))
                .limit(3)
                .toList();
        List<PublicOpportunity> feelWellSteps = calm.size() >= 2 ? calm : current.subList(2, 5);
        long feelWell = DemoSignIn.asAccount(users, CITY_ADMIN, () -> {
            List<PathwayStep> steps = new ArrayList<>();
            for (int i = 0; i < feelWellSteps.size(); i++) {
                steps.add(new PathwayStep(Kind.OPPORTUNITY, feelWellSteps.get(i).id(), i < 2, 0));
            }
            return submitted(
                    null,
                    texts(
                            "Feel well",
                            "Dobro se počutim",
                            "Small steps towards feeling well: talk about what weighs on you, learn how to look"
                                    + " after yourself and others, and meet people who listen. Open to everyone,"
                                    + " free of charge.",
                            "Majhni koraki do boljšega počutja: spregovorite o tem, kar vas teži, naučite se"
                                    + " skrbeti zase in za druge ter spoznajte ljudi, ki prisluhnejo. Odprto za vse,"
                                    + " brezplačno."),
                    Theme.MENTAL_HEALTH,
                    steps,
                    List.of(),
                    feelWellBadge);
        });
        approve(ljubljana.getId(), feelWell);

        // Waiting for the moderator.
        DemoSignIn.asAccount(users, PROVIDER, () -> {
            long organisation = MestaUser.require().organisationIds().iterator().next();
            long milestone = milestone(
                    4,
                    "Digital maker",
                    "Digitalni ustvarjalec",
                    "Completed the Digital maker pathway.",
                    "Opravljena pot Digitalni ustvarjalec.");
            return submitted(
                    organisation,
                    texts(
                            "Digital maker",
                            "Digitalni ustvarjalec",
                            "From first idea to a finished project: two workshops and a showcase evening.",
                            "Od prve zamisli do končanega izdelka: dve delavnici in predstavitveni večer."),
                    Theme.DIGITAL_SKILLS,
                    List.of(
                            new PathwayStep(Kind.OPPORTUNITY, current.get(3).id(), true, 0),
                            new PathwayStep(Kind.OPPORTUNITY, current.get(4).id(), true, 0)),
                    List.of(),
                    milestone);
        });

        // The learner follows the green pathway; her badge already counts for its first step.
        DemoSignIn.asAccount(users, LEARNER, () -> enrolments.enrol(green));

        for (City city : cities.allCities(Locale.ENGLISH)) {
            if (city.getId().equals(ljubljana.getId())) continue;
            elsewhere(city);
        }
    }

    /** One pathway in another city: its first organisation's, over the city's current opportunities. */
    private void elsewhere(City city) {
        List<PublicOpportunity> current = opportunities.currentForCity(city.getId());
        var organisations = DemoSignIn.asAccount(users, CITY_ADMIN, () -> cities.organisationsOfCity(city.getId()));
        if (current.size() < 2 || organisations.isEmpty()) return;
        long organisation = organisations.getFirst().getId();
        boolean slovenian = "sl".equals(city.getDefaultLanguage());
        String name = city.name(Locale.ENGLISH);
        // The city's own language, when the demo speaks it (see DemoPhrasebook).
        Optional<DemoPhrasebook> book = DemoCity.bySlug(city.getSlug()).flatMap(DemoCity::phrasebook);
        Optional<DemoPhrasebook.CityWords> words = book.map(b -> b.cities().get(city.getSlug()));
        long id = DemoSignIn.asOrganisation(organisation, () -> {
            Map<String, BadgeTexts> badge = new LinkedHashMap<>();
            badge.put(
                    "en",
                    milestoneTexts(
                            "Explorer of " + name,
                            "Completed the " + name + " explorer pathway.",
                            "Pathway",
                            "Milestone"));
            badge.put(
                    "sl",
                    milestoneTexts(
                            "Raziskovalec mesta " + name,
                            "Opravljena raziskovalna pot mesta " + name + ".",
                            "Pot",
                            "Mejnik"));
            book.ifPresent(b -> badge.put(
                    b.language(),
                    milestoneTexts(
                            words.orElseThrow().badge(), words.orElseThrow().criteria(), b.pathway(), b.milestone())));
            long milestone = DemoBadges.publish(badges, 3, badge, List.of("skill:civic-participation"), null);
            List<PathwayStep> steps = new ArrayList<>();
            for (int i = 0; i < Math.min(3, current.size()); i++) {
                steps.add(new PathwayStep(Kind.OPPORTUNITY, current.get(i).id(), i < 2, 0));
            }
            Map<String, String> title = new LinkedHashMap<>();
            Map<String, String> story = new LinkedHashMap<>();
            title.put("en", "Explore " + name);
            story.put(
                    "en",
                    "Get to know what " + name + " offers young people: two activities to start with and one"
                            + " more if you are curious. Complete them to earn the explorer badge.");
            if (slovenian) {
                title.put("sl", "Raziskuj mesto " + name);
                story.put(
                        "sl",
                        "Spoznaj, kaj mesto " + name + " ponuja mladim: dve dejavnosti za začetek in še"
                                + " ena, če te zanima več. Ko ju opraviš, dobiš značko raziskovalca.");
            }
            book.ifPresent(b -> {
                title.put(b.language(), words.orElseThrow().title());
                story.put(b.language(), words.orElseThrow().story());
            });
            return submitted(
                    organisation,
                    new Texts(MultilingualText.of(title), MultilingualText.of(story)),
                    Theme.NON_FORMAL_LEARNING,
                    steps,
                    List.of(),
                    milestone);
        });
        approve(city.getId(), id);
    }

    private record Texts(MultilingualText title, MultilingualText story) {}

    private static Texts texts(String en, String sl, String storyEn, String storySl) {
        return new Texts(
                MultilingualText.of(Map.of("en", en, "sl", sl)),
                MultilingualText.of(Map.of("en", storyEn, "sl", storySl)));
    }

    private long milestone(int template, String en, String sl, String criteriaEn, String criteriaSl) {
        return DemoBadges.publish(
                badges,
                template,
                Map.of(
                        "en", milestoneTexts(en, criteriaEn, "Pathway", "Milestone"),
                        "sl", milestoneTexts(sl, criteriaSl, "Pot", "Mejnik")),
                List.of("skill:civic-participation"),
                null);
    }

    /** A milestone badge's words: its name, what completing the pathway means, and "Pathway" and "Milestone". */
    private static BadgeTexts milestoneTexts(String name, String criteria, String pathway, String milestone) {
        return new BadgeTexts(name, pathway, milestone, criteria, criteria, name);
    }

    private long submitted(
            @Nullable Long organisation,
            Texts texts,
            Theme theme,
            List<PathwayStep> steps,
            List<StepGroup> groups,
            long milestone) {
        Pathway p = pathways.create(organisation);
        // Its picture is described in each language it has a title in (the city's and English), as a submission
        // needs.
        pathways.setImage(p.getId(), DemoPictures.of("pathway-" + theme.name(), theme));
        MultilingualText alt =
                DemoPictures.describe(theme, texts.title().texts().keySet());
        p = pathways.save(
                p.getId(),
                p.getVersion(),
                new PathwayContent(texts.title(), texts.story(), theme, alt, steps, groups, milestone));
        return pathways.submit(p.getId(), p.getVersion()).getId();
    }

    /** As a moderator of the city (most demo cities have none of their own). */
    private void approve(long cityId, long pathwayId) {
        MestaUser moderator =
                new MestaUser(0, "system", "Mesta", "", EnumSet.of(Role.MODERATOR), cityId, Map.of(), "en", false, 0);
        as(moderator, () -> {
            Pathway p = pathways.get(pathwayId);
            return pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
        });
    }

    private static <T> T as(MestaUser who, Supplier<T> task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
