package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mesta.SignedIn.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.PersonalData;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.security.AccountService;
import org.mesta.security.MyDataService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * "My data" and deleting an account: the download holds every feature's part; deletion removes applications and
 * evidence, keeps awards valid but anonymous (hosted assertion 410 Gone, the organisation's count unchanged).
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountDeletionTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    MyDataService myData;

    @Autowired
    AccountService accounts;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    BadgeApplicationService applications;

    @Autowired
    AwardRepository awardRows;

    @Autowired
    BadgeApplicationRepository applicationRows;

    @Autowired
    OpenBadgesEndpoints endpoints;

    @Autowired
    List<PersonalData> parts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long person(String email) {
        return as(
                        users,
                        NETWORK_ADMIN,
                        () -> accounts.createAccount(
                                email, "Leaving Learner", "long enough pw", null, "en", Set.of(Role.LEARNER)))
                .getId();
    }

    @Test
    void my_data_holds_every_part_with_the_evidence_file_and_the_awards() throws Exception {
        person("exporter@example.org");
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        long other = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        Award award = as(users, PROVIDER, () -> awards.award(badge, List.of("exporter@example.org"), "en"))
                .getFirst();
        as(users, "exporter@example.org");
        BadgeApplication app = applications.apply(other, "What I did.", null, PNG, "proof.png");

        Map<String, byte[]> zip = unzip(myData.download());
        for (PersonalData part : parts) {
            assertThat(zip.keySet()).as(part.part()).anyMatch(name -> name.startsWith(part.part() + "/"));
        }
        assertThat(zip).containsKeys("README.json", "account/profile.json", "badges/applications.json");
        assertThat(zip.get("badges/evidence/" + app.getId() + "-proof.png")).isEqualTo(PNG);
        assertThat(new String(zip.get("badges/awards.json"))).contains(award.getPublicId());
        assertThat(new String(zip.get("account/profile.json"))).contains("exporter@example.org");
    }

    @Test
    void deleting_erases_applications_and_evidence_and_leaves_awards_valid_but_anonymous() throws Exception {
        long id = person("leaver@example.org");
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        long other = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        Award award = as(users, PROVIDER, () -> awards.award(badge, List.of("leaver@example.org"), "en"))
                .getFirst();
        int issued = as(users, PROVIDER, () -> awards.awardsOf(badge)).size();
        as(users, "leaver@example.org");
        applications.apply(other, "Evidence.", null, PNG, "proof.png");
        assertThat(applicationRows.findByAccountIdOrderBySubmittedAtDesc(id)).hasSize(1);

        assertThatThrownBy(() -> myData.deleteMyAccount("wrong password"))
                .isInstanceOf(UserError.class)
                .hasMessage("account.error.wrong-password");
        myData.deleteMyAccount("long enough pw");
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> users.loadUserByUsername("leaver@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(applicationRows.findByAccountIdOrderBySubmittedAtDesc(id)).isEmpty();
        Award kept = awardRows.findByPublicId(award.getPublicId()).orElseThrow();
        assertThat(kept.isRecipientErased()).isTrue();
        assertThat(kept.getRecipientEmail()).isEmpty();
        assertThat(kept.getRecipientAccountId()).isNull();
        // The signed credential contains the salted hash: both stay, so what the person kept still verifies.
        assertThat(kept.getRecipientHash()).isEqualTo(award.getRecipientHash());
        assertThat(kept.getCredential()).isEqualTo(award.getCredential());
        assertThat(as(users, PROVIDER, () -> awards.awardsOf(badge))).hasSize(issued);
        MockMvc http = MockMvcBuilders.standaloneSetup(endpoints).build();
        http.perform(get("/ob/v2/assertions/" + award.getPublicId())).andExpect(status().isGone());
        http.perform(get("/ob/v3/credentials/" + award.getPublicId())).andExpect(status().isGone());
        http.perform(get("/api/awards/" + award.getPublicId() + "/badge.png")).andExpect(status().isNotFound());
    }

    @Test
    void the_last_network_admin_cannot_delete_their_account() {
        as(users, NETWORK_ADMIN);
        assumeThat(accounts.countWithRole(Role.NETWORK_ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> myData.deleteMyAccount(DEMO_PASSWORD))
                .isInstanceOf(UserError.class)
                .hasMessage("rights.error.last-admin");
        assertThat(users.loadUserByUsername(NETWORK_ADMIN)).isNotNull();
    }

    @Test
    void nobody_signed_out_downloads_or_deletes() {
        assertThatThrownBy(myData::download).isNotInstanceOf(UserError.class);
        assertThatThrownBy(() -> myData.deleteMyAccount("x")).isNotInstanceOf(UserError.class);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
