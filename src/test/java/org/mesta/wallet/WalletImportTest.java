package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.Baking;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.base.PersonalData;
import org.mesta.base.UserError;
import org.mesta.security.AccountService;
import org.mesta.wallet.ImportedBadge.Format;
import org.mesta.wallet.ImportedBadge.Verdict;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing badges earned elsewhere: verdicts no friendlier than the check, and refusals that keep nothing. */
@SpringBootTest
@ActiveProfiles("test")
class WalletImportTest {

    static final OutsideIssuer TARTU = OutsideIssuer.generate();

    @Autowired
    WalletImport imports;

    @Autowired
    WalletService wallet;

    @Autowired
    AccountService accounts;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    List<PersonalData> personalData;

    String me;

    @BeforeEach
    void newLearner() {
        me = ImportFixtures.newLearner(users, accounts);
        SignedIn.as(users, me);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String key(Runnable r) {
        try {
            r.run();
        } catch (UserError e) {
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_badge_signed_elsewhere_is_kept_private_as_signed_by_an_issuer_we_do_not_know() {
        var kept = imports.importText(ImportFixtures.signedElsewhere(TARTU, me, "Chairing a meeting"));

        assertThat(kept.verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);
        assertThat(kept.detail()).isEqualTo(TARTU.did());
        assertThat(kept.badgeName()).isEqualTo("Chairing a meeting");
        assertThat(kept.issuerName()).isEqualTo("Tartu Youth Council");
        assertThat(kept.format()).isEqualTo(Format.OB3_JSON);
        WalletService.Item item = wallet.mine().stream()
                .filter(i -> i.imported() != null && i.imported().getId() == kept.id())
                .findFirst()
                .orElseThrow();
        assertThat(item.state()).isEqualTo(State.ACCEPTED);
        assertThat(item.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(item.name()).isEqualTo("Chairing a meeting");
        assertThat(item.award()).isNull();
    }

    @Test
    void the_same_badge_twice_is_refused_with_a_clear_message() {
        String credential = ImportFixtures.signedElsewhere(TARTU, me, "Twice");
        imports.importText(credential);
        assertThat(key(() -> imports.importText(credential))).isEqualTo("wallet.import.error.duplicate");
        assertThat(imports.mine()).hasSize(1);
    }

    @Test
    void someone_else_s_badge_is_refused_and_nothing_is_kept() {
        String theirs = ImportFixtures.signedElsewhere(TARTU, "someone.else@example.org", "Not mine");
        assertThat(key(() -> imports.importText(theirs))).isEqualTo("wallet.import.error.not-yours");
        assertThat(imports.mine()).isEmpty();
        assertThat(wallet.mine()).isEmpty();
    }

    @Test
    void a_changed_credential_is_refused() {
        String changed = ImportFixtures.signedElsewhere(TARTU, me, "Chairing a meeting")
                .replace("Led a youth council meeting.", "Led the United Nations.");
        assertThat(key(() -> imports.importText(changed))).isEqualTo("wallet.import.error.tampered");
        assertThat(imports.mine()).isEmpty();
    }

    @Test
    void one_of_our_own_badges_is_recognised_and_not_imported_again() {
        Award ours = SignedIn.as(users, SignedIn.PROVIDER, () -> {
            Badge b = BadgeTestData.published(badges);
            return awards.award(b.getId(), List.of(me), "en").getFirst();
        });
        SignedIn.as(users, me);
        try {
            imports.importText(ours.getCredential());
            throw new AssertionError("imported one of ours");
        } catch (UserError e) {
            assertThat(e.key()).isEqualTo("wallet.import.error.ours");
            assertThat((String) e.params()[0]).isNotBlank();
        }
        assertThat(imports.mine()).isEmpty();
    }

    @Test
    void a_baked_png_from_elsewhere_is_kept_with_its_image() throws Exception {
        byte[] png = Baking.bakePng(
                ImportFixtures.plainPng(), Baking.OB3, ImportFixtures.signedElsewhere(TARTU, me, "Baked"));
        var kept = imports.importFile(png);
        assertThat(kept.format()).isEqualTo(Format.PNG);
        assertThat(kept.verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);

        assertThat(key(() -> {
                    try {
                        imports.importFile(ImportFixtures.plainPng());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .isEqualTo("wallet.import.error.not-baked");
        assertThat(key(() -> imports.importFile("GIF89a not a badge".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("wallet.import.error.file-type");
        assertThat(key(() -> imports.importFile(new byte[WalletImport.MAX_FILE_BYTES + 1])))
                .isEqualTo("wallet.import.error.too-big");
        assertThat(key(() -> imports.importText("{\"hello\": \"world\"}")))
                .isEqualTo("wallet.import.error.not-a-badge");
        assertThat(imports.mine()).hasSize(1);
    }

    @Test
    void a_hosted_badge_imports_by_its_link_and_a_revocation_shows_when_checked_again() throws Exception {
        try (var site = new ImportFixtures.Site()) {
            String link = site.hostedBadge("1", me, "Volunteering weekend");

            var kept = imports.importText(link);

            assertThat(kept.format()).isEqualTo(Format.OB2_URL);
            assertThat(kept.verdict()).isEqualTo(Verdict.UNKNOWN_HOST);
            assertThat(kept.badgeName()).isEqualTo("Volunteering weekend");
            assertThat(kept.issuerName()).isEqualTo("Riga Volunteer Centre");
            assertThat(kept.detail()).isEqualTo(site.url("/issuer"));
            assertThat(key(() -> imports.importText(link))).isEqualTo("wallet.import.error.duplicate");

            site.routes.put(
                    "/assertions/1",
                    exchange -> ImportFixtures.Site.send(exchange, 410, "application/json", new byte[0]));
            assertThat(imports.checkAgain(kept.id()).verdict()).isEqualTo(Verdict.REVOKED);
            site.routes.remove("/assertions/1");
            var gone = imports.checkAgain(kept.id());
            assertThat(gone.verdict()).isEqualTo(Verdict.NOT_VERIFIABLE);
        }
    }

    @Test
    void a_pasted_2_0_assertion_is_checked_against_the_issuer_s_hosted_copy() throws Exception {
        try (var site = new ImportFixtures.Site()) {
            String link = site.hostedBadge("2", me, "Green team");
            String copy =
                    new String(java.net.URI.create(link).toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
            String changed = copy.replace("2025-11-02", "2024-11-02");
            assertThat(key(() -> imports.importText(changed))).isEqualTo("wallet.import.error.tampered");

            var kept = imports.importText(copy);
            assertThat(kept.format()).isEqualTo(Format.OB2_JSON);
            assertThat(kept.verdict()).isEqualTo(Verdict.UNKNOWN_HOST);

            String forSomeoneElse = site.hostedBadge("3", "other@example.org", "Green team");
            assertThat(key(() -> imports.importText(forSomeoneElse))).isEqualTo("wallet.import.error.not-yours");
        }
    }

    @Test
    void fetching_refuses_big_slow_redirected_and_non_json_answers() throws Exception {
        try (var site = new ImportFixtures.Site()) {
            site.routes.put(
                    "/big",
                    exchange -> ImportFixtures.Site.send(
                            exchange, 200, "application/json", new byte[HostedFetch.MAX_BYTES + 10]));
            site.routes.put("/drip", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                var out = exchange.getResponseBody();
                try {
                    for (int i = 0; i < 100; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.io.IOException e) {
                    // the client gave up, as it should
                }
            });
            site.routes.put("/to-private", exchange -> {
                exchange.getResponseHeaders().set("Location", "http://10.0.0.7/assertions/1");
                exchange.sendResponseHeaders(302, -1);
            });
            site.routes.put("/loop", exchange -> {
                exchange.getResponseHeaders().set("Location", "/loop");
                exchange.sendResponseHeaders(302, -1);
            });
            site.routes.put(
                    "/html",
                    exchange -> ImportFixtures.Site.send(
                            exchange, 200, "text/html", "<html>hi</html>".getBytes(StandardCharsets.UTF_8)));

            assertThat(key(() -> imports.importText(site.url("/big")))).isEqualTo("wallet.import.error.fetch-too-big");
            long start = System.nanoTime();
            assertThat(key(() -> imports.importText(site.url("/drip")))).isEqualTo("wallet.import.error.fetch-slow");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
            assertThat(key(() -> imports.importText(site.url("/to-private"))))
                    .isEqualTo("wallet.import.error.fetch-address");
            assertThat(key(() -> imports.importText(site.url("/loop"))))
                    .isEqualTo("wallet.import.error.fetch-redirects");
            assertThat(key(() -> imports.importText(site.url("/html")))).isEqualTo("wallet.import.error.fetch-type");
        }
        assertThat(key(() -> imports.importText("file:///etc/passwd"))).isEqualTo("wallet.import.error.fetch-scheme");
        assertThat(key(() -> imports.importText("ftp://badges.example/a.json")))
                .isEqualTo("wallet.import.error.fetch-scheme");
        assertThat(key(() -> imports.importText("http://user:pw@badges.example/a.json")))
                .isEqualTo("wallet.import.error.fetch-scheme");
        assertThat(key(() -> imports.importText("http://192.168.1.1/assertion.json")))
                .isEqualTo("wallet.import.error.fetch-address");
        assertThat(key(() -> imports.importText("http://[::ffff:169.254.169.254]/latest/meta-data")))
                .isEqualTo("wallet.import.error.fetch-address");
        assertThat(imports.mine()).isEmpty();
    }

    @Test
    void without_the_test_allowance_loopback_is_refused_too() throws Exception {
        HostedFetch production = new HostedFetch(false, java.time.Duration.ofSeconds(5));
        try (var site = new ImportFixtures.Site()) {
            String link = site.hostedBadge("4", me, "Local");
            assertThat(key(() -> production.get(link))).isEqualTo("wallet.import.error.fetch-address");
            assertThat(key(() -> production.get("http://localhost:1/x")))
                    .isEqualTo("wallet.import.error.fetch-address");
        }
    }

    @Test
    void nobody_signed_out_imports_and_nobody_checks_another_s_badge() {
        var kept = imports.importText(ImportFixtures.signedElsewhere(TARTU, me, "Mine"));
        SignedIn.as(users, SignedIn.LEARNER);
        assertThatThrownBy(() -> imports.checkAgain(kept.id())).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> imports.importText("{}"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> imports.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void deleting_the_account_deletes_its_imported_badges_and_my_data_lists_them() throws Exception {
        byte[] png = Baking.bakePng(
                ImportFixtures.plainPng(), Baking.OB3, ImportFixtures.signedElsewhere(TARTU, me, "Exported"));
        var kept = imports.importFile(png);
        long account = MestaUser.require().accountId();

        PersonalData part = personalData.stream()
                .filter(p -> p.part().equals("imported-badges"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> json = new ConcurrentHashMap<>();
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        part.export(account, me, new PersonalData.Sink() {
            public void json(String name, Object value) {
                json.put(name, value);
            }

            public void file(String name, byte[] bytes) {
                files.put(name, bytes);
            }
        });
        assertThat(json.get("imported-badges.json").toString()).contains("Exported", "UNKNOWN_SIGNER");
        assertThat(files.get("imported-" + kept.id() + ".png")).isEqualTo(png);
        assertThat(new String(files.get("imported-" + kept.id() + ".json"), StandardCharsets.UTF_8))
                .contains("Tartu Youth Council");

        List<Integer> left = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(new AccountDeleted(account, me));
            left.add(imports.mine().size());
            s.setRollbackOnly();
        });
        assertThat(left).containsExactly(0);
    }
}
