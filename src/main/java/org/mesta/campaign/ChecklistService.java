package org.mesta.campaign;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's task checklist: read by everyone on the city's board, kept by the campaign's team. */
@Service
public class ChecklistService {

    private final CampaignAccess access;
    private final Checklist checklist;

    ChecklistService(CampaignAccess access, Checklist checklist) {
        this.access = access;
        this.checklist = checklist;
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<CampaignTask> tasks(long campaignId) {
        access.visible(campaignId);
        return checklist.of(campaignId);
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public CampaignTask addTask(long campaignId, String title, Long assigneeId, LocalDate dueOn) {
        Campaign c = access.member(campaignId);
        CampaignTask t = checklist.add(c, title, assigneeId, dueOn);
        access.changed(c);
        return t;
    }

    /** Changes a task; a stale version (someone else changed it meanwhile) is refused, not merged. */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public CampaignTask saveTask(
            long taskId, long version, String title, Long assigneeId, LocalDate dueOn, boolean done) {
        CampaignTask t = checklist.find(taskId);
        Campaign c = access.member(t.getCampaignId());
        CampaignTask saved = checklist.save(c, t, version, title, assigneeId, dueOn, done);
        access.changed(c);
        return saved;
    }

    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public void deleteTask(long taskId) {
        CampaignTask t = checklist.find(taskId);
        Campaign c = access.member(t.getCampaignId());
        checklist.delete(c, t);
        access.changed(c);
    }
}
