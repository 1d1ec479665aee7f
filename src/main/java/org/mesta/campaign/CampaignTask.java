package org.mesta.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.mesta.base.AbstractEntity;

/** One item of a campaign's checklist: who does it, by when, and whether it is done. */
@Entity
@Table(name = "campaign_task")
public class CampaignTask extends AbstractEntity {

    private Long campaignId;
    private String title;
    private Long assigneeId;
    private LocalDate dueOn;
    private boolean done;
    private int sortOrder;

    protected CampaignTask() {}

    CampaignTask(long campaignId, int sortOrder) {
        this.campaignId = campaignId;
        this.sortOrder = sortOrder;
    }

    void edit(String title, Long assigneeId, LocalDate dueOn, boolean done) {
        this.title = title.trim();
        this.assigneeId = assigneeId;
        this.dueOn = dueOn;
        this.done = done;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return done;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
