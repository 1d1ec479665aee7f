package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.Problem;
import org.mesta.base.UserError;
import org.mesta.inbox.InboxService;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The library: ambassadors propose, city admins (network admins for the network) curate. */
@SpringBootTest
@ActiveProfiles("test")
class RecommendationServiceTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    RecommendationService library;

    @Autowired
    UserDetailsService users;

    @Autowired
    InboxService inbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void city_admins_curate_recommendations_ambassadors_propose() {
        as(users, AMBASSADOR);
        Map<String, Recommendation.Words> words = Map.of(
                "en",
                new Recommendation.Words(
                        "Quiet rooms in libraries",
                        "Every library has a quiet room for young people who need a break."),
                "sl",
                new Recommendation.Words("", ""));
        assertThatThrownBy(() -> library.propose(Theme.MENTAL_HEALTH, "", words))
                .isInstanceOf(UserError.class)
                .hasMessage("recommendation.error.source");
        assertThatThrownBy(() -> library.propose(
                        Theme.MENTAL_HEALTH, "Forum", Map.of("en", new Recommendation.Words("Only a title", ""))))
                .isInstanceOf(UserError.class)
                .hasMessage("recommendation.error.words");
        assertThat(library.languages().codes())
                .as("Ljubljana's languages, its first first")
                .containsExactly("sl", "en");
        assertThatThrownBy(() -> library.propose(
                        Theme.MENTAL_HEALTH,
                        "Forum",
                        Map.of("de", new Recommendation.Words("Ruheräume", "Jede Bibliothek hat einen Ruheraum."))))
                .as("words only in a language the city does not speak")
                .isInstanceOf(UserError.class)
                .hasMessage("recommendation.error.words-needed")
                .satisfies(e -> assertThat(((UserError) e).problems())
                        .extracting(Problem::field)
                        .containsExactly("title.sl"));
        Recommendation r = library.propose(Theme.MENTAL_HEALTH, "Youth Forum Ljubljana 2026", words);
        assertThat(r.getStatus()).isEqualTo(Recommendation.Status.PROPOSED);
        assertThat(library.recommendations(null, true))
                .extracting(Recommendation::getId)
                .contains(r.getId());
        assertThat(library.recommendations(null, false))
                .extracting(Recommendation::getId)
                .doesNotContain(r.getId());
        assertThatThrownBy(() -> library.curate(r.getId(), r.getVersion(), true))
                .isInstanceOf(AccessDeniedException.class);

        as(users, SECOND);
        assertThat(library.recommendations(null, true))
                .as("someone else's proposal is not shown")
                .extracting(Recommendation::getId)
                .doesNotContain(r.getId());
        assertThatThrownBy(() -> library.recommendation(r.getId())).isInstanceOf(AccessDeniedException.class);

        as(users, CITY_ADMIN);
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(20))
                        .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.recommendation.proposed")));
        Recommendation curated = library.curate(r.getId(), r.getVersion(), true);
        assertThat(curated.getStatus()).isEqualTo(Recommendation.Status.CURATED);
        assertThatThrownBy(() -> library.curate(r.getId(), r.getVersion(), false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        as(users, SECOND);
        assertThat(library.recommendations(Theme.MENTAL_HEALTH, false))
                .extracting(Recommendation::getId)
                .contains(r.getId());
        assertThat(library.recommendations(null, false))
                .as("network recommendations from the demo data")
                .anySatisfy(x -> assertThat(x.getCityId()).isNull());
        Campaign started = board.create("Quiet rooms", CampaignKind.ADVOCACY, r.getId());
        assertThat(started.getRecommendationIds()).containsExactly(r.getId());
        assertThat(started.getThemes()).containsExactly(Theme.MENTAL_HEALTH);

        as(users, NETWORK_ADMIN);
        Recommendation network = library.propose(
                Theme.INCLUSION,
                "Network assembly 2026",
                Map.of(
                        "en",
                        new Recommendation.Words("Sign language at city events", "City events offer sign language.")));
        assertThat(network.getCityId()).isNull();
        assertThat(network.getStatus()).isEqualTo(Recommendation.Status.CURATED);
        as(users, CITY_ADMIN);
        assertThatThrownBy(() -> library.curate(network.getId(), network.getVersion(), false))
                .as("the network's recommendations are the network admins'")
                .isInstanceOf(AccessDeniedException.class);
    }
}
