package org.mesta.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a campaign's history. The message is a translation key with its arguments, so each reader sees
 * it in their own language; arguments that are themselves keys (a stage) start with "#".
 */
@Entity
@Table(name = "campaign_activity")
public class CampaignActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campaignId;
    private String actorName;
    private String messageKey;
    private String args;
    private Instant happenedAt;

    protected CampaignActivity() {}

    CampaignActivity(long campaignId, String actorName, String messageKey, String args, Instant happenedAt) {
        this.campaignId = campaignId;
        this.actorName = actorName;
        this.messageKey = messageKey;
        this.args = args;
        this.happenedAt = happenedAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getMessageKey() {
        return messageKey;
    }

    String getArgs() {
        return args;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
