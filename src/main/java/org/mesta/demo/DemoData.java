package org.mesta.demo;

import org.mesta.base.Role;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.SystemTask;
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

    DemoData(CityService cities, AccountService accounts, BadgeService badges, AwardService awards,
             UserDetailsService users) {
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
        asDemoProvider(this::badge);
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
        account("ambassador@mesta.example", "Ana Ambassador", cityId, "sl", Role.AMBASSADOR);
        account("moderator@mesta.example", "Maja Moderator", cityId, "sl", Role.MODERATOR);
        account("cityadmin@mesta.example", "Cene City Admin", cityId, "sl", Role.CITY_ADMIN);
        account("networkadmin@mesta.example", "Nina Network Admin", null, "en", Role.NETWORK_ADMIN);
    }

    /** The demo provider's organisation has one published badge, and the demo learner has earned it. */
    private void badge() {
        long organisation = org.mesta.base.MestaUser.require().organisationIds().iterator().next();
        BadgeDesign design = BadgeDesign.templates().get(1).design();
        Badge b = badges.create(organisation, design);
        b = badges.save(b.getId(), b.getVersion(), new BadgeDraft(design, Map.of(
                "sl", new BadgeTexts("Prostovoljec mladinskega centra", "2026", "Ljubljana",
                        "Za mlade, ki so pomagali pri dejavnostih mladinskega centra.",
                        "Vsaj 20 ur prostovoljnega dela v mladinskem centru in kratek zapis o tem, kaj si se naučil/-a.", ""),
                "en", new BadgeTexts("Youth centre volunteer", "2026", "Ljubljana",
                        "For young people who helped run the youth centre's activities.",
                        "At least 20 hours of volunteering at the youth centre and a short note on what you learnt.", "")),
                null, List.of("skill:teamwork", "skill:civic-participation"), List.of(), 24));
        b = badges.publish(b.getId(), b.getVersion());
        awards.award(b.getId(), List.of("learner@mesta.example"), "sl");
    }

    private void asDemoProvider(Runnable task) {
        var user = users.loadUserByUsername("provider@mesta.example");
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
