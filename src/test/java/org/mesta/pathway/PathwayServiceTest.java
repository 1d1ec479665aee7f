package org.mesta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.Test;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.Organisation;
import org.mesta.security.OrganisationRole;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Composing and moderating pathways, and who may not. */
class PathwayServiceTest extends PathwayTests {

    @Test
    void organiser_composes_moderator_approves_and_the_city_page_lists_it_with_its_route() {
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        p = pathways.save(p.getId(), p.getVersion(), content("Zelena pot", b));
        assertThat(p.getStatus()).isEqualTo(PathwayStatus.DRAFT);
        p = pathways.submit(p.getId(), p.getVersion());

        as(users, MODERATOR);
        assertThat(pathways.queue()).extracting(Pathway::getId).contains(p.getId());
        assertThat(pathways.queueCount()).isPositive();
        pathways.decide(p.getId(), p.getVersion(), PathwayStatus.PUBLISHED, null);
        assertThat(pathways.queue()).extracting(Pathway::getId).doesNotContain(p.getId());

        SecurityContextHolder.clearContext();
        var shown = publicPathways.find(p.getId(), "sl").orElseThrow();
        assertThat(shown.title()).isEqualTo("Zelena pot");
        assertThat(shown.steps()).hasSize(3).allMatch(s -> s.isPresent());
        assertThat(shown.route()).hasSize(1); // the opportunity has a place; badges have none
        assertThat(publicPathways.publishedIn(ljubljana(), "en")).anySatisfy(card -> {
            assertThat(card.id()).isEqualTo(shown.id());
            assertThat(card.title()).isEqualTo("Zelena pot (en)");
            assertThat(card.steps()).isEqualTo(3);
        });
        assertThat(publicPathways.publicPages()).extracting(x -> x.path()).contains("pathways/" + p.getId());
    }

    @Test
    void a_submission_names_every_missing_part_by_its_field() {
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        assertThatThrownBy(() -> pathways.submit(p.getId(), p.getVersion()))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field)
                                .contains("title.sl", "story.sl", "theme", "steps", "milestone"));
    }

    @Test
    void a_group_asking_for_more_than_it_has_and_a_foreign_milestone_are_refused() {
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        PathwayContent c = content("Napačna skupina", b);
        PathwayContent wrong = new PathwayContent(
                c.title(),
                c.story(),
                c.theme(),
                null,
                c.steps(),
                java.util.List.of(new PathwayContent.StepGroup(1, 3)),
                c.steps().getFirst().targetId() + 1_000_000);
        Pathway saved = pathways.save(p.getId(), p.getVersion(), wrong);
        assertThatThrownBy(() -> pathways.submit(saved.getId(), saved.getVersion()))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::key)
                                .contains("pathway.error.group", "pathway.error.milestone"));
    }

    @Test
    void a_stale_edit_is_refused_and_a_waiting_pathway_cannot_be_edited() {
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        Pathway first = pathways.save(p.getId(), p.getVersion(), content("Prva", b));
        assertThatThrownBy(() -> pathways.save(p.getId(), p.getVersion(), content("Druga", b)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Pathway submitted = pathways.submit(first.getId(), first.getVersion());
        assertThatThrownBy(() -> pathways.save(submitted.getId(), submitted.getVersion(), content("Tretja", b)))
                .isInstanceOf(UserError.class)
                .hasMessage("pathway.error.not-editable");
    }

    @Test
    void a_published_pathway_stays_as_it_was_until_its_revision_is_approved() {
        Pathway p = published("Objavljena", newBadges());
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway revised = pathways.save(p.getId(), pathways.get(p.getId()).getVersion(), content("Popravljena", b));
        revised = pathways.submit(revised.getId(), revised.getVersion());
        SecurityContextHolder.clearContext();
        assertThat(publicPathways.find(p.getId(), "sl").orElseThrow().title()).isEqualTo("Objavljena");
        as(users, MODERATOR);
        pathways.decide(p.getId(), revised.getVersion(), PathwayStatus.CHANGES_REQUESTED, "Dodajte zgodbo.");
        SecurityContextHolder.clearContext();
        assertThat(publicPathways.find(p.getId(), "sl").orElseThrow().title()).isEqualTo("Objavljena");
    }

    @Test
    void a_moderator_must_give_a_reason_to_send_back() {
        Badges b = newBadges();
        as(users, PROVIDER);
        Pathway p = pathways.create(providersOrganisation());
        p = pathways.save(p.getId(), p.getVersion(), content("Brez razloga", b));
        Pathway submitted = pathways.submit(p.getId(), p.getVersion());
        as(users, MODERATOR);
        assertThatThrownBy(
                        () -> pathways.decide(submitted.getId(), submitted.getVersion(), PathwayStatus.REJECTED, " "))
                .isInstanceOf(UserError.class)
                .hasMessage("moderation.error.reason-required");
    }

    @Test
    void a_provider_of_another_organisation_a_moderator_of_another_city_and_a_learner_are_refused() {
        Badges b = newBadges();
        as(users, PROVIDER);
        long mine = providersOrganisation();
        Pathway p = pathways.create(mine);
        Pathway saved = pathways.save(p.getId(), p.getVersion(), content("Tuja", b));
        Pathway submitted = pathways.submit(saved.getId(), saved.getVersion());

        long other = account("pathway.other.provider@example.org", "ljubljana", Role.PROVIDER);
        as(users, NETWORK_ADMIN);
        Organisation otherOrg = cities.organisationsOfCity(ljubljana()).stream()
                .filter(o -> o.getId() != mine)
                .findFirst()
                .orElseThrow();
        accounts.addMember(otherOrg.getId(), other, OrganisationRole.EDITOR);
        as(users, "pathway.other.provider@example.org");
        assertThatThrownBy(() -> pathways.get(submitted.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.create(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.setImage(submitted.getId(), new byte[] {1}))
                .isInstanceOf(AccessDeniedException.class);

        account("pathway.mb.moderator@example.org", "maribor", Role.MODERATOR);
        as(users, "pathway.mb.moderator@example.org");
        assertThat(pathways.queue()).extracting(Pathway::getId).doesNotContain(submitted.getId());
        assertThatThrownBy(
                        () -> pathways.decide(submitted.getId(), submitted.getVersion(), PathwayStatus.PUBLISHED, null))
                .isInstanceOf(AccessDeniedException.class);

        as(users, LEARNER);
        assertThatThrownBy(() -> pathways.create(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> pathways.decide(submitted.getId(), submitted.getVersion(), PathwayStatus.PUBLISHED, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_city_admin_composes_a_city_wide_pathway_and_a_provider_may_not() {
        as(users, CITY_ADMIN);
        Pathway p = pathways.create(null);
        assertThat(p.getOrganisationId()).isNull();
        assertThat(pathways.mine()).extracting(Pathway::getId).contains(p.getId());
        as(users, PROVIDER);
        assertThatThrownBy(() -> pathways.create(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.get(p.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
