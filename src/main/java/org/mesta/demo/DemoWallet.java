package org.mesta.demo;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.base.SystemTask;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.mesta.wallet.WalletService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo learner's wallet, so that it can be shown: Lea has badges from the Ljubljana library and green volunteers
 * and from the Maribor youth centre besides the Ljubljana youth centre's; two wait for her answer, three are kept (on
 * her profile, by link, private), one she declined. Runs after the demo network; skipped when Lea already holds the
 * library's badge.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoWallet implements ApplicationRunner {

    static final String LEA = "learner@mesta.example";
    private static final Logger log = LoggerFactory.getLogger(DemoWallet.class);

    private final CityService cities;
    private final BadgeService badges;
    private final AwardService awards;
    private final WalletService wallet;
    private final UserDetailsService users;

    DemoWallet(
            CityService cities,
            BadgeService badges,
            AwardService awards,
            WalletService wallet,
            UserDetailsService users) {
        this.cities = cities;
        this.badges = badges;
        this.awards = awards;
        this.wallet = wallet;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Organisation> library = organisation("ljubljana", "City Library Learning Lab");
        Optional<Organisation> green = organisation("ljubljana", "Green ");
        Optional<Organisation> youthCentre = organisation("ljubljana", "Youth Centre");
        Optional<Organisation> maribor = organisation("maribor", "Youth Centre");
        if (library.isEmpty() || green.isEmpty() || youthCentre.isEmpty() || maribor.isEmpty()) return;
        try {
            users.loadUserByUsername(LEA);
        } catch (UsernameNotFoundException e) {
            return;
        }
        long libraryId = library.get().getId();
        boolean done = asLea(() ->
                wallet.mine().stream().anyMatch(i -> i.organisationId() != null && i.organisationId() == libraryId));
        if (done) return;
        long start = System.nanoTime();
        long maker = award(libraryId, "Digital maker");
        long checker = award(libraryId, "Fact checker");
        award(green.get().getId(), "Green volunteer");
        award(maribor.get().getId(), "Peer supporter");
        long citizen = award(maribor.get().getId(), "Active citizen");
        long volunteerOrg = youthCentre.get().getId();
        asLea(() -> {
            for (WalletService.Item i : wallet.mine()) {
                if (i.state() != State.WAITING || i.badge() == null) continue;
                long badge = i.badge().getId();
                if (i.organisationId() != null && i.organisationId() == volunteerOrg) keep(i, Visibility.PROFILE);
                else if (badge == maker) keep(i, Visibility.LINK);
                else if (badge == checker) keep(i, Visibility.PRIVATE);
                else if (badge == citizen) wallet.decline(i.entryId());
            }
            return null;
        });
        log.info("Demo: Lea's wallet filled in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void keep(WalletService.Item i, Visibility visibility) {
        wallet.accept(i.entryId());
        wallet.show(i.entryId(), visibility);
    }

    private Optional<Organisation> organisation(String citySlug, String nameContains) {
        Optional<Organisation>[] found = new Optional[] {Optional.empty()};
        SystemTask.run(() -> found[0] = cities.findCityBySlug(citySlug)
                .flatMap(c -> cities.organisationsOfCity(c.getId()).stream()
                        .filter(o -> o.getName().contains(nameContains))
                        .findFirst()));
        return found[0];
    }

    /**
     * Awards the organisation's published badge (by its English name) to Lea, as the organisation's admin. The
     * organisation's first award makes its signing key, which the background demo awards may be doing at the same
     * moment: one of the two then fails, and is tried again once the key is there.
     */
    private long award(long organisationId, String englishName) {
        return asOrganisation(organisationId, () -> {
            Badge b = badges.mine(BadgeStatus.PUBLISHED, "", PageRequest.of(0, 20)).stream()
                    .filter(x -> englishName.equals(x.texts("en").name()))
                    .findFirst()
                    .orElseThrow();
            for (int attempt = 1; ; attempt++) {
                try {
                    awards.award(b.getId(), List.of(LEA), "sl");
                    return b.getId();
                } catch (RuntimeException e) {
                    if (attempt == 3) throw e;
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        });
    }

    private <T> T asLea(Supplier<T> task) {
        return DemoSignIn.asAccount(users, LEA, task);
    }

    private <T> T asOrganisation(long organisationId, Supplier<T> task) {
        return DemoSignIn.asOrganisation(organisationId, task);
    }
}
