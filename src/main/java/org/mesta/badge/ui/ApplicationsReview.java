package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import org.mesta.badge.BadgeApplication;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.StaleEdit;
import org.springframework.dao.OptimisticLockingFailureException;

/** The applications for one badge, pending first, each with its evidence, approve, or give back with feedback. */
class ApplicationsReview extends Div {

    private final BadgeApplicationService applications;
    private final ZoneId zone;
    private final Runnable decided;
    private long badgeId;

    /**
     * {@code decided} runs after an approval or a return (the awards list changes too), and when someone else
     * answered meanwhile and the reviewer chooses to reload.
     */
    ApplicationsReview(BadgeApplicationService applications, ZoneId zone, Runnable decided) {
        this.applications = applications;
        this.zone = zone;
        this.decided = decided;
        setId("applications");
    }

    void show(long badgeId) {
        this.badgeId = badgeId;
        removeAll();
        var all = applications.applications(badgeId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("issue.applications.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        all.stream()
                .sorted(Comparator.comparing(a -> a.getStatus() != BadgeApplication.Status.PENDING))
                .forEach(app -> add(card(app, when)));
    }

    private Div card(BadgeApplication app, DateTimeFormatter when) {
        Div card = new Div();
        card.addClassNames("mesta-card", "application", LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.MEDIUM);
        Span state = new Span(getTranslation(app.getStatus().translationKey()));
        state.getElement().getThemeList().add("badge");
        card.add(
                new H3(app.getApplicantName() + " \u00B7 " + when.format(app.getSubmittedAt())),
                state,
                new Paragraph(app.getEvidenceText()));
        if (app.getEvidenceUrl() != null) {
            Anchor link = new Anchor(app.getEvidenceUrl(), app.getEvidenceUrl());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            card.add(new Paragraph(link));
        }
        if (app.getEvidenceFileName() != null) {
            Anchor file = new Anchor(
                    "api/applications/" + app.getId() + "/evidence",
                    getTranslation("issue.applications.file", app.getEvidenceFileName()));
            file.getElement().setAttribute("download", true);
            card.add(new Paragraph(file));
        }
        if (app.getFeedback() != null)
            card.add(new Paragraph(getTranslation("application.feedback", app.getFeedback())));
        if (app.getStatus() == BadgeApplication.Status.PENDING) {
            TextField feedback = new TextField(getTranslation("issue.applications.feedback"));
            feedback.setMaxLength(2000);
            feedback.setWidthFull();
            Button approve = new Button(getTranslation("issue.applications.approve"), e -> {
                if (Notifications.attemptChange(() -> applications.approve(app.getId(), app.getVersion()), decided)) {
                    decided.run();
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setAriaLabel(getTranslation("issue.applications.approve-named", app.getApplicantName()));
            Button giveBack = new Button(getTranslation("issue.applications.return"), e -> {
                try {
                    applications.giveBack(app.getId(), app.getVersion(), feedback.getValue());
                    decided.run();
                } catch (UserError ex) {
                    feedback.setErrorMessage(getTranslation(ex.key(), ex.params()));
                    feedback.setInvalid(true);
                } catch (OptimisticLockingFailureException ex) {
                    StaleEdit.tell(decided);
                }
            });
            giveBack.setAriaLabel(getTranslation("issue.applications.return-named", app.getApplicantName()));
            card.add(feedback, new HorizontalLayout(approve, giveBack));
        }
        return card;
    }
}
