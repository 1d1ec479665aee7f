package org.mesta.campaign;

import java.time.Instant;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The campaign module's share of My data: campaigns the person started and the comments they wrote. Deleting the
 * account deletes their comments (what someone wrote may say more about them than their name); the campaigns stay,
 * as the team's and the city's work, and the team membership goes with the account row.
 */
@Component
class CampaignData implements PersonalData {

    record CampaignRow(long id, String title, String goal) {}

    record CommentRow(long campaignId, String body, Instant createdAt) {}

    private final CampaignRepository campaigns;
    private final CampaignCommentRepository comments;

    CampaignData(CampaignRepository campaigns, CampaignCommentRepository comments) {
        this.campaigns = campaigns;
        this.comments = comments;
    }

    @Override
    public String part() {
        return "campaigns";
    }

    @Override
    public void export(long accountId, String email, Sink sink) {
        sink.json(
                "started",
                campaigns.findByCreatedBy(accountId).stream()
                        .map(c -> new CampaignRow(c.getId(), c.getTitle(), c.getGoal()))
                        .toList());
        sink.json(
                "comments",
                comments.findByAuthorIdOrderByCreatedAtAsc(accountId).stream()
                        .map(c -> new CommentRow(c.getCampaignId(), c.getBody(), c.getCreatedAt()))
                        .toList());
    }

    @EventListener
    void erase(AccountDeleted event) {
        comments.deleteByAuthor(event.accountId());
    }
}
