package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@ActiveProfiles("test")
class AwardServiceTest {

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    MyBadgesService myBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail smtp;

    @Autowired
    Issuing issuing;

    @Autowired
    StatusLists statusLists;

    @Autowired
    PlatformTransactionManager transactions;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static boolean mentions(MimeMessage m, String text) {
        try {
            return ((String) m.getContent()).contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    private Badge published() {
        as(users, PROVIDER);
        return BadgeTestData.published(badges);
    }

    @Test
    void awards_to_emails_are_all_or_nothing_hashed_in_public_and_mailed() throws Exception {
        Badge b = published();
        assertThatThrownBy(() -> awards.award(b.getId(), List.of("ana@example.org", "not-an-address"), "sl"))
                .isInstanceOf(UserError.class)
                .hasMessage("award.error.email");
        assertThat(awards.awardsOf(b.getId())).isEmpty();

        List<Award> made =
                awards.award(b.getId(), List.of("Ana@Example.org", "bor@example.org", "ana@example.org"), "sl");
        assertThat(made).hasSize(2);
        Award ana = made.getFirst();
        assertThat(ana.getRecipientHash())
                .isEqualTo(Award.hash("ana@example.org", ana.getSalt()))
                .startsWith("sha256$");

        JsonNode assertion = json.readTree(openBadges.assertionJson(ana));
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("recipient").get("identity").asString()).isEqualTo(ana.getRecipientHash());
        assertThat(assertion.toString()).doesNotContain("ana@example.org");
        assertThat(assertion.get("expires"))
                .as("the badge is valid for 24 months")
                .isNotNull();

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        // Sent off the issuing thread, so in any order (and other tests' mail may still be arriving).
        MimeMessage mail = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> mentions(m, "/awards/" + ana.getPublicId()))
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);
        assertThat(mail).as("the recipient's mail").isNotNull();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
        assertThat(mail.getSubject()).isEqualTo("Nova značka zate: Mladi govornik");

        byte[] baked = openBadges.bakedPng(ana);
        assertThat(Baking.unbakePng(baked, Baking.OB2))
                .hasValueSatisfying(
                        text -> assertThat(json.readTree(text).get("id").asString())
                                .endsWith("/ob/v2/assertions/" + ana.getPublicId()));
        assertThat(Baking.unbakeSvg(openBadges.bakedSvg(ana), Baking.OB2)).isPresent();

        awards.revoke(ana.getId(), "Napaka pri vnosu.");
        assertThat(json.readTree(openBadges.assertionJson(
                                openBadges.byPublicId(ana.getPublicId()).orElseThrow()))
                        .get("revoked")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void a_csv_list_is_all_or_nothing() {
        Badge b = published();
        var refused = awards.awardFromCsv(b.getId(), "email\nana@example.org\nwrong\n", "sl");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).extracting(RecipientList.Problem::line).containsExactly(3L);
        assertThat(awards.awardsOf(b.getId())).isEmpty();
        var done = awards.awardFromCsv(b.getId(), "email,language\nana@example.org,sl\nbor@example.org,en\n", "sl");
        assertThat(done.ok()).isTrue();
        assertThat(awards.awardsOf(b.getId()))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.getCredential()).contains("proofValue"));
    }

    @Test
    void a_long_list_whose_signing_fails_midway_on_another_thread_leaves_no_award_and_no_revocation_bit() {
        Badge b = published();
        List<RecipientList.Recipient> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) list.add(new RecipientList.Recipient("l" + i + "@example.org", "sl"));
        // An address the CSV check would refuse: signing it fails on one of the pool's threads, mid-list.
        list.set(41, new RecipientList.Recipient(null, "sl"));
        long org = b.getOrganisationId();
        int bitsBefore =
                statusLists.published(org).map(l -> l.allocated().cardinality()).orElse(0);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(
                        s -> issuing.issueAll(issuing.issuer(issuing.issuable(b.getId())), list, null)))
                .isInstanceOf(NullPointerException.class);
        assertThat(awards.awardsOf(b.getId())).isEmpty();
        assertThat(statusLists
                        .published(org)
                        .map(l -> l.allocated().cardinality())
                        .orElse(0))
                .isEqualTo(bitsBefore);

        // The rows are written in the caller's transaction: when it fails after them, they are gone too.
        list.set(41, new RecipientList.Recipient("l41@example.org", "sl"));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    issuing.issueAll(issuing.issuer(issuing.issuable(b.getId())), list, null);
                    throw new IllegalStateException("after storing");
                }))
                .hasMessage("after storing");
        assertThat(awards.awardsOf(b.getId())).isEmpty();

        // The pool goes on working: the whole list is issued.
        List<Award> issued = tx.execute(s -> issuing.issueAll(issuing.issuer(issuing.issuable(b.getId())), list, null));
        assertThat(issued).hasSize(60).allSatisfy(a -> assertThat(a.getId()).isNotNull());
        assertThat(issued)
                .extracting(Award::getRecipientEmail)
                .containsExactlyElementsOf(
                        list.stream().map(RecipientList.Recipient::email).toList());
        assertThat(awards.awardsOf(b.getId())).hasSize(60);
    }

    @Test
    void learners_redeem_claim_codes_once_within_the_window_and_the_limit() {
        Badge b = published();
        Instant now = Instant.now();
        ClaimCode code =
                awards.createClaimCode(b.getId(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), 1);
        ClaimCode later =
                awards.createClaimCode(b.getId(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), 5);
        assertThatThrownBy(() -> awards.createClaimCode(b.getId(), now, now.minusSeconds(1), 5))
                .isInstanceOf(UserError.class)
                .hasMessage("claim.error.window");

        as(users, LEARNER);
        assertThatThrownBy(() -> awards.redeem("NOPE0-00000"))
                .isInstanceOf(UserError.class)
                .hasMessage("claim.error.unknown");
        assertThatThrownBy(() -> awards.redeem(later.getCode()))
                .isInstanceOf(UserError.class)
                .hasMessage("claim.error.not-yet");
        Award mine = awards.redeem(code.getCode().toLowerCase(Locale.ROOT).replace("-", " "));
        assertThat(mine.getRecipientEmail()).isEqualTo("learner@mesta.example");
        assertThat(myBadges.mine()).extracting(Award::getPublicId).contains(mine.getPublicId());
        assertThatThrownBy(() -> awards.redeem(code.getCode()))
                .isInstanceOf(UserError.class)
                .hasMessage("claim.error.used-up");

        as(users, AMBASSADOR);
        assertThatThrownBy(() -> awards.redeem(code.getCode())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_badge_s_organisation_issues_and_revokes_and_drafts_are_not_awarded() {
        Badge b = published();
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge draft = badges.create(org, BadgeDesign.standard());
        assertThatThrownBy(() -> awards.award(draft.getId(), List.of("a@example.org"), "en"))
                .isInstanceOf(UserError.class)
                .hasMessage("award.error.not-published");
        Award a = awards.award(b.getId(), List.of("cene@example.org"), "en").getFirst();
        as(users, LEARNER);
        assertThatThrownBy(() -> awards.award(b.getId(), List.of("x@example.org"), "en"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.revoke(a.getId(), "x")).isInstanceOf(AccessDeniedException.class);
        as(users, MODERATOR);
        assertThatThrownBy(() -> awards.awardsOf(b.getId())).isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> awards.revoke(a.getId(), " "))
                .isInstanceOf(UserError.class)
                .hasMessage("award.error.reason-required");
    }
}
