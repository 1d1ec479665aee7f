package org.mesta.demo;

import org.mesta.base.Role;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.SystemTask;
import org.mesta.campaign.Audience;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.Stage;
import org.mesta.opportunity.Theme;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.mesta.city.City;
import org.mesta.city.CityDraft;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.city.OrganisationDraft;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo network for development and trials: real Cities of Learning locations with their true coordinates,
 * a few organisations each, and one account per role (passwords in the README). Off in production builds.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "mesta-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoCity(String slug, String en, String sl, String country, double lat, double lon,
                            String language, String zone) {
    }

    static final List<DemoCity> CITIES = List.of(
            new DemoCity("ljubljana", "Ljubljana", "Ljubljana", "SI", 46.0569, 14.5058, "sl", "Europe/Ljubljana"),
            new DemoCity("maribor", "Maribor", "Maribor", "SI", 46.5547, 15.6459, "sl", "Europe/Ljubljana"),
            new DemoCity("vilnius", "Vilnius", "Vilna", "LT", 54.6872, 25.2797, "en", "Europe/Vilnius"),
            new DemoCity("kaunas", "Kaunas", "Kaunas", "LT", 54.8985, 23.9036, "en", "Europe/Vilnius"),
            new DemoCity("belgrade", "Belgrade", "Beograd", "RS", 44.8125, 20.4612, "en", "Europe/Belgrade"),
            new DemoCity("novi-sad", "Novi Sad", "Novi Sad", "RS", 45.2671, 19.8335, "en", "Europe/Belgrade"),
            new DemoCity("zagreb", "Zagreb", "Zagreb", "HR", 45.8150, 15.9819, "en", "Europe/Zagreb"),
            new DemoCity("skopje", "Skopje", "Skopje", "MK", 41.9981, 21.4254, "en", "Europe/Skopje"),
            new DemoCity("plymouth", "Plymouth", "Plymouth", "GB", 50.3755, -4.1427, "en", "Europe/London"),
            new DemoCity("rome", "Rome", "Rim", "IT", 41.9028, 12.4964, "en", "Europe/Rome"),
            new DemoCity("nairobi", "Nairobi", "Nairobi", "KE", -1.2921, 36.8219, "en", "Africa/Nairobi"),
            new DemoCity("accra", "Accra", "Akra", "GH", 5.6037, -0.1870, "en", "Africa/Accra"),
            new DemoCity("kampala", "Kampala", "Kampala", "UG", 0.3476, 32.5825, "en", "Africa/Kampala"),
            new DemoCity("port-of-spain", "Port of Spain", "Port of Spain", "TT", 10.6549, -61.5019, "en",
                    "America/Port_of_Spain"),
            new DemoCity("kingston", "Kingston", "Kingston", "JM", 17.9712, -76.7936, "en", "America/Jamaica"));

    private final CityService cities;
    private final AccountService accounts;
    private final BadgeService badges;
    private final AwardService awards;
    private final UserDetailsService users;
    private final CampaignService campaigns;
    private long campaignBadgeId;

    DemoData(CityService cities, AccountService accounts, BadgeService badges, AwardService awards,
             UserDetailsService users, CampaignService campaigns) {
        this.campaigns = campaigns;
        this.cities = cities;
        this.accounts = accounts;
        this.badges = badges;
        this.awards = awards;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cities.findCityBySlug("ljubljana").isPresent()) {
            return;
        }
        SystemTask.run(this::load);
        asDemo("provider@mesta.example", this::badge);
        SystemTask.run(() -> campaigns.propose(Theme.MENTAL_HEALTH, "Cities of Learning Youth Forum 2025", Map.of(
                "en", new Recommendation.Words("A trained counsellor in every school",
                        "Every secondary school has a counsellor trained in young people's mental health, at least two days a week, whom students can see without their parents' consent from the age of 15."),
                "sl", new Recommendation.Words("Usposobljen svetovalec na vsaki šoli",
                        "Vsaka srednja šola ima vsaj dva dni na teden svetovalca, usposobljenega za duševno zdravje mladih, ki ga dijaki od 15. leta lahko obiščejo brez soglasja staršev."))));
        SystemTask.run(() -> campaigns.propose(Theme.PARTICIPATION, "Cities of Learning Youth Forum 2025", Map.of(
                "en", new Recommendation.Words("Young people at the table",
                        "Every city has a youth council whose opinion the city council must ask for before deciding on anything that concerns young people, and answer in writing."),
                "sl", new Recommendation.Words("Mladi za mizo",
                        "Vsako mesto ima mladinski svet, za mnenje katerega mora mestni svet vprašati, preden odloča o čemer koli, kar zadeva mlade, in nanj pisno odgovoriti."))));
        asDemo("cityadmin@mesta.example", () -> campaigns.propose(Theme.SUSTAINABILITY, "Mladinski forum Ljubljana 2025", Map.of(
                "en", new Recommendation.Words("Free public transport for under-26s",
                        "Ljubljana's city buses are free for everyone under 26, so that young people can reach learning, work and culture without a car."),
                "sl", new Recommendation.Words("Brezplačen javni prevoz do 26. leta",
                        "Mestni avtobusi v Ljubljani so brezplačni za vse do 26. leta, da mladi do učenja, dela in kulture pridejo brez avtomobila."))));
        asDemo("ambassador@mesta.example", this::campaigns);
        // The city's campaign badge is chosen, so the evaluation waiting on "Campaign outcomes" awards it on confirmation.
        asDemo("cityadmin@mesta.example", () -> campaigns.chooseCampaignBadge(campaignBadgeId));
        log.info("Loaded demo data: {} cities and one account per role (password in the README)", CITIES.size());
    }

    private void load() {
        City ljubljana = null;
        Organisation youthCentre = null;
        for (DemoCity d : CITIES) {
            City city = cities.saveCity(new CityDraft(null, 0, d.slug(), Map.of("en", d.en(), "sl", d.sl()),
                    d.country(), d.lat(), d.lon(), 12, d.language(), Set.of("en", "sl"), d.zone()));
            Organisation first = organisation(city, d.en() + " Youth Centre",
                    "Open youth work, workshops and volunteering for young people aged 13 to 29.");
            organisation(city, d.en() + " City Library Learning Lab",
                    "Digital skills, maker space and study groups, free for all young people.");
            organisation(city, "Green " + d.en() + " Volunteers",
                    "Sustainability projects: urban gardens, repair cafés and clean-up days.");
            if (ljubljana == null) {
                ljubljana = city;
                youthCentre = first;
            }
        }
        long cityId = ljubljana.getId();
        account("learner@mesta.example", "Lea Learner", cityId, "sl", Role.LEARNER);
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

    /**
     * The demo provider's organisation has two published badges: a volunteer badge the demo learner has earned, and
     * the city's campaign badge (chosen by the city admin once the campaigns are there).
     */
    private void badge() {
        long volunteer = published(1, new BadgeTexts("Prostovoljec mladinskega centra", "2026", "Ljubljana",
                        "Za mlade, ki so pomagali pri dejavnostih mladinskega centra.",
                        "Vsaj 20 ur prostovoljnega dela v mladinskem centru in kratek zapis o tem, kaj si se naučil/-a.", ""),
                new BadgeTexts("Youth centre volunteer", "2026", "Ljubljana",
                        "For young people who helped run the youth centre's activities.",
                        "At least 20 hours of volunteering at the youth centre and a short note on what you learnt.", ""),
                24);
        awards.award(volunteer, List.of("learner@mesta.example"), "sl");
        campaignBadgeId = published(2, new BadgeTexts("Mladi ambasador", "Kampanja", "Ljubljana",
                        "Za mlade ambasadorje, ki so s kampanjo za mlade v mestu nekaj spremenili.",
                        "Sodelovanje v ekipi kampanje od ideje do ocene, ki jo potrdi mestni skrbnik.", ""),
                new BadgeTexts("Young ambassador", "Campaign", "Ljubljana",
                        "For young ambassadors whose campaign changed something for young people in the city.",
                        "Took part in a campaign team from idea to an evaluation confirmed by the city admin.", ""),
                null);
    }

    /** A published badge of the signed-in provider's organisation, from one of the designer's templates. */
    private long published(int template, BadgeTexts sl, BadgeTexts en, Integer expiryMonths) {
        long organisation = org.mesta.base.MestaUser.require().organisationIds().iterator().next();
        BadgeDesign design = BadgeDesign.templates().get(template).design();
        Badge b = badges.create(organisation, design);
        b = badges.save(b.getId(), b.getVersion(), new BadgeDraft(design, Map.of("sl", sl, "en", en), null,
                List.of("skill:teamwork", "skill:civic-participation"), List.of(), expiryMonths));
        return badges.publish(b.getId(), b.getVersion()).getId();
    }

    /**
     * Three demo campaigns on the Ljubljana board: one in Planning carrying a recommendation, with a checklist; an
     * idea; and one the team has evaluated, waiting for the city admin's confirmation.
     */
    private void campaigns() {
        long second = accounts.colleagues(Role.AMBASSADOR).stream().filter(a -> a.getEmail().startsWith("ambassador2"))
                .findFirst().orElseThrow().getId();
        long me = org.mesta.base.MestaUser.require().accountId();
        Recommendation counsellors = campaigns.recommendations(Theme.MENTAL_HEALTH, false).getFirst();
        Campaign c = campaigns.create("Svetovalec na vsaki šoli", CampaignKind.ADVOCACY, counsellors.getId());
        c = campaigns.setTeam(c.getId(), c.getVersion(), Set.of(me, second), Set.of(me));
        c = campaigns.save(c.getId(), c.getVersion(), new CampaignDraft("Svetovalec na vsaki šoli", CampaignKind.ADVOCACY,
                "Mestni svet sprejme načrt, da ima do leta 2027 vsaka srednja šola v Ljubljani svetovalca za duševno zdravje.",
                "Anketa med dijaki, srečanje z županom, zgodbe dijakov na Instagramu.", Set.of(Theme.MENTAL_HEALTH),
                Set.of(Audience.DECISION_MAKERS, Audience.SCHOOLS, Audience.MEDIA), Set.of(counsellors.getId()),
                java.time.LocalDate.of(2027, 1, 11), java.time.LocalDate.of(2027, 4, 30), false,
                List.of(new CampaignDraft.Place("Mestna hiša, Ljubljana", new org.mesta.map.GeoPoint(46.0503, 14.5069)),
                        new CampaignDraft.Place("Gimnazija Bežigrad", null)), List.of()));
        campaigns.move(c.getId(), c.getVersion(), Stage.PLANNING, 0, null);
        campaigns.addTask(c.getId(), "Pripravi anketo za dijake", me, java.time.LocalDate.of(2027, 1, 20));
        campaigns.addTask(c.getId(), "Dogovori srečanje z županom", second, java.time.LocalDate.of(2027, 2, 15));
        campaigns.comment(c.getId(), "@Bor Ambassador, lahko prevzameš srečanje z županom?");
        campaigns.create("Mural za zeleno Ljubljano", CampaignKind.ARTS, null);
        // A finished campaign the team has evaluated: it waits for the city admin's confirmation.
        Recommendation buses = campaigns.recommendations(Theme.SUSTAINABILITY, false).getFirst();
        Campaign done = campaigns.create("Brezplačni avtobusi do 26. leta", CampaignKind.ADVOCACY, buses.getId());
        done = campaigns.setTeam(done.getId(), done.getVersion(), Set.of(me, second), Set.of(me));
        done = campaigns.move(done.getId(), done.getVersion(), Stage.DONE, 0, new org.mesta.campaign.Outcomes(1200, 6, 3, 2, null,
                "Zbrali smo 1.200 podpisov, predstavili predlog na seji mestnega sveta in mestni svet je sklenil, da ga preuči do poletja."));
        campaigns.move(done.getId(), done.getVersion(), Stage.EVALUATED, 0, null);
        // A proposal waiting for the city admin's curation.
        campaigns.propose(Theme.INCLUSION, "Srečanje mladih ambasadorjev 2026", Map.of(
                "sl", new Recommendation.Words("Tolmač za znakovni jezik na mestnih prireditvah",
                        "Vse prireditve Mestne občine Ljubljana za mlade imajo tolmača za slovenski znakovni jezik."),
                "en", new Recommendation.Words("Sign language at city events",
                        "Every youth event of the City of Ljubljana has a Slovenian sign language interpreter.")));
    }

    private void asDemo(String email, Runnable task) {
        var user = users.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Organisation organisation(City city, String name, String description) {
        String slug = city.getSlug();
        return cities.saveOrganisation(new OrganisationDraft(null, 0, city.getId(), name, description,
                "", "hello@" + slug + ".mesta.example"));
    }

    private Account account(String email, String name, Long cityId, String language, Role role) {
        return accounts.createAccount(email, name, PASSWORD, cityId, language, EnumSet.of(role));
    }
}
