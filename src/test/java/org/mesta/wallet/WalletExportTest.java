package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.Baking;
import org.mesta.badge.OutsideIssuer;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Export everything": one ZIP whose files and manifest match the wallet, declined badges left out. */
@SpringBootTest
@ActiveProfiles("test")
class WalletExportTest {

    @Autowired
    WalletExport export;

    @Autowired
    WalletService wallet;

    @Autowired
    WalletImport imports;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_zip_holds_every_kept_and_waiting_badge_with_its_files_and_a_manifest_that_matches() throws Exception {
        String me = ImportFixtures.newLearner(users, accounts);
        SignedIn.run(users, SignedIn.PROVIDER, () -> {
            Badge kept = BadgeTestData.published(badges);
            Badge declined = BadgeTestData.published(badges);
            awards.award(kept.getId(), List.of(me), "en");
            awards.award(declined.getId(), List.of(me), "en");
        });
        SignedIn.as(users, me);
        List<WalletService.Item> items = wallet.mine();
        wallet.decline(items.get(0).entryId());
        wallet.accept(items.get(1).entryId());
        imports.importText(ImportFixtures.signedElsewhere(OutsideIssuer.generate(), me, "From Tartu"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);

        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) files.put(e.getName(), in.readAllBytes());
        }
        JsonNode manifest = JsonMapper.builder().build().readTree(files.get("manifest.json"));
        JsonNode listed = manifest.get("badges");
        assertThat(listed.size()).isEqualTo(2); // the declined one is left out
        int named = 0;
        for (JsonNode b : listed) {
            for (JsonNode f : b.get("files")) {
                assertThat(files).containsKey(f.asString());
                named++;
            }
            assertThat(b.get("state").asString()).isEqualTo("accepted");
        }
        assertThat(files).hasSize(named + 1);
        JsonNode ours = listed.valueStream()
                .filter(b -> b.get("source").asString().equals("mesta"))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("verdict").asString()).isEqualTo("valid");
        String folder = ours.get("folder").asString();
        assertThat(files)
                .containsKeys(
                        folder + "badge.png",
                        folder + "badge.svg",
                        folder + "assertion-ob2.json",
                        folder + "credential-ob3.json");
        assertThat(Baking.unbakePng(files.get(folder + "badge.png"), Baking.OB3))
                .isPresent();
        assertThat(Baking.unbakePng(files.get(folder + "badge.png"), Baking.OB2))
                .isPresent();
        JsonNode imported = listed.valueStream()
                .filter(b -> b.get("source").asString().equals("imported"))
                .findFirst()
                .orElseThrow();
        assertThat(imported.get("name").asString()).isEqualTo("From Tartu");
        assertThat(imported.get("verdict").asString()).isEqualTo("unknown-signer");
        assertThat(imported.get("visibility").asString()).isEqualTo("private");
        assertThat(new String(files.get(imported.get("folder").asString() + "received.json")))
                .contains("Tartu Youth Council");
    }

    @Test
    void nobody_signed_out_exports() {
        assertThatThrownBy(() -> export.write(new ByteArrayOutputStream()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
