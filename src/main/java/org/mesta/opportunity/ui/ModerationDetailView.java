package org.mesta.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.Notifications;
import org.mesta.opportunity.ModerationDecision;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Status;

/** One submitted opportunity as the public would see it, what changed since it was last approved, and the decision. */
@Route("moderation/opportunity")
@RolesAllowed(Role.MODERATOR_)
public class ModerationDetailView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OpportunityService service;
    private final ModerationService moderation;
    final TextArea reason = new TextArea();
    final Button approve = new Button();
    final Button requestChanges = new Button();
    final Button reject = new Button();
    private final Div content = new Div();
    private final Div decisionForm = new Div();
    private long id;
    private long version;

    ModerationDetailView(OpportunityService service, ModerationService moderation) {
        this.service = service;
        this.moderation = moderation;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        reason.setLabel(getTranslation("moderation.reason"));
        reason.setHelperText(getTranslation("moderation.reason.helper"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        approve.setText(getTranslation("moderation.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(Status.APPROVED));
        requestChanges.setText(getTranslation("moderation.request-changes"));
        requestChanges.addClickListener(e -> decide(Status.CHANGES_REQUESTED));
        reject.setText(getTranslation("moderation.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(Status.REJECTED));
        decisionForm.add(
                new H3(getTranslation("moderation.decision")),
                reason,
                new HorizontalLayout(approve, requestChanges, reject));
        add(content, decisionForm);
    }

    /** Fills the page for one opportunity; the decision form and its listeners are built once in the constructor. */
    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        content.removeAll();
        Opportunity o = service.get(opportunityId);
        id = o.getId();
        version = o.getVersion();
        ZoneId zone = ZoneId.of(service.cityOf(id).getTimeZone());
        PublicOpportunity preview = service.preview(id);
        content.add(new OpportunityPreview(preview, zone));
        moderation.publishedVersion(id).ifPresent(old -> content.add(changes(old, preview)));

        List<ModerationDecision> history = moderation.decisions(id);
        if (!history.isEmpty()) {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(zone);
            Grid<ModerationDecision> trail = new Grid<>();
            trail.addColumn(d -> date.format(d.getDecidedAt())).setHeader(getTranslation("moderation.when"));
            trail.addColumn(ModerationDecision::getModeratorName).setHeader(getTranslation("moderation.who"));
            trail.addColumn(d -> getTranslation(d.getDecision().translationKey()))
                    .setHeader(getTranslation("moderation.what"));
            trail.addColumn(d -> d.getReason() == null ? "" : d.getReason())
                    .setHeader(getTranslation("moderation.why"));
            trail.setItems(history);
            trail.setAllRowsVisible(true);
            content.add(new H3(getTranslation("moderation.history")), trail);
        }

        reason.clear();
        reason.setInvalid(false);
        boolean pending = o.getStatus() == Status.SUBMITTED;
        decisionForm.setVisible(pending);
        if (!pending) {
            content.add(new Paragraph(getTranslation(
                    "moderation.already-decided", getTranslation(o.getStatus().translationKey()))));
        }
    }

    private void decide(Status decision) {
        if (decision != Status.APPROVED && reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("moderation.error.reason-required"));
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        if (Notifications.attempt(() -> moderation.decide(id, version, decision, reason.getValue()))) {
            Notifications.success(getTranslation("moderation.decided", getTranslation(decision.translationKey())));
            getUI().ifPresent(ui -> ui.navigate(ModerationQueueView.class));
        }
    }

    /** The fields that differ between the approved version and this revision, side by side. */
    private Div changes(PublicOpportunity before, PublicOpportunity after) {
        String lang = TranslationProvider.tag(getLocale());
        record Change(String field, String before, String after) {}
        List<Change> list = new ArrayList<>();
        compare(
                list,
                "opportunity.field.title-short",
                before.texts(lang).title(),
                after.texts(lang).title(),
                Change::new);
        compare(
                list,
                "opportunity.preview.summary",
                before.texts(lang).summary(),
                after.texts(lang).summary(),
                Change::new);
        compare(
                list,
                "opportunity.preview.description",
                before.texts(lang).description(),
                after.texts(lang).description(),
                Change::new);
        compare(
                list,
                "opportunity.preview.when",
                String.valueOf(before.startsAt()) + " – " + before.endsAt(),
                String.valueOf(after.startsAt()) + " – " + after.endsAt(),
                Change::new);
        compare(
                list,
                "opportunity.preview.where",
                before.venue() + ", " + before.address() + " " + before.location(),
                after.venue() + ", " + after.address() + " " + after.location(),
                Change::new);
        compare(
                list,
                "opportunity.preview.who",
                before.ageMin() + "–" + before.ageMax(),
                after.ageMin() + "–" + after.ageMax(),
                Change::new);
        compare(
                list,
                "opportunity.preview.cost",
                before.free() + " " + before.price(),
                after.free() + " " + after.price(),
                Change::new);
        compare(
                list,
                "opportunity.preview.join",
                before.joinUrl() + " " + before.joinEmail() + " " + before.joinPhone(),
                after.joinUrl() + " " + after.joinEmail() + " " + after.joinPhone(),
                Change::new);
        compare(
                list,
                "opportunity.field.themes",
                String.valueOf(before.themes()),
                String.valueOf(after.themes()),
                Change::new);
        Div box = new Div(new H3(getTranslation("moderation.changes")));
        box.setId("moderation-changes");
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("moderation.no-changes")));
        } else {
            Grid<Change> grid = new Grid<>();
            grid.addColumn(c -> getTranslation(c.field())).setHeader(getTranslation("moderation.field"));
            grid.addColumn(Change::before).setHeader(getTranslation("moderation.before"));
            grid.addColumn(Change::after).setHeader(getTranslation("moderation.after"));
            grid.setItems(list);
            grid.setAllRowsVisible(true);
            box.add(grid);
        }
        return box;
    }

    private static <C> void compare(
            List<C> list, String field, String before, String after, TriFunction<String, String, String, C> make) {
        if (!Objects.equals(before, after)) {
            list.add(make.apply(field, before, after));
        }
    }

    private interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}
