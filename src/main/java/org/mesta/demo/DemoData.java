package org.mesta.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.CommentService;
import org.mesta.campaign.MaterialsService;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.city.City;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.city.OrganisationDraft;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.ProgrammeImport;
import org.mesta.opportunity.Theme;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo network for development and trials: real Cities of Learning locations with their true coordinates, three
 * organisations each with their badges, a published programme in every city (DemoProgramme), work in progress
 * for every role in Ljubljana (DemoWork), and one account per role (passwords in the README). Off in production
 * builds. Deterministic but for the dates, which follow today.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "mesta-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final List<DemoCity> CITIES = DemoCity.ALL;

    /** Opportunities each demo city publishes (its programme), and the seed that makes them the same each time. */
    static final int PER_CITY = 24;

    static final long SEED = 2026;

    private final CityService cities;
    private final AccountService accounts;
    private final BadgeService badges;
    private final AwardService awards;
    private final UserDetailsService users;
    private final RecommendationService library;
    private final ReachingOutService reachingOut;
    private final ProgrammeImport programmes;
    private final DemoBadges designs;
    private final DemoWork work;
    private final Clock clock;
    private DemoBadges.YouthCentre youthCentreBadges;

    private final boolean networkAwards;

    DemoData(
            CityService cities,
            AccountService accounts,
            BadgeService badges,
            AwardService awards,
            BadgeApplicationService applications,
            UserDetailsService users,
            BoardService board,
            CampaignService campaigns,
            ChecklistService checklist,
            CommentService comments,
            MaterialsService materials,
            RecommendationService library,
            ReachingOutService reachingOut,
            OpportunityService opportunities,
            ModerationService moderation,
            ProgrammeImport programmes,
            Clock clock,
            @Value("${mesta.demo.network-awards:true}") boolean networkAwards) {
        this.library = library;
        this.reachingOut = reachingOut;
        this.cities = cities;
        this.accounts = accounts;
        this.badges = badges;
        this.awards = awards;
        this.users = users;
        this.programmes = programmes;
        this.clock = clock;
        this.networkAwards = networkAwards;
        this.designs = new DemoBadges(badges, applications, awards);
        this.work = new DemoWork(
                opportunities, moderation, board, campaigns, checklist, comments, library, accounts, materials);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cities.findCityBySlug("ljubljana").isPresent()) {
            return;
        }
        long start = System.nanoTime();
        Map<String, List<Organisation>> orgs = new LinkedHashMap<>();
        SystemTask.run(() -> load(orgs));
        asDemo("provider@mesta.example", () -> youthCentreBadges = designs.youthCentre());
        SystemTask.run(this::recommendations);
        asDemo(
                "cityadmin@mesta.example",
                () -> library.propose(
                        Theme.SUSTAINABILITY,
                        "Mladinski forum Ljubljana 2025",
                        Map.of(
                                "en",
                                        new Recommendation.Words(
                                                "Free public transport for under-26s",
                                                "Ljubljana's city buses are free for everyone under 26, so that young people can reach learning, work and culture without a car."),
                                "sl",
                                        new Recommendation.Words(
                                                "Brezplačen javni prevoz do 26. leta",
                                                "Mestni avtobusi v Ljubljani so brezplačni za vse do 26. leta, da mladi do učenja, dela in kulture pridejo brez avtomobila."))));
        Map<Long, List<Long>> badgesOf = new HashMap<>();
        badgesOf.put(orgs.get("ljubljana").getFirst().getId(), List.of(youthCentreBadges.volunteer()));
        int number = 0;
        for (DemoCity d : CITIES) {
            List<Organisation> list = orgs.get(d.slug());
            for (int kind = 0; kind < list.size(); kind++, number++) {
                Organisation org = list.get(kind);
                if (badgesOf.containsKey(org.getId())) continue;
                int k = kind, n = number;
                asOrganisation(
                        org.getId(),
                        () -> badgesOf.put(
                                org.getId(), designs.design(org.getId(), k, n, d, String.valueOf(today(d).getYear()))));
            }
        }
        long badgesDone = System.nanoTime();
        List<ProgrammeImport.Imported> programme = new ArrayList<>();
        for (DemoCity d : CITIES) {
            List<Organisation> list = orgs.get(d.slug());
            for (DemoProgramme.Item item : DemoProgramme.generate(where(d), today(d), SEED, PER_CITY)) {
                long org = list.get(item.organisation()).getId();
                programme.add(imported(
                        org,
                        item,
                        d.language(),
                        item.badge() ? Set.of(badgesOf.get(org).getFirst()) : Set.of()));
            }
        }
        long generated = System.nanoTime();
        List<Long> published = new ArrayList<>();
        SystemTask.run(() -> published.addAll(programmes.importApproved(programme)));
        long programmeDone = System.nanoTime();
        DemoCity ljubljana = CITIES.getFirst();
        long youthCentre = orgs.get("ljubljana").getFirst().getId();
        long revised = published.get(IntStream.range(0, published.size())
                .filter(i -> programme.get(i).organisationId() == youthCentre)
                .findFirst()
                .orElseThrow());
        List<DemoProgramme.Item> fresh =
                DemoProgramme.generate(where(ljubljana), today(ljubljana), SEED + 1, 40).stream()
                        .filter(i -> i.organisation() == 0 && i.draft().format().hasPlace())
                        .toList();
        long[] sentBack = new long[1];
        asDemo("provider@mesta.example", () -> sentBack[0] = work.submit(youthCentre, fresh, revised, "sl"));
        asDemo("moderator@mesta.example", () -> work.sendBack(sentBack[0]));
        // One application waiting in every organisation: Luka's in Ljubljana, Amani's everywhere else.
        for (DemoCity d : CITIES) {
            String learner = d.slug().equals("ljubljana") ? "learner2@mesta.example" : "learner3@mesta.example";
            asDemo(
                    learner,
                    () -> orgs.get(d.slug())
                            .forEach(o -> designs.apply(badgesOf.get(o.getId()).getFirst(), d.language())));
        }
        asDemo("ambassador@mesta.example", () -> work.campaigns(today(ljubljana)));
        // The city's campaign badge is chosen, so the evaluation waiting on "Campaign outcomes" awards it on
        // confirmation.
        asDemo("cityadmin@mesta.example", () -> reachingOut.chooseCampaignBadge(youthCentreBadges.campaign()));
        if (networkAwards) {
            Map<Long, String> others = new LinkedHashMap<>();
            Map<Long, String> languageOf = new HashMap<>();
            for (DemoCity d : CITIES) {
                orgs.get(d.slug()).stream()
                        .filter(o -> o.getId() != youthCentre)
                        .forEach(o -> {
                            others.put(o.getId(), d.slug());
                            languageOf.put(o.getId(), d.language());
                        });
            }
            DemoAwards.inBackground(
                    others,
                    badgesOf,
                    this::asOrganisation,
                    (org, badge, to) -> awards.award(badge, to, languageOf.get(org)));
        }
        long end = System.nanoTime();
        log.info(
                "Loaded demo data in {} ms ({} ms accounts and badges, {} ms generating and {} ms publishing {}"
                        + " opportunities, {} ms work in progress): {} cities, one account per role (password in the README)",
                ms(end - start),
                ms(badgesDone - start),
                ms(generated - badgesDone),
                ms(programmeDone - generated),
                published.size(),
                ms(end - programmeDone),
                CITIES.size());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void recommendations() {
        library.propose(
                Theme.MENTAL_HEALTH,
                "Cities of Learning Youth Forum 2025",
                Map.of(
                        "en",
                                new Recommendation.Words(
                                        "A trained counsellor in every school",
                                        "Every secondary school has a counsellor trained in young people's mental health, at least two days a week, whom students can see without their parents' consent from the age of 15."),
                        "sl",
                                new Recommendation.Words(
                                        "Usposobljen svetovalec na vsaki šoli",
                                        "Vsaka srednja šola ima vsaj dva dni na teden svetovalca, usposobljenega za duševno zdravje mladih, ki ga dijaki od 15. leta lahko obiščejo brez soglasja staršev.")));
        library.propose(
                Theme.PARTICIPATION,
                "Cities of Learning Youth Forum 2025",
                Map.of(
                        "en",
                                new Recommendation.Words(
                                        "Young people at the table",
                                        "Every city has a youth council whose opinion the city council must ask for before deciding on anything that concerns young people, and answer in writing."),
                        "sl",
                                new Recommendation.Words(
                                        "Mladi za mizo",
                                        "Vsako mesto ima mladinski svet, za mnenje katerega mora mestni svet vprašati, preden odloča o čemer koli, kar zadeva mlade, in nanj pisno odgovoriti.")));
    }

    static DemoProgramme.Where where(DemoCity d) {
        return new DemoProgramme.Where(d.slug(), new GeoPoint(d.lat(), d.lon()), d.country(), d.language());
    }

    private LocalDate today(DemoCity d) {
        return LocalDate.now(clock.withZone(ZoneId.of(d.zone())));
    }

    private static ProgrammeImport.Imported imported(
            long org, DemoProgramme.Item item, String language, Set<Long> badges) {
        return new ProgrammeImport.Imported(
                org,
                item.draft(),
                DemoPictures.of(item.activity(), item.theme()),
                DemoPictures.describe(item.theme(), language),
                badges);
    }

    private void load(Map<String, List<Organisation>> orgs) {
        City ljubljana = null;
        Organisation youthCentre = null;
        for (DemoCity d : CITIES) {
            City city = cities.saveCity(new CityDraft(
                    null,
                    0,
                    d.slug(),
                    Map.of("en", d.en(), "sl", d.sl()),
                    d.country(),
                    d.lat(),
                    d.lon(),
                    12,
                    d.language(),
                    d.languages(),
                    d.zone()));
            Organisation first = organisation(
                    city,
                    d,
                    DemoActivities.YOUTH_CENTRE,
                    d.en() + " Youth Centre",
                    "Open youth work, workshops and volunteering for young people aged 13 to 29.",
                    "Odprto mladinsko delo, delavnice in prostovoljstvo za mlade od 13. do 29. leta.");
            orgs.put(
                    d.slug(),
                    List.of(
                            first,
                            organisation(
                                    city,
                                    d,
                                    DemoActivities.LIBRARY,
                                    d.en() + " City Library Learning Lab",
                                    "Digital skills, maker space and study groups, free for all young people.",
                                    "Digitalne veščine, izdelovalnica in študijske skupine, brezplačno za vse mlade."),
                            organisation(
                                    city,
                                    d,
                                    DemoActivities.GREEN,
                                    "Green " + d.en() + " Volunteers",
                                    "Sustainability projects: urban gardens, repair cafés and clean-up days.",
                                    "Trajnostni projekti: mestni vrtovi, popravljalnice in čistilne akcije.")));
            if (ljubljana == null) {
                ljubljana = city;
                youthCentre = first;
            }
        }
        long cityId = ljubljana.getId();
        account("learner@mesta.example", "Lea Learner", cityId, "sl", Role.LEARNER);
        account("learner2@mesta.example", "Luka Learner", cityId, "sl", Role.LEARNER);
        account(
                "learner3@mesta.example",
                "Amani Learner",
                cities.findCityBySlug("nairobi").orElseThrow().getId(),
                "en",
                Role.LEARNER);
        Account provider = account("provider@mesta.example", "Primož Provider", cityId, "sl", Role.PROVIDER);
        accounts.addMember(youthCentre.getId(), provider.getId(), OrganisationRole.ADMIN);
        // One member per organisation role, so that what each role may do can be seen (same password).
        Account editor = account("editor@mesta.example", "Eva Editor", cityId, "sl", Role.PROVIDER);
        accounts.addMember(youthCentre.getId(), editor.getId(), OrganisationRole.EDITOR);
        Account issuer = account("issuer@mesta.example", "Ivo Issuer", cityId, "sl", Role.PROVIDER);
        accounts.addMember(youthCentre.getId(), issuer.getId(), OrganisationRole.ISSUER);
        account("ambassador@mesta.example", "Ana Ambassador", cityId, "sl", Role.AMBASSADOR);
        account("ambassador2@mesta.example", "Bor Ambassador", cityId, "sl", Role.AMBASSADOR);
        account("moderator@mesta.example", "Maja Moderator", cityId, "sl", Role.MODERATOR);
        account("cityadmin@mesta.example", "Cene City Admin", cityId, "sl", Role.CITY_ADMIN);
        account("networkadmin@mesta.example", "Nina Network Admin", null, "en", Role.NETWORK_ADMIN);
    }

    private void asDemo(String email, Runnable task) {
        DemoSignIn.asAccount(users, email, task);
    }

    private void asOrganisation(long organisationId, Runnable task) {
        DemoSignIn.asOrganisation(organisationId, task);
    }

    /**
     * Described in English and Slovenian, which the demo cities all offer, and in the city's own language (the
     * reader's language is shown).
     */
    private Organisation organisation(City city, DemoCity d, int kind, String name, String en, String sl) {
        Map<String, String> description = new LinkedHashMap<>(Map.of("en", en, "sl", sl));
        d.phrasebook()
                .ifPresent(book ->
                        description.put(book.language(), book.organisations().get(kind)));
        return cities.saveOrganisation(OrganisationDraft.of(
                city.getId(), name, description, "", "hello@" + city.getSlug() + ".mesta.example"));
    }

    private Account account(String email, String name, Long cityId, String language, Role role) {
        return accounts.createAccount(email, name, PASSWORD, cityId, language, EnumSet.of(role));
    }
}
