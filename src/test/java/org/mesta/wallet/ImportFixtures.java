package org.mesta.wallet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.mesta.SignedIn;
import org.mesta.badge.Award;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.Role;
import org.mesta.security.AccountService;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Badges from outside Mesta, a fresh learner to hold them, and a loopback "issuer website" for hosted 2.0. */
public final class ImportFixtures {

    private ImportFixtures() {}

    /** A new learner account (so tests never change the demo accounts' wallets); returns its e-mail address. */
    public static String newLearner(UserDetailsService users, AccountService accounts) {
        long city = SignedIn.as(users, SignedIn.LEARNER, () -> accounts.me().getCityId());
        String email = "import-" + UUID.randomUUID() + "@example.org";
        SignedIn.run(
                users,
                SignedIn.NETWORK_ADMIN,
                () -> accounts.createAccount(
                        email, "Importing Learner", "long enough pw", city, "en", Set.of(Role.LEARNER)));
        return email;
    }

    /** An Open Badges 3.0 credential of an organisation outside Mesta, to this address, signed by its issuer. */
    public static String signedElsewhere(OutsideIssuer issuer, String recipient, String name) {
        String[] contexts = OutsideIssuer.contexts();
        String unsigned = """
                {"@context": ["%s", "%s"], "id": "https://badges.tartu.example/credentials/%s",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "%s", "type": ["Profile"], "name": "Tartu Youth Council", "url": "https://tartu.example"},
                 "validFrom": "2026-03-14T10:00:00Z", "name": "%s",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityHash": "%s", "identityType": "emailAddress",
                                   "hashed": true, "salt": "pepper"}],
                   "achievement": {"id": "https://tartu.example/achievements/1", "type": ["Achievement"],
                                   "name": "%s", "description": "Led a youth council meeting.",
                                   "criteria": {"narrative": "Chair one meeting."}}}}
                """.formatted(
                contexts[0], contexts[1], UUID.randomUUID(), issuer.did(), name, Award.hash(recipient, "pepper"), name);
        return issuer.sign(unsigned, Instant.parse("2026-03-14T10:00:00Z"));
    }

    /** A small PNG without any badge in it. */
    public static byte[] plainPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A loopback web server answering each path with what the test puts in {@link #routes}. */
    public static final class Site implements AutoCloseable {

        public interface Route {
            void answer(HttpExchange exchange) throws IOException;
        }

        public final Map<String, Route> routes = new ConcurrentHashMap<>();
        private final HttpServer server;

        public Site() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    Route r = routes.get(exchange.getRequestURI().getPath());
                    if (r == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        r.answer(exchange);
                    }
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }

        public String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        public void json(String path, String body) {
            routes.put(
                    path, exchange -> send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }

        public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        /** A hosted 2.0 assertion at /assertions/{n}, its badge class and issuer, for this recipient (hashed). */
        public String hostedBadge(String n, String recipient, String badgeName) {
            String assertion = url("/assertions/" + n);
            json("/assertions/" + n, """
                    {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "%s",
                     "recipient": {"type": "email", "hashed": true, "salt": "s%s", "identity": "%s"},
                     "badge": "%s", "issuedOn": "2025-11-02T09:00:00Z",
                     "verification": {"type": "HostedBadge"}}
                    """.formatted(assertion, n, Award.hash(recipient, "s" + n), url("/badges/" + n)));
            json("/badges/" + n, """
                    {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "%s",
                     "name": "%s", "description": "Volunteered.", "image": "%s", "criteria": {"narrative": "Help."},
                     "issuer": "%s"}
                    """.formatted(
                            url("/badges/" + n), badgeName, url("/badges/" + n + ".png"), url("/issuer")));
            json("/issuer", """
                    {"@context": "https://w3id.org/openbadges/v2", "type": "Issuer", "id": "%s",
                     "name": "Riga Volunteer Centre", "url": "%s", "email": "badges@riga.example"}
                    """.formatted(url("/issuer"), url("/")));
            return assertion;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
