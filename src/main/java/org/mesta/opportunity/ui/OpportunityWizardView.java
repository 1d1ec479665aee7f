package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import java.util.ArrayList;
import java.util.List;
import org.mesta.base.Languages;
import org.mesta.base.Role;
import org.mesta.base.UserError;
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
    final Button back = new Button();
    final Button next = new Button();
    final Button submit = new Button();
    final Span saved = new Span();
    private final OrderedList stepList = new OrderedList();
    private final List<Div> panels = new ArrayList<>();
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
        buildPanels();
        loading = true;
        form.fill(service.draft(id));
        loading = false;
        showStep(Math.min(o.getWizardStep(), STEP_KEYS.length - 1));
        showBanner(o);
        form.setReadOnly(status == Status.SUBMITTED || status == Status.REJECTED);
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

    /** The steps of one opportunity: its form (for its city) and sections bound to its id. */
    private void buildPanels() {
        saved.setText("");
        form = new OpportunityForm(this, city, places, mapSettings, this::autosave);
        panels.clear();
        panelBox.removeAll();
        panels.add(panel(form.basics()));
        panels.getFirst()
                .add(new ImageSection(
                        service,
                        id,
                        Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages()),
                        status != Status.SUBMITTED && status != Status.REJECTED,
                        changed -> {
                            version = changed.getVersion();
                            status = changed.getStatus();
                            showBanner(changed);
                        }));
        panels.add(panel(form.when()));
        panels.add(panel(form.where()));
        panels.add(panel(form.who()));
        panels.add(panel(new RecognitionSection(
                service,
                id,
                service.get(id).getBadgeIds(),
                status != Status.SUBMITTED && status != Status.REJECTED,
                changed -> {
                    version = changed.getVersion();
                    status = changed.getStatus();
                    showBanner(changed);
                })));
        panels.add(panel(review));
        panels.forEach(panelBox::add);
    }

    private Div panel(Component content) {
        Div panel = new Div(content);
        panel.setWidthFull();
        return panel;
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
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).setVisible(i == step);
        }
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
                    Button go = new Button(
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
