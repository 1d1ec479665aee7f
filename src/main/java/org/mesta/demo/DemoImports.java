package org.mesta.demo;

import java.time.Instant;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.MestaUser;
import org.mesta.wallet.WalletImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo learner's badge from elsewhere: an Open Badges 3.0 credential of an organisation outside Mesta (a
 * Tallinn youth centre), signed with that organisation's own key and imported through the wallet like any learner
 * would. Its verdict is the true one: intact, signed by an issuer Mesta does not know. Made once.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoImports implements ApplicationRunner {

    static final String LEARNER = "learner@mesta.example";

    private final WalletImport imports;
    private final UserDetailsService users;

    DemoImports(WalletImport imports, UserDetailsService users) {
        this.imports = imports;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoSignIn.asAccount(users, LEARNER, () -> {
            if (imports.mine().isEmpty())
                imports.importText(credential(MestaUser.require().email()));
        });
    }

    static String credential(String recipient) {
        return OutsideIssuer.generate()
                .credential(
                        new OutsideIssuer.Achievement(
                                "Tallinn Youth Work Centre",
                                "https://noortekeskus.tallinn.example",
                                "https://noortekeskus.tallinn.example/badges/digital-storytelling-1",
                                "Digital Storytelling: Foundation",
                                "Planned, filmed and edited a three-minute story about their neighbourhood in a summer"
                                        + " youth exchange.",
                                "Took part in all five workshop days and presented the finished story to the group.",
                                Instant.parse("2025-08-22T14:00:00Z")),
                        recipient);
    }
}
