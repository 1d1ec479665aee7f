package org.mesta.badge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying for a badge with evidence: a learner applies, the organisation's reviewers read the evidence and
 * approve (the badge is awarded) or give the application back with feedback.
 */
@Service
public class BadgeApplicationService {

    private final BadgeApplicationRepository applications;
    private final AwardRepository awards;
    private final BadgeRepository badgeRows;
    private final Issuing issuing;
    private final ApplicationEventPublisher events;
    private final AccountService accounts;
    private final Clock clock;

    BadgeApplicationService(
            AccountService accounts,
            BadgeApplicationRepository applications,
            AwardRepository awards,
            BadgeRepository badgeRows,
            Issuing issuing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.applications = applications;
        this.awards = awards;
        this.badgeRows = badgeRows;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    /** A learner applies for a published badge with evidence; the organisation's reviewers are told. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public BadgeApplication apply(long badgeId, String text, String url, byte[] file, String fileName) {
        MestaUser me = MestaUser.require();
        if (accounts.me().isLimited()) {
            // Under the age of digital consent, applying (which sends evidence to an organisation) waits for a
            // guardian.
            throw new UserError("rights.apply.limited");
        }
        Badge badge = badgeRows
                .findById(badgeId)
                .filter(b -> b.getStatus() == BadgeStatus.PUBLISHED)
                .orElseThrow(() -> new UserError("error.not-found"));
        String evidence = text == null ? "" : text.strip();
        if (evidence.isEmpty()) throw new UserError("application.error.text-required");
        if (evidence.length() > 4000) throw new UserError("badge.error.too-long");
        String link = url == null || url.isBlank() ? null : url.strip();
        if (link != null && !BadgeDraft.isWebAddress(link)) throw new UserError("badge.error.url");
        String type = null;
        if (file != null && file.length > 0) {
            if (file.length > MAX_EVIDENCE_BYTES)
                throw new UserError("application.error.file-size", MAX_EVIDENCE_BYTES / 1024 / 1024);
            type = evidenceType(file);
            if (type == null) throw new UserError("application.error.file-type");
        }
        if (applications.existsByBadgeIdAndAccountIdAndStatus(
                badgeId, me.accountId(), BadgeApplication.Status.PENDING)) {
            throw new UserError("application.error.pending");
        }
        if (awards.existsByBadgeIdAndRecipientEmailAndRevokedAtIsNull(badgeId, Award.normalise(me.email()))) {
            throw new UserError("claim.error.already");
        }
        String name = fileName == null ? null : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        BadgeApplication a = applications.save(new BadgeApplication(
                badge,
                me.accountId(),
                me.displayName(),
                Award.normalise(me.email()),
                me.language(),
                evidence,
                link,
                type == null ? null : file,
                type == null ? null : (name == null || name.isBlank() ? "evidence" : name),
                type,
                clock.instant()));
        events.publishEvent(new BadgeEvents.ApplicationSubmitted(
                a.getId(),
                badgeId,
                badge.getOrganisationId(),
                badge.texts(badge.texts().keySet().stream().findFirst().orElse("en"))
                        .name(),
                me.displayName()));
        return a;
    }

    /** PDF, PNG or JPEG, by content. */
    private static String evidenceType(byte[] f) {
        return Bytes.isPdf(f)
                ? "application/pdf"
                : Bytes.isPng(f) ? "image/png" : Bytes.isJpeg(f) ? "image/jpeg" : null;
    }

    /** The applications for one badge, for its organisation's reviewers (evidence included). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<BadgeApplication> applications(long badgeId) {
        issuing.issuable(badgeId);
        return applications.findByBadgeIdOrderBySubmittedAtAsc(badgeId);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Award approve(long applicationId, long version) {
        BadgeApplication app = reviewable(applicationId, version);
        Badge badge = issuing.issuable(app.getBadgeId());
        Award award = issuing.issue(badge, app.getEmail(), app.getAccountId(), app.getLanguage(), null, true);
        app.approve(MestaUser.require().accountId(), award.getPublicId(), clock.instant());
        applications.saveAndFlush(app);
        events.publishEvent(new BadgeEvents.ApplicationDecided(
                app.getId(),
                badge.getId(),
                app.getAccountId(),
                badge.texts(app.getLanguage()).name(),
                true,
                null,
                award.getPublicId()));
        return award;
    }

    /** Returns an application with feedback (required): the learner can add to the evidence and apply again. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public BadgeApplication giveBack(long applicationId, long version, String feedback) {
        BadgeApplication app = reviewable(applicationId, version);
        if (feedback == null || feedback.isBlank()) throw new UserError("application.error.feedback-required");
        if (feedback.strip().length() > 2000) throw new UserError("error.too-long");
        app.giveBack(MestaUser.require().accountId(), feedback.strip(), clock.instant());
        Badge badge = badgeRows.findById(app.getBadgeId()).orElseThrow();
        events.publishEvent(new BadgeEvents.ApplicationDecided(
                app.getId(),
                badge.getId(),
                app.getAccountId(),
                badge.texts(app.getLanguage()).name(),
                false,
                app.getFeedback(),
                null));
        return applications.saveAndFlush(app);
    }

    /** The evidence file: for the applicant and the organisation's reviewers only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Evidence> evidenceFile(long applicationId) {
        BadgeApplication app = applications.findById(applicationId).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser me = MestaUser.require();
        boolean reviewer = me.has(Role.PROVIDER) && me.issuesFor(app.getOrganisationId());
        if (!reviewer && me.accountId() != app.getAccountId()) {
            throw new AccessDeniedException("not your application " + applicationId);
        }
        return app.getEvidenceFile() == null
                ? Optional.empty()
                : Optional.of(
                        new Evidence(app.getEvidenceFile(), app.getEvidenceFileName(), app.getEvidenceFileType()));
    }

    public record Evidence(byte[] bytes, String fileName, String type) {}

    private BadgeApplication reviewable(long applicationId, long version) {
        BadgeApplication app = applications.findById(applicationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().issuesFor(app.getOrganisationId())) {
            throw new AccessDeniedException("not an issuer for this application " + applicationId);
        }
        if (app.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(BadgeApplication.class, applicationId);
        }
        if (app.getStatus() != BadgeApplication.Status.PENDING) {
            throw new UserError("application.error.decided");
        }
        return app;
    }
}
