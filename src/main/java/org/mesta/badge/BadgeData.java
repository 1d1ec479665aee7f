package org.mesta.badge;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The badge module's share of My data (applications with their evidence files, awards received) and what
 * deleting an account does here: applications and evidence are deleted; awards stay for the organisation's count
 * and the credential's validity, with nothing identifying left (see {@link Award#eraseRecipient}).
 */
@Component
class BadgeData implements PersonalData {

    record ApplicationRow(
            long id,
            long badgeId,
            String status,
            String evidenceText,
            @Nullable String evidenceUrl,
            @Nullable String evidenceFile,
            @Nullable String feedback,
            Instant submittedAt,
            @Nullable String awardPublicId) {}

    record AwardRow(
            String publicId,
            long badgeId,
            long organisationId,
            String recipientEmail,
            String language,
            Instant issuedAt,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable String evidence,
            String assertion,
            @Nullable String credential) {}

    private final BadgeApplicationRepository applications;
    private final AwardRepository awards;
    private final Clock clock;

    BadgeData(BadgeApplicationRepository applications, AwardRepository awards, Clock clock) {
        this.applications = applications;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "badges";
    }

    @Override
    public void export(long accountId, String email, Sink sink) {
        List<ApplicationRow> rows = applications.findByAccountIdOrderBySubmittedAtDesc(accountId).stream()
                .map(a -> {
                    String file = a.getEvidenceFileName() == null
                            ? null
                            : "evidence/" + a.getId() + "-" + a.getEvidenceFileName();
                    if (file != null && a.getEvidenceFile() != null) sink.file(file, a.getEvidenceFile());
                    return new ApplicationRow(
                            a.getId(),
                            a.getBadgeId(),
                            a.getStatus().name(),
                            a.getEvidenceText(),
                            a.getEvidenceUrl(),
                            file,
                            a.getFeedback(),
                            a.getSubmittedAt(),
                            a.getAwardPublicId());
                })
                .toList();
        sink.json("applications", rows);
        var received = new LinkedHashMap<String, AwardRow>();
        for (Award a : mine(accountId, email)) {
            received.put(
                    a.getPublicId(),
                    new AwardRow(
                            a.getPublicId(),
                            a.getBadgeId(),
                            a.getOrganisationId(),
                            a.getRecipientEmail(),
                            a.getLanguage(),
                            a.getIssuedAt(),
                            a.getExpiresAt(),
                            a.getRevokedAt(),
                            a.getEvidenceNarrative(),
                            "/ob/v2/assertions/" + a.getPublicId(),
                            a.getCredential()));
        }
        sink.json("awards", received.values());
    }

    @EventListener
    void erase(AccountDeleted event) {
        applications.deleteByAccount(event.accountId());
        Instant now = clock.instant();
        mine(event.accountId(), event.email()).forEach(a -> a.eraseRecipient(now));
    }

    /** The event carries the e-mail only when it was confirmed (an unproven address never made awards theirs). */
    private List<Award> mine(long accountId, String email) {
        return awards.forRecipient(accountId, email == null || email.isBlank() ? null : Award.normalise(email));
    }
}
