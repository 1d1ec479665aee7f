package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplication;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.OpenBadgesService;
import org.mesta.inbox.InboxService;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class WalletServiceTest {

    @Autowired
    WalletService wallet;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    InboxService inbox;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    EventPublicationRepository registry;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new badge of the provider's organisation, awarded to the learner; returns its wallet entry's id. */
    long awardedToLearner() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        awards.award(b.getId(), List.of(LEARNER), "en");
        as(users, LEARNER);
        return wallet.mine().stream()
                .filter(i -> i.badge() != null && i.badge().getId().equals(b.getId()))
                .findFirst()
                .orElseThrow()
                .entryId();
    }

    WalletService.Item item(long entryId) {
        return wallet.mine().stream()
                .filter(i -> i.entryId() == entryId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_award_waits_until_the_learner_accepts_it() {
        long entry = awardedToLearner();
        assertThat(item(entry).state()).isEqualTo(State.WAITING);
        assertThat(wallet.waiting()).isPositive();

        wallet.accept(entry);

        assertThat(item(entry).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void a_declined_award_stays_declined_and_can_be_taken_back() {
        long entry = awardedToLearner();
        wallet.decline(entry);
        assertThat(item(entry).state()).isEqualTo(State.DECLINED);
        wallet.accept(entry);
        assertThat(item(entry).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void an_adults_badge_starts_shown_by_link_and_can_be_made_private() {
        long entry = awardedToLearner();
        assertThat(item(entry).visibility()).isEqualTo(Visibility.LINK);
        wallet.show(entry, Visibility.PRIVATE);
        assertThat(item(entry).visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void nobody_answers_for_someone_elses_badge() {
        long entry = awardedToLearner();
        as(users, "learner2@mesta.example");
        assertThatThrownBy(() -> wallet.accept(entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> wallet.show(entry, Visibility.PROFILE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> wallet.share(entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> wallet.certificate(entry)).isInstanceOf(AccessDeniedException.class);
        assertThat(wallet.mine()).noneMatch(i -> i.entryId() == entry);
        as(users, LEARNER);
        assertThat(item(entry).state()).isEqualTo(State.WAITING);
    }

    @Test
    void signed_out_nobody_reads_a_wallet() {
        assertThatThrownBy(() -> wallet.mine())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_private_or_declined_badge_page_is_shown_only_to_its_holder_and_its_issuer() {
        long entry = awardedToLearner();
        String publicId = item(entry).publicId();
        SecurityContextHolder.clearContext();
        assertThat(openBadges.shownAt(publicId))
                .as("shown by link, as it starts")
                .isPresent();

        as(users, LEARNER);
        wallet.show(entry, Visibility.PRIVATE);
        SecurityContextHolder.clearContext();
        assertThat(openBadges.shownAt(publicId)).as("a stranger, signed out").isEmpty();
        as(users, "learner2@mesta.example");
        assertThat(openBadges.shownAt(publicId)).as("another learner").isEmpty();
        as(users, LEARNER);
        assertThat(openBadges.shownAt(publicId)).as("its holder").isPresent();
        as(users, PROVIDER);
        assertThat(openBadges.shownAt(publicId))
                .as("a member of the issuing organisation")
                .isPresent();

        as(users, LEARNER);
        wallet.show(entry, Visibility.PROFILE);
        wallet.decline(entry);
        SecurityContextHolder.clearContext();
        assertThat(openBadges.shownAt(publicId)).as("declined").isEmpty();
        // Verifiers still reach the Open Badges data, which names the recipient only by hash.
        assertThat(openBadges.byPublicId(publicId)).isPresent();
    }

    @Test
    void an_award_to_an_address_without_an_account_stays_visible_by_link() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        Award a = awards.award(b.getId(), List.of("nobody.here@example.org"), "sl")
                .getFirst();
        SecurityContextHolder.clearContext();
        assertThat(openBadges.shownAt(a.getPublicId())).isPresent();
        as(users, "learner2@mesta.example");
        assertThat(openBadges.shownAt(a.getPublicId()))
                .as("a signed-in stranger")
                .isPresent();
    }

    @Autowired
    org.mesta.security.RegistrationService registration;

    @Autowired
    org.mesta.city.CityService cities;

    @Test
    void a_minors_badge_is_private_before_they_ever_open_their_wallet_and_starts_private_in_it() {
        String email = "minor." + System.nanoTime() + "@example.org";
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        // 16 in Slovenia: old enough to consent alone (15), not an adult.
        registration.register(new org.mesta.security.RegistrationDraft(
                "Mia Minor",
                email,
                "long enough pw",
                ljubljana,
                "sl",
                java.time.LocalDate.now().minusYears(16).minusDays(3),
                null,
                true));
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        Award a = awards.award(b.getId(), List.of(email), "sl").getFirst();
        assertThat(openBadges.shownAt(a.getPublicId())).as("the issuer").isPresent();
        SecurityContextHolder.clearContext();
        assertThat(openBadges.shownAt(a.getPublicId()))
                .as("a stranger, signed out")
                .isEmpty();
        as(users, "learner2@mesta.example");
        assertThat(openBadges.shownAt(a.getPublicId())).as("another learner").isEmpty();
    }

    @Test
    void every_award_leaves_a_notice_pointing_to_the_wallet() {
        Award a = WalletTestData.awarded(users, badges, awards, "Obvestilo " + System.nanoTime(), List.of(), LEARNER);
        String name = badges.get(a.getBadgeId()).texts("sl").name();
        as(users, LEARNER);
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20))
                        .filteredOn(n -> n.messageKey().equals("wallet.notice.received"))
                        .anySatisfy(n -> {
                            assertThat(n.args()).containsExactly(name);
                            assertThat(n.link()).isEqualTo("my/badges");
                        }));
    }

    @Test
    void an_approved_application_leaves_its_own_notice_and_no_second_one() {
        String name = "Prijava " + System.nanoTime();
        long badge = WalletTestData.published(users, badges, name, List.of());
        as(users, LEARNER);
        BadgeApplication app = applications.apply(badge, "Sodeloval sem.", null, null, null);
        as(users, PROVIDER);
        applications.approve(app.getId(), app.getVersion());
        as(users, LEARNER);
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20))
                        .anyMatch(n -> n.messageKey().equals("notice.application.approved")
                                && n.args().contains(name)));
        // Every reaction to the approval has run (the award's own notice would have by now).
        await().until(() -> Stream.of(Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED)
                        .mapToInt(registry::countByStatus)
                        .sum()
                == 0);
        assertThat(inbox.recent(20))
                .noneMatch(n -> n.messageKey().equals("wallet.notice.received")
                        && n.args().contains(name));
    }

    @Test
    void add_to_linkedin_fills_linkedins_certification_form() {
        long entry = awardedToLearner();
        wallet.accept(entry);
        WalletService.Item i = item(entry);
        String url = wallet.share(entry).linkedIn();
        assertThat(url).startsWith("https://www.linkedin.com/profile/add?");
        Map<String, String> p = Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(kv -> kv.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
        var issued = i.issuedAt().atZone(java.time.ZoneOffset.UTC);
        assertThat(p)
                .containsEntry("startTask", "CERTIFICATION_NAME")
                .containsEntry("name", i.name())
                .containsEntry("organizationName", i.issuer())
                .containsEntry("issueYear", String.valueOf(issued.getYear()))
                .containsEntry("issueMonth", String.valueOf(issued.getMonthValue()))
                .containsEntry("certId", i.publicId())
                .containsKeys("expirationYear", "expirationMonth");
        assertThat(p.get("certUrl")).endsWith("/awards/" + i.publicId());
        assertThat(wallet.share(entry).embed())
                .contains("href=\"" + p.get("certUrl") + "\"")
                .contains("<img src=");
    }

    @Test
    void the_certificate_is_a_pdf_with_the_holder_and_the_badge_in_the_badges_language() throws Exception {
        String name = "Čuječnost in šah " + System.nanoTime();
        Award a = WalletTestData.awarded(users, badges, awards, name, List.of(), LEARNER);
        as(users, LEARNER);
        long entry = wallet.mine().stream()
                .filter(i -> a.getPublicId().equals(i.publicId()))
                .findFirst()
                .orElseThrow()
                .entryId();
        byte[] pdf = wallet.certificate(entry);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(name, "Lea Learner", "Potrdilo", "/verify?url=");
        }
    }
}
