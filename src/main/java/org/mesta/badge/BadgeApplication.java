package org.mesta.badge;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.Locale;
import org.mesta.base.AbstractEntity;

/** A learner's application for a badge, with evidence, and the reviewer's answer. */
@Entity
public class BadgeApplication extends AbstractEntity {

    public enum Status {
        PENDING,
        APPROVED,
        RETURNED;

        public String translationKey() {
            return "application.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    private Long badgeId;
    private Long organisationId;
    private Long accountId;
    private String applicantName;
    private String email;
    private String language;
    private String evidenceText;
    private String evidenceUrl;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] evidenceFile;

    private String evidenceFileName;
    private String evidenceFileType;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String feedback;
    private Long reviewedBy;
    private Instant submittedAt;
    private Instant reviewedAt;
    private String awardPublicId;

    protected BadgeApplication() {}

    BadgeApplication(
            Badge badge,
            long accountId,
            String applicantName,
            String email,
            String language,
            String text,
            String url,
            byte[] file,
            String fileName,
            String fileType,
            Instant now) {
        this.badgeId = badge.getId();
        this.organisationId = badge.getOrganisationId();
        this.accountId = accountId;
        this.applicantName = applicantName;
        this.email = email;
        this.language = language;
        this.evidenceText = text;
        this.evidenceUrl = url;
        this.evidenceFile = file;
        this.evidenceFileName = fileName;
        this.evidenceFileType = fileType;
        this.status = Status.PENDING;
        this.submittedAt = now;
    }

    void approve(long reviewer, String awardPublicId, Instant now) {
        decide(Status.APPROVED, null, reviewer, now);
        this.awardPublicId = awardPublicId;
    }

    void giveBack(long reviewer, String feedback, Instant now) {
        decide(Status.RETURNED, feedback, reviewer, now);
    }

    private void decide(Status s, String feedback, long reviewer, Instant now) {
        if (status != Status.PENDING) throw new IllegalStateException("already decided");
        this.status = s;
        this.feedback = feedback;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public String getEvidenceFileName() {
        return evidenceFileName;
    }

    byte[] getEvidenceFile() {
        return evidenceFile;
    }

    String getEvidenceFileType() {
        return evidenceFileType;
    }

    public Status getStatus() {
        return status;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAwardPublicId() {
        return awardPublicId;
    }
}
