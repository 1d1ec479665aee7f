package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.inbox.InboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Comments on a campaign's page and the mentions in them. */
@SpringBootTest
@ActiveProfiles("test")
class CommentServiceTest {

    static final String SECOND = "ambassador2@mesta.example";

    @Autowired
    BoardService board;

    @Autowired
    CommentService comments;

    @Autowired
    UserDetailsService users;

    @Autowired
    InboxService inbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Campaign created(String title) {
        as(users, AMBASSADOR);
        return board.create(title, CampaignKind.ADVOCACY, null);
    }

    @Test
    void mentions_reach_the_person_mentioned() {
        Campaign c = created("Mentions");
        comments.comment(c.getId(), "@Bor Ambassador can you call the school? @Nobody Here");
        assertThat(comments.comments(c.getId()))
                .extracting(CampaignComment::getBody)
                .containsExactly("@Bor Ambassador can you call the school? @Nobody Here");
        as(users, SECOND);
        // Notices come after commit, on another thread.
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(50)).anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.campaign.mention");
                    assertThat(n.args()).containsExactly("Ana Ambassador", "Mentions");
                    assertThat(n.link()).isEqualTo("ambassador/campaign/" + c.getId());
                }));
        assertThatThrownBy(() -> comments.comment(c.getId(), "not on the team"))
                .isInstanceOf(AccessDeniedException.class);
        as(users, CITY_ADMIN);
        assertThat(comments.comment(c.getId(), "Great idea!").getAuthorName()).isEqualTo("Cene City Admin");
    }
}
