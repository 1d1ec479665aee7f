package org.mesta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.wallet.ImportedBadge.Verdict;
import org.mesta.wallet.WalletImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DemoImportsTest {

    @Autowired
    WalletImport imports;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_learner_holds_one_badge_from_elsewhere_with_its_true_verdict() {
        var held = SignedIn.as(users, SignedIn.LEARNER, () -> imports.mine());
        assertThat(held).hasSize(1);
        assertThat(held.getFirst().verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);
        assertThat(held.getFirst().issuerName()).isEqualTo("Tallinn Youth Work Centre");
        assertThat(held.getFirst().detail()).startsWith("did:key:z6Mk");
    }
}
