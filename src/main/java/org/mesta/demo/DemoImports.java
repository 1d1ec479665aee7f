package org.mesta.demo;

import java.time.Instant;
import java.util.UUID;
import org.mesta.badge.Award;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.MestaUser;
import org.mesta.wallet.WalletImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
        var user = users.loadUserByUsername(LEARNER);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            if (imports.mine().isEmpty())
                imports.importText(credential(MestaUser.require().email()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static String credential(String recipient) {
        OutsideIssuer tallinn = OutsideIssuer.generate();
        String[] contexts = OutsideIssuer.contexts();
        String salt = UUID.randomUUID().toString();
        String unsigned = """
                {"@context": ["%s", "%s"],
                 "id": "urn:uuid:%s",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "%s", "type": ["Profile"], "name": "Tallinn Youth Work Centre",
                            "url": "https://noortekeskus.tallinn.example"},
                 "validFrom": "2025-08-22T14:00:00Z",
                 "name": "Digital Storytelling: Foundation",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityHash": "%s", "identityType": "emailAddress",
                                   "hashed": true, "salt": "%s"}],
                   "achievement": {"id": "https://noortekeskus.tallinn.example/badges/digital-storytelling-1",
                                   "type": ["Achievement"], "name": "Digital Storytelling: Foundation",
                                   "description": "Planned, filmed and edited a three-minute story about their neighbourhood in a summer youth exchange.",
                                   "criteria": {"narrative": "Took part in all five workshop days and presented the finished story to the group."}}}}
                """.formatted(
                        contexts[0], contexts[1], UUID.randomUUID(), tallinn.did(), Award.hash(recipient, salt), salt);
        return tallinn.sign(unsigned, Instant.parse("2025-08-22T14:00:00Z"));
    }
}
