package org.mesta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.mesta.inbox.InboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Learners enrol, progress as badges and check-ins arrive, and receive the milestone badge exactly once. */
class MilestoneTest extends PathwayTests {

    @Autowired
    AwardService awards;

    @Autowired
    PathwayMilestones milestones;

    @Autowired
    PathwayMilestoneRepository milestoneRows;

    @Autowired
    InboxService inbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    List<PersonalData> personalData;

    @Test
    void the_step_badges_arriving_award_the_milestone_once_even_when_counted_twice_and_at_once() throws Exception {
        Badges b = newBadges();
        Pathway p = published("Do mejnika", b);
        String email = "pathway.learner1@example.org";
        long learner = account(email, "ljubljana", Role.LEARNER);
        as(users, email);
        enrolments.enrol(p.getId());
        enrolments.enrol(p.getId()); // twice: still one enrolment
        assertThat(enrolments.mine("sl")).hasSize(1);
        assertThat(enrolments.progress(p.getId(), "sl").orElseThrow().next()).isZero();

        as(users, PROVIDER);
        awards.award(b.step(), List.of(email), "sl");
        awards.award(b.other(), List.of(email), "sl");

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> milestoneAwards(b, email) == 1);
        as(users, email);
        assertThat(enrolments.mine("sl").getFirst().progress().complete()).isTrue();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> as(
                        users,
                        email,
                        () -> inbox.recent(20).stream()
                                .anyMatch(n -> n.messageKey().equals("notice.pathway.step"))));

        // The completing events heard again, twice at once: nothing more is awarded.
        CompletableFuture<?> one =
                CompletableFuture.runAsync(() -> SystemTask.run(() -> milestones.recheck(learner, b.other())));
        CompletableFuture<?> two =
                CompletableFuture.runAsync(() -> SystemTask.run(() -> milestones.recheck(learner, b.other())));
        CompletableFuture.allOf(one, two).get();
        SystemTask.run(() -> milestones.recheck(learner, null));
        assertThat(milestoneAwards(b, email)).isEqualTo(1);
        assertThat(milestoneRows.findByAccountId(learner)).hasSize(1);

        as(users, PROVIDER);
        Award award = awards.awardsOf(b.milestone()).stream()
                .filter(a -> a.getRecipientEmail().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(award.getEvidenceNarrative()).contains("/awards/", "/pathways/" + p.getId());
        assertThat(award.getCredential()).contains("proof");
    }

    @Test
    void concurrent_first_completions_award_exactly_one_milestone() throws Exception {
        Badges b = newBadges();
        Pathway p = published("Hkrati", b);
        String email = "pathway.learner2@example.org";
        long learner = account(email, "ljubljana", Role.LEARNER);
        as(users, email);
        enrolments.enrol(p.getId());
        // The step badges are awarded before anyone counts (the reactions to them race the ones below).
        as(users, PROVIDER);
        awards.award(b.step(), List.of(email), "sl");
        awards.award(b.other(), List.of(email), "sl");
        List<CompletableFuture<Void>> racing = IntStream.range(0, 4)
                .mapToObj(
                        i -> CompletableFuture.runAsync(() -> SystemTask.run(() -> milestones.recheck(learner, null))))
                .toList();
        CompletableFuture.allOf(racing.toArray(CompletableFuture[]::new)).get();
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> milestoneAwards(b, email) >= 1);
        Thread.sleep(500);
        assertThat(milestoneAwards(b, email)).isEqualTo(1);
    }

    @Test
    void a_check_in_completes_an_opportunity_step_and_leaving_ends_the_enrolment() {
        Badges b = newBadges();
        Pathway p = published("Prijava", b);
        String email = "pathway.learner3@example.org";
        long learner = account(email, "ljubljana", Role.LEARNER);
        long opportunity = p.content().steps().get(1).targetId();
        tx.executeWithoutResult(
                s -> events.publishEvent(new TakingPart.CheckedIn(learner, opportunity, Instant.now(), "Delavnica")));
        as(users, email);
        enrolments.enrol(p.getId());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(
                        users,
                        email,
                        () -> enrolments
                                .progress(p.getId(), "sl")
                                .orElseThrow()
                                .done()
                                .get(1)));
        as(users, email);
        enrolments.leave(p.getId());
        assertThat(enrolments.mine("sl")).isEmpty();
    }

    @Test
    void my_data_lists_enrolments_and_deleting_the_account_removes_them() {
        Pathway p = published("Moji podatki", newBadges());
        String email = "pathway.learner4@example.org";
        long learner = account(email, "ljubljana", Role.LEARNER);
        as(users, email);
        enrolments.enrol(p.getId());
        PersonalData part = personalData.stream()
                .filter(d -> d.part().equals("pathways"))
                .findFirst()
                .orElseThrow();
        StringBuilder written = new StringBuilder();
        part.export(learner, email, new PersonalData.Sink() {
            public void json(String name, Object value) {
                written.append(name).append(value);
            }

            public void file(String name, byte[] bytes) {}
        });
        assertThat(written).contains("enrolments.json", "pathways/" + p.getId());
        tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(learner, email)));
        assertThat(enrolmentsOf(learner)).isZero();
    }

    @Test
    void only_the_system_awards_milestones_and_only_learners_enrol() {
        as(users, PROVIDER);
        assertThatThrownBy(() -> awards.awardMilestone(1, "x@example.org", "sl", "e"))
                .isInstanceOf(AccessDeniedException.class);
        as(users, NETWORK_ADMIN);
        assertThatThrownBy(() -> awards.awardMilestone(1, "x@example.org", "sl", "e"))
                .isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> enrolments.enrol(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    EnrolmentRepository enrolmentRows;

    long enrolmentsOf(long account) {
        return enrolmentRows.findByAccountIdOrderByEnrolledAtDesc(account).size();
    }

    long milestoneAwards(Badges b, String email) {
        return as(
                users,
                PROVIDER,
                () -> awards.awardsOf(b.milestone()).stream()
                        .filter(a -> a.getRecipientEmail().equals(email))
                        .count());
    }
}
