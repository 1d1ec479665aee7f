package org.mesta.demo;

import java.util.Optional;
import org.mesta.badge.EndorsementService;
import org.mesta.base.SystemTask;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few endorsements among the demo organisations, on badges Lea holds so that her award pages show them at once:
 * the Ljubljana library vouches for the youth centre's volunteers, the Ljubljana green volunteers for Maribor's peer
 * supporters, and the Maribor youth centre for the library's digital makers. The endorsers already have their
 * signing keys (Lea's wallet awarded their badges). Skipped pair by pair when the endorsement is already there.
 */
@Component
@Order(8)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoEndorsements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEndorsements.class);

    private final CityService cities;
    private final EndorsementService endorsements;

    DemoEndorsements(CityService cities, EndorsementService endorsements) {
        this.cities = cities;
        this.endorsements = endorsements;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Organisation> library = organisation("ljubljana", "City Library Learning Lab");
        Optional<Organisation> green = organisation("ljubljana", "Green ");
        Optional<Organisation> youthCentre = organisation("ljubljana", "Youth Centre");
        Optional<Organisation> maribor = organisation("maribor", "Youth Centre");
        if (library.isEmpty() || green.isEmpty() || youthCentre.isEmpty() || maribor.isEmpty()) return;
        int made = 0;
        made += endorse(
                library.get(),
                youthCentre.get(),
                "Youth centre volunteer",
                "sl",
                "Prostovoljci mladinskega centra pri nas vodijo študijske skupine in pomagajo v izdelovalnici. Kdor ima"
                        + " to značko, je zanesljiv in zna delati z mlajšimi.");
        made += endorse(
                green.get(),
                maribor.get(),
                "Peer supporter",
                "en",
                "Peer supporters from Maribor trained our volunteers to look after each other on long clean-up days."
                        + " This badge is earned in real conversations, not in a quiz.");
        made += endorse(
                maribor.get(),
                library.get(),
                "Digital maker",
                "sl",
                "Naši mladi so obiskali izdelovalnico v Ljubljani: kdor ima to značko, zna idejo pripeljati do"
                        + " delujočega izdelka.");
        if (made > 0) log.info("Demo: {} endorsements among the demo organisations", made);
    }

    /** 1 when the endorsement was made; 0 when it was already there or the badge is not found. */
    private int endorse(Organisation by, Organisation of, String englishName, String language, String comment) {
        return DemoSignIn.asOrganisation(by.getId(), () -> {
            try {
                return endorsements.endorsable(englishName, "en", PageRequest.of(0, 20)).stream()
                        .filter(c -> c.badge().getOrganisationId().equals(of.getId())
                                && englishName.equals(c.badge().texts("en").name()))
                        .findFirst()
                        .map(c -> {
                            endorsements.endorse(by.getId(), c.badge().getId(), comment, language);
                            return 1;
                        })
                        .orElse(0);
            } catch (UserError already) {
                return 0;
            } catch (RuntimeException e) {
                log.warn("Demo endorsement by {} failed: {}", by.getName(), e.toString());
                return 0;
            }
        });
    }

    private Optional<Organisation> organisation(String citySlug, String nameContains) {
        Optional<Organisation>[] found = new Optional[] {Optional.empty()};
        SystemTask.run(() -> found[0] = cities.findCityBySlug(citySlug)
                .flatMap(c -> cities.organisationsOfCity(c.getId()).stream()
                        .filter(o -> o.getName().contains(nameContains))
                        .findFirst()));
        return found[0];
    }
}
