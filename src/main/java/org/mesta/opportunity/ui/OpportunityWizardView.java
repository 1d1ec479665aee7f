package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mesta.base.Languages;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.LeanButton;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.StaleEdit;
import org.mesta.city.City;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityRules;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.Status;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The provider's wizard: Basics → When → Where → Who and how to join → Review and submit. Every change is
 * saved on the server as the provider goes, with the step reached, so a closed browser loses nothing and the
 * wizard reopens where it was left. Problems show next to their fields; Next moves on once a step is right.
 */
@Route("provider/opportunity")
@RolesAllowed(Role.PROVIDER_)
public class OpportunityWizardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String[] STEP_KEYS = {
        "opportunity.step.basics",
        "opportunity.step.when",
        "opportunity.step.where",
        "opportunity.step.who",
        "opportunity.step.recognition",
        "opportunity.step.review"
    };

    static {
        assert STEP_KEYS.length == OpportunityRules.LAST_STEP + 1 : "a draft must be able to resume at every step";
    }

    private final OpportunityService service;
    private final PlaceService places;
    private final MapSettings mapSettings;
    private long id;
    private long version;
    private Status status;
    private City city;
    int step;
    private boolean loading;

    OpportunityForm form;
    final LeanButton back = new LeanButton();
    final LeanButton next = new LeanButton();
    final LeanButton submit = new LeanButton();
    final Span saved = new Span();
    private final OrderedList stepList = new OrderedList();
    private final Div review = new Div();
    private final Div banner = new Div();
    private final Div panelBox = new Div();

    OpportunityWizardView(OpportunityService service, PlaceService places, MapSettings mapSettings) {
        this.service = service;
        this.places = places;
        this.mapSettings = mapSettings;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        build();
    }

    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        open(opportunityId);
    }

    /** Reads the opportunity into the wizard (also to start again from a version saved elsewhere). */
    private void open(long opportunityId) {
        Opportunity o = service.get(opportunityId);
        id = o.getId();
        version = o.getVersion();
        status = o.getStatus();
        city = service.cityOf(id);
        saved.setText("");
        form = new OpportunityForm(this, city, places, mapSettings, this::autosave);
        form.fill(service.draft(id));
        form.setReadOnly(!editable());
        loading = true;
        showStep(Math.min(o.getWizardStep(), STEP_KEYS.length - 1));
        loading = false;
        showBanner(o);
    }

    private boolean editable() {
        return status != Status.SUBMITTED && status != Status.REJECTED;
    }

    /** Built once: Vaadin keeps this instance when only the id changes, so the buttons get their listeners here. */
    private void build() {
        H2 heading = new H2(getTranslation("opportunity.wizard.title"));
        saved.setId("autosave-status");
        saved.getElement().setAttribute("aria-live", "polite");
        saved.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        stepList.addClassName("mesta-wizard-steps");
        stepList.getElement().setAttribute("aria-label", getTranslation("opportunity.wizard.steps"));
        for (int i = 0; i < STEP_KEYS.length; i++) {
            stepList.add(new ListItem((i + 1) + ". " + getTranslation(STEP_KEYS[i])));
        }
        back.setText(getTranslation("opportunity.wizard.back"));
        back.addClickListener(e -> showStep(step - 1));
        next.setText(getTranslation("opportunity.wizard.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (form.showProblems(step)) {
                showStep(step + 1);
            }
        });
        submit.setText(getTranslation("opportunity.wizard.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(e -> submit());
        HorizontalLayout buttons = new HorizontalLayout(back, next, submit, saved);
        buttons.setAlignItems(HorizontalLayout.Alignment.CENTER);
        panelBox.setWidthFull();
        add(heading, banner, stepList, panelBox, buttons);
    }

    /**
     * The shown step's panel, built when it is shown (#17): a session holds one step's fields and sections, and
     * the form keeps what the others hold as the draft.
     */
    private Component panel(int shown) {
        Component fields = form.step(shown);
        Div panel = new Div();
        panel.setWidthFull();
        if (fields != null) panel.add(fields);
        if (shown == OpportunityForm.BASICS) {
            panel.add(new ImageSection(
                    service,
                    id,
                    Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages()),
                    editable(),
                    this::changedElsewhere));
        } else if (shown == STEP_KEYS.length - 2) {
            panel.add(new RecognitionSection(
                    service, id, service.get(id).getBadgeIds(), editable(), this::changedElsewhere));
        } else if (shown == STEP_KEYS.length - 1) {
            panel.add(review);
        }
        return panel;
    }

    /** A section saved a change of its own (a picture, a badge): the wizard goes on from that version. */
    private void changedElsewhere(Opportunity changed) {
        version = changed.getVersion();
        status = changed.getStatus();
        showBanner(changed);
    }

    void autosave() {
        if (status == Status.SUBMITTED || status == Status.REJECTED) {
            return;
        }
        try {
            Opportunity o = service.saveDraft(id, version, form.draft(), step);
            version = o.getVersion();
            status = o.getStatus();
            saved.setText(getTranslation(
                    "opportunity.wizard.saved",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(getLocale())
                            .withZone(ZoneId.of(city.getTimeZone()))
                            .format(o.getUpdatedAt())));
        } catch (OptimisticLockingFailureException e) {
            // Saved elsewhere meanwhile (another tab or a colleague): the one "someone else changed it" answer.
            StaleEdit.tell(() -> open(id));
        } catch (UserError e) {
            // Too long or not an http(s) link: the server kept the last good version; say which field.
            saved.setText(getTranslation(e.key()));
            form.showProblems(step);
        }
    }

    void showStep(int target) {
        step = Math.max(0, Math.min(target, STEP_KEYS.length - 1));
        panelBox.removeAll();
        panelBox.add(panel(step));
        for (int i = 0; i < STEP_KEYS.length; i++) {
            var item = stepList.getChildren().toList().get(i).getElement();
            if (i == step) item.setAttribute("aria-current", "step");
            else item.removeAttribute("aria-current");
        }
        back.setEnabled(step > 0);
        next.setVisible(step < STEP_KEYS.length - 1);
        submit.setVisible(
                step == STEP_KEYS.length - 1 && (status == Status.DRAFT || status == Status.CHANGES_REQUESTED));
        if (step == STEP_KEYS.length - 1) {
            showReview();
        }
        if (!loading) {
            autosave();
        }
    }

    private void showReview() {
        review.removeAll();
        var problems = OpportunityRules.checkAll(form.draft(), city.getDefaultLanguage());
        if (!problems.isEmpty()) {
            Div list = new Div(new H3(getTranslation("opportunity.wizard.problems")));
            list.setId("review-problems");
            for (int s = 0; s < STEP_KEYS.length - 1; s++) {
                int target = s;
                var stepProblems = OpportunityRules.check(form.draft(), s, city.getDefaultLanguage());
                if (!stepProblems.isEmpty()) {
                    LeanButton go = new LeanButton(
                            getTranslation(STEP_KEYS[s]) + ": "
                                    + stepProblems.stream()
                                            .map(p -> getTranslation(p.key()))
                                            .distinct()
                                            .reduce((a, b) -> a + " " + b)
                                            .orElse(""),
                            e -> {
                                showStep(target);
                                form.showProblems(target);
                            });
                    go.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    list.add(go);
                }
            }
            review.add(list);
        }
        submit.setEnabled(problems.isEmpty());
        review.add(
                new H3(getTranslation("opportunity.wizard.preview")),
                new OpportunityPreview(service.preview(id), ZoneId.of(city.getTimeZone())));
    }

    private void submit() {
        if (Notifications.attempt(() -> {
            Opportunity o = service.submit(id, version);
            version = o.getVersion();
            status = o.getStatus();
        })) {
            Notifications.success(getTranslation("opportunity.wizard.submitted"));
            getUI().ifPresent(ui -> ui.navigate(ProviderOpportunitiesView.class));
        }
    }

    private void showBanner(Opportunity o) {
        banner.removeAll();
        Span state = new Span(getTranslation(o.getStatus().translationKey()));
        state.getElement().getThemeList().add("badge");
        state.setId("wizard-status");
        banner.add(state);
        if (o.getDecisionReason() != null) {
            Paragraph reason =
                    new Paragraph(getTranslation("opportunity.wizard.moderator-said", o.getDecisionReason()));
            reason.setId("decision-reason");
            banner.add(reason);
        }
        if (o.getStatus() == Status.SUBMITTED) {
            banner.add(new Paragraph(getTranslation("opportunity.wizard.waiting")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunity.wizard.title");
    }
}
