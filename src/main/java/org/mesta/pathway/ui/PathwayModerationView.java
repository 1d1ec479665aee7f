package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayStatus;

/**
 * The city's pathways waiting for moderation, oldest first ({@code moderation/pathways}), and one of them to decide
 * ({@code moderation/pathways/<id>}): approve (publish), request changes or reject, with a reason.
 */
@Route("moderation/pathways")
@Menu(title = "nav.pathways.moderation", order = 22, icon = "vaadin:road-branches")
@RolesAllowed(Role.MODERATOR_)
public class PathwayModerationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PathwayService pathways;
    final OrderedList queue = new OrderedList();
    final Div queueBlock = new Div();
    final Div review = new Div();
    final H2 reviewTitle = new H2();
    final Div reviewBody = new Div();
    final TextArea reason = new TextArea();
    final Button approve = new Button();
    final Button changes = new Button();
    final Button reject = new Button();
    final Anchor back = new Anchor("moderation/pathways", "");
    private @Nullable Pathway shown;

    PathwayModerationView(PathwayService pathways) {
        this.pathways = pathways;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        queue.setId("pathway-queue");
        queueBlock.add(new H1(getTranslation("pathway.moderation.title")), queue);
        reason.setId("pathway-reason");
        reason.setLabel(getTranslation("pathway.moderation.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        approve.setText(getTranslation("pathway.moderation.approve"));
        approve.setId("pathway-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(PathwayStatus.PUBLISHED));
        changes.setText(getTranslation("pathway.moderation.changes"));
        changes.setId("pathway-request-changes");
        changes.addClickListener(e -> decide(PathwayStatus.CHANGES_REQUESTED));
        reject.setText(getTranslation("pathway.moderation.reject"));
        reject.setId("pathway-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(PathwayStatus.REJECTED));
        back.setText(getTranslation("pathway.moderation.back"));
        Div buttons = new Div(approve, changes, reject);
        buttons.addClassName("pathway-actions");
        review.add(new Paragraph(back), reviewTitle, reviewBody, reason, buttons);
        add(queueBlock, review);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        if (id == null) {
            shown = null;
            showQueue();
            return;
        }
        Pathway p;
        try {
            p = pathways.get(id);
        } catch (UserError e) {
            throw new NotFoundException();
        }
        show(p);
    }

    void showQueue() {
        queueBlock.setVisible(true);
        review.setVisible(false);
        queue.removeAll();
        String language = TranslationProvider.tag(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (Pathway p : pathways.queue()) {
            String title = p.content().titleIn(language, language);
            ListItem item = new ListItem(new Anchor(
                    "moderation/pathways/" + p.getId(), title.isBlank() ? getTranslation("pathway.untitled") : title));
            if (p.getSubmittedAt() != null) {
                item.add(new Span(
                        " · " + getTranslation("pathway.moderation.submitted", when.format(p.getSubmittedAt()))));
            }
            queue.add(item);
        }
        if (queue.getChildren().findAny().isEmpty()) {
            queue.add(new ListItem(getTranslation("pathway.moderation.none")));
        }
    }

    void show(Pathway p) {
        shown = p;
        queueBlock.setVisible(false);
        review.setVisible(true);
        String language = TranslationProvider.tag(getLocale());
        PathwayContent c = p.content();
        reviewTitle.setText(c.titleIn(language, language));
        reviewBody.removeAll();
        reviewBody.add(new Paragraph(c.story().best(getLocale(), language).orElse("")));
        if (c.theme() != null)
            reviewBody.add(new Paragraph(getTranslation(c.theme().translationKey())));
        OrderedList steps = new OrderedList();
        steps.setId("pathway-review-steps");
        var labels = new HashMap<String, String>();
        pathways.choices(p.getId(), language).forEach(ch -> labels.put(ch.kind() + ":" + ch.id(), ch.label()));
        for (PathwayContent.PathwayStep s : c.steps()) {
            String label =
                    labels.getOrDefault(s.kind() + ":" + s.targetId(), getTranslation("pathway.page.unavailable"));
            String kind =
                    getTranslation("pathway.editor.kind." + s.kind().name().toLowerCase(Locale.ROOT));
            String note = s.grouped()
                    ? getTranslation("pathway.page.group", c.need(s.group()), s.group())
                    : s.required() ? "" : getTranslation("pathway.page.optional");
            steps.add(new ListItem(kind + ": " + label + (note.isEmpty() ? "" : " (" + note + ")")));
        }
        reviewBody.add(steps);
        if (c.milestoneBadgeId() != null) {
            reviewBody.add(new Paragraph(getTranslation(
                    "pathway.page.milestone",
                    pathways.milestoneChoices(p.getId(), language).stream()
                            .filter(b -> b.id() == c.milestoneBadgeId())
                            .map(PathwayService.Choice::label)
                            .findFirst()
                            .orElse("#" + c.milestoneBadgeId()))));
        }
        reason.clear();
        boolean waiting = p.getStatus() == PathwayStatus.SUBMITTED;
        approve.setEnabled(waiting);
        changes.setEnabled(waiting);
        reject.setEnabled(waiting);
    }

    void decide(PathwayStatus decision) {
        Pathway p = shown;
        if (p == null) return;
        if (Notifications.attempt(() -> pathways.decide(p.getId(), p.getVersion(), decision, reason.getValue()))) {
            Notifications.success(getTranslation("pathway.moderation.decided"));
            getUI().ifPresent(ui -> ui.navigate("moderation/pathways"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pathway.moderation.title");
    }
}
