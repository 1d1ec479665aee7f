package org.mesta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.base.MultilingualText;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A pathway's picture is described in each of the city's languages: saved and loaded per language, needed in every
 * language the pathway has a title in, and read by visitors in theirs, else the city's first, else English.
 */
class PathwayPictureDescriptionTest extends PathwayTests {

    static final MultilingualText BOTH =
            MultilingualText.of(Map.of("sl", "Mladi sadijo drevesa", "en", "Young people planting trees"));

    private Pathway withPicture(Badges b, MultilingualText alt) throws Exception {
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        pathways.setImage(p.getId(), OpportunityServiceTestData.png(800, 450));
        return pathways.save(p.getId(), p.getVersion(), described(content("Drevored", b), alt));
    }

    static PathwayContent described(PathwayContent c, MultilingualText alt) {
        return new PathwayContent(c.title(), c.story(), c.theme(), alt, c.steps(), c.groups(), c.milestoneBadgeId());
    }

    @Test
    void the_description_is_kept_per_language_and_each_visitor_reads_theirs_else_the_city_s_first() throws Exception {
        Pathway p = withPicture(newBadges(), BOTH);
        assertThat(pathways.get(p.getId()).content().imageAlt()).isEqualTo(BOTH);
        p = pathways.submit(p.getId(), p.getVersion());
        as(users, MODERATOR);
        pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
        SecurityContextHolder.clearContext();

        var english = publicPathways.find(p.getId(), "en").orElseThrow();
        assertThat(english.imageAlt()).isEqualTo("Young people planting trees");
        assertThat(english.imageAltLanguage()).isEqualTo("en");
        // Not written in Lithuanian: Ljubljana's first language comes before English.
        var lithuanian = publicPathways.find(p.getId(), "lt").orElseThrow();
        assertThat(lithuanian.imageAlt()).isEqualTo("Mladi sadijo drevesa");
        assertThat(lithuanian.imageAltLanguage()).isEqualTo("sl");
        long id = p.getId();
        assertThat(publicPathways.publishedIn(ljubljana(), "en")).anySatisfy(card -> {
            assertThat(card.id()).isEqualTo(id);
            assertThat(card.imageAlt()).isEqualTo("Young people planting trees");
            assertThat(card.imageAltLanguage()).isEqualTo("en");
        });
    }

    @Test
    void a_picture_needs_a_description_in_every_language_the_pathway_has_a_title_in() throws Exception {
        Pathway p = withPicture(newBadges(), MultilingualText.of(Map.of("sl", "Mladi sadijo drevesa")));
        assertThatThrownBy(() -> pathways.submit(p.getId(), p.getVersion()))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.problems())
                                .filteredOn(x -> x.field().startsWith("imageAlt"))
                                .containsExactly(new Problem("imageAlt.en", "pathway.error.alt-required")));
    }

    @Test
    void a_description_too_long_in_one_language_is_refused_by_that_language() throws Exception {
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        PathwayContent tooLong =
                described(content("Predolgo", b), BOTH.with("en", "x".repeat(PathwayService.MAX_ALT + 1)));
        assertThatThrownBy(() -> pathways.save(p.getId(), p.getVersion(), tooLong))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("imageAlt.en"));
    }

    @Test
    void a_learner_and_a_moderator_may_not_describe_an_organiser_s_picture() throws Exception {
        Pathway p = withPicture(newBadges(), BOTH);
        PathwayContent changed = described(p.content(), MultilingualText.of(Map.of("sl", "Tuj opis")));
        as(users, LEARNER);
        assertThatThrownBy(() -> pathways.save(p.getId(), p.getVersion(), changed))
                .isInstanceOf(AccessDeniedException.class);
        as(users, MODERATOR);
        assertThatThrownBy(() -> pathways.save(p.getId(), p.getVersion(), changed))
                .isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThat(pathways.get(p.getId()).content().imageAlt()).isEqualTo(BOTH);
    }
}
