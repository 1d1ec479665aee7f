package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BadgeServiceTest {

    @Autowired
    BadgeService badges;

    @Autowired
    BadgeRenderRepository renders;

    @Autowired
    CityService cities;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static BadgeDraft complete(BadgeDesign design) {
        return new BadgeDraft(
                design,
                Map.of(
                        "sl",
                        new BadgeTexts(
                                "Mladi govornik",
                                "2026",
                                "Ljubljana",
                                "Za javni nastop na mladinskem forumu.",
                                "Nastopi na forumu in odgovori na tri vprašanja.",
                                "")),
                "https://example.org/merila",
                List.of("javno nastopanje", "sodelovanje"),
                List.of(new Alignment("ESCO", "https://esco.ec.europa.eu/", "S1.2")),
                24);
    }

    private Badge created() {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        return badges.create(org, BadgeDesign.templates().get(2).design());
    }

    @Test
    void a_provider_designs_saves_and_publishes_and_stale_saves_are_refused() {
        Badge b = created();
        assertThat(b.getStatus()).isEqualTo(BadgeStatus.DRAFT);
        assertThatThrownBy(() -> badges.publish(b.getId(), b.getVersion()))
                .isInstanceOf(UserError.class)
                .hasMessage("badge.error.name-required");
        Badge saved = badges.save(
                b.getId(), b.getVersion(), complete(BadgeDesign.standard().withShape(BadgeDesign.Shape.ROSETTE)));
        assertThat(badges.draft(b.getId()).design().shape()).isEqualTo(BadgeDesign.Shape.ROSETTE);
        assertThat(saved.getTags()).containsExactly("javno nastopanje", "sodelovanje");
        assertThat(saved.alignments()).extracting(Alignment::code).containsExactly("S1.2");
        assertThatThrownBy(() -> badges.save(b.getId(), b.getVersion(), complete(BadgeDesign.standard())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        BadgeDraft badUrl =
                new BadgeDraft(BadgeDesign.standard(), Map.of(), "javascript:alert(1)", List.of(), List.of(), null);
        assertThatThrownBy(() -> badges.save(b.getId(), saved.getVersion(), badUrl))
                .isInstanceOf(UserError.class)
                .hasMessage("badge.error.url");
        Badge published = badges.publish(b.getId(), saved.getVersion());
        assertThat(published.getStatus()).isEqualTo(BadgeStatus.PUBLISHED);

        SecurityContextHolder.clearContext();
        assertThat(badges.get(b.getId()).texts("en").name())
                .as("falls back to the language written")
                .isEqualTo("Mladi govornik");
        assertThat(badges.svg(b.getId(), "sl")).contains("<title id=\"badge-title\">Mladi govornik</title>");
    }

    @Test
    void drafts_are_private_to_their_organisation_and_other_roles_are_refused() {
        Badge b = created();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> badges.get(b.getId())).isInstanceOf(AccessDeniedException.class);
        as(users, LEARNER);
        assertThatThrownBy(() -> badges.get(b.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.mine(null, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.save(b.getId(), b.getVersion(), complete(BadgeDesign.standard())))
                .isInstanceOf(AccessDeniedException.class);

        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        as(users, NETWORK_ADMIN);
        long mariborOrg = cities.organisationsOfCity(maribor).getFirst().getId();
        var other = accounts.createAccount(
                "badge.provider.mb@example.org",
                "MB Provider",
                "long enough pw",
                maribor,
                "sl",
                EnumSet.of(Role.PROVIDER));
        accounts.addMember(mariborOrg, other.getId(), OrganisationRole.EDITOR);
        as(users, "badge.provider.mb@example.org");
        assertThatThrownBy(() -> badges.save(b.getId(), b.getVersion(), complete(BadgeDesign.standard())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.archive(b.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(badges.mine(null, "", PageRequest.of(0, 50)))
                .extracting(Badge::getId)
                .doesNotContain(b.getId());
        assertThatThrownBy(() -> badges.create(
                        cities.findCityBySlug("ljubljana")
                                .map(c -> cities.organisationsOfCity(c.getId())
                                        .getFirst()
                                        .getId())
                                .orElseThrow(),
                        null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pngs_are_rendered_once_per_language_and_size_and_redone_only_after_a_change() {
        Badge b = created();
        Badge saved = badges.save(b.getId(), b.getVersion(), complete(BadgeDesign.standard()));
        byte[] first = badges.png(b.getId(), "sl", 256);
        assertThat(first).startsWith(0x89, 'P', 'N', 'G');
        String fingerprint = renders.findByBadgeIdAndLanguageAndSize(b.getId(), "sl", 256)
                .orElseThrow()
                .getFingerprint();
        assertThat(badges.png(b.getId(), "sl", 256)).isEqualTo(first);
        badges.save(
                b.getId(), saved.getVersion(), complete(BadgeDesign.standard().withFill("#AD1457", null)));
        assertThat(badges.png(b.getId(), "sl", 256)).isNotEqualTo(first);
        assertThat(renders.findByBadgeIdAndLanguageAndSize(b.getId(), "sl", 256)
                        .orElseThrow()
                        .getFingerprint())
                .isNotEqualTo(fingerprint);
    }
}
