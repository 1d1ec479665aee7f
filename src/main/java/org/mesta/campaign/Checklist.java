package org.mesta.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignEvents.PeopleNotified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A campaign's task checklist: tasks go to team members only, stale edits are refused, and whoever is given a
 * task hears of it. Called by ChecklistService, which has checked that the caller is on the team.
 */
@Component
class Checklist {

    private final CampaignTaskRepository tasks;
    private final History history;
    private final ApplicationEventPublisher events;

    Checklist(CampaignTaskRepository tasks, History history, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.history = history;
        this.events = events;
    }

    List<CampaignTask> of(long campaignId) {
        return tasks.findByCampaignIdOrderBySortOrderAsc(campaignId);
    }

    /** The tasks of many campaigns at once (a board), by campaign. */
    Map<Long, List<CampaignTask>> of(List<Long> campaignIds) {
        return campaignIds.isEmpty()
                ? Map.of()
                : tasks.findByCampaignIdIn(campaignIds).stream()
                        .collect(Collectors.groupingBy(CampaignTask::getCampaignId));
    }

    CampaignTask find(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new UserError("error.not-found"));
    }

    CampaignTask add(Campaign c, String title, Long assigneeId, LocalDate dueOn) {
        CampaignTask t = new CampaignTask(c.getId(), tasks.lastPosition(c.getId()) + 1);
        edit(c, t, title, assigneeId, dueOn, false);
        t = tasks.saveAndFlush(t);
        history.log(c, "campaign.activity.task-added", List.of(t.getTitle()));
        return t;
    }

    CampaignTask save(
            Campaign c, CampaignTask t, long version, String title, Long assigneeId, LocalDate dueOn, boolean done) {
        if (t.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CampaignTask.class, t.getId());
        }
        boolean wasDone = t.isDone();
        edit(c, t, title, assigneeId, dueOn, done);
        if (done != wasDone) {
            history.log(
                    c, done ? "campaign.activity.task-done" : "campaign.activity.task-reopened", List.of(t.getTitle()));
        }
        return tasks.saveAndFlush(t);
    }

    void delete(Campaign c, CampaignTask t) {
        tasks.delete(t);
        history.log(c, "campaign.activity.task-removed", List.of(t.getTitle()));
    }

    private void edit(Campaign c, CampaignTask t, String title, Long assigneeId, LocalDate dueOn, boolean done) {
        if (title == null || title.isBlank()) {
            throw new UserError("error.required");
        }
        if (title.length() > 300) {
            throw new UserError("campaign.error.too-long");
        }
        if (assigneeId != null && !c.isMember(assigneeId)) {
            throw new UserError("campaign.error.assignee");
        }
        Long before = t.getAssigneeId();
        t.edit(title, assigneeId, dueOn, done);
        MestaUser me = MestaUser.require();
        if (assigneeId != null && !assigneeId.equals(before) && assigneeId != me.accountId()) {
            events.publishEvent(new PeopleNotified(
                    Set.of(assigneeId), c.getId(), c.getTitle(), me.displayName(), "notice.campaign.task"));
        }
    }
}
