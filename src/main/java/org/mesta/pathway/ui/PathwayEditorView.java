package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.MultilingualField;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.StaleEdit;
import org.mesta.base.ui.Uploads;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.Theme;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayContent.StepGroup;
import org.mesta.pathway.PathwayService;
import org.mesta.pathway.PathwayService.Choice;
import org.mesta.pathway.PathwayStatus;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Composing a pathway: title and story in each of the city's languages, theme, picture, ordered steps (moved with
 * buttons, so keyboards can), "any n of these" groups and the milestone badge; save a draft or submit. Below, the
 * organiser's figures. Built once, filled per pathway.
 */
@Route("organiser/pathway")
@RolesAllowed({Role.PROVIDER_, Role.CITY_ADMIN_})
public class PathwayEditorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int GROUPS = 3;
    static final int MAX_MB = 5;

    private final PathwayService pathways;
    private final CityService cities;
    final H1 heading = new H1();
    final Span status = new Span();
    final Paragraph decision = new Paragraph();
    final Anchor publicPage = new Anchor();
    MultilingualField title = MultilingualField.line("pathway.editor.name", new Languages(List.of("en")));
    MultilingualField story = MultilingualField.area("pathway.editor.story", new Languages(List.of("en")));
    final Select<Theme> theme = new Select<>();
    final Upload upload;
    MultilingualField alt = MultilingualField.line("pathway.editor.alt-in", new Languages(List.of("en")));
    final OrderedList stepList = new OrderedList();
    final Span stepsError = new Span();
    final ComboBox<Choice> stepChoice = new ComboBox<>();
    final Button addStep = new Button();
    final List<IntegerField> needs = new ArrayList<>();
    final ComboBox<Choice> milestone = new ComboBox<>();
    final Button save = new Button();
    final Button submit = new Button();
    final Div figures = new Div();
    private final Div texts = new Div();
    private final Div altBox = new Div();

    /** The steps as edited (the form's state until saved). */
    final List<PathwayStep> steps = new ArrayList<>();

    private final Map<String, String> labels = new HashMap<>();
    private @Nullable Pathway pathway;

    PathwayEditorView(PathwayService pathways, CityService cities) {
        this.pathways = pathways;
        this.cities = cities;
        addClassNames("mesta-narrow", "pathway-editor", LumoUtility.Padding.LARGE);
        upload = Uploads.single(
                (metadata, data) -> picture(data),
                MAX_MB * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("pathway.editor.picture-choose"),
                        getTranslation("pathway.editor.picture-drop"),
                        getTranslation("pathway.editor.picture-too-big"),
                        getTranslation("pathway.editor.picture-type")),
                "image/jpeg",
                "image/png",
                "image/webp",
                ".jpg",
                ".jpeg",
                ".png",
                ".webp");
        build();
    }

    private void build() {
        heading.setText(getTranslation("pathway.editor.title"));
        status.setId("pathway-status");
        status.getElement().getThemeList().add("badge");
        decision.setId("pathway-decision");
        publicPage.setText(getTranslation("pathway.editor.public-page"));
        publicPage.setId("pathway-public-page");
        texts.addClassName("pathway-texts");
        theme.setId("pathway-theme");
        theme.setLabel(getTranslation("pathway.editor.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        upload.setId("pathway-picture");
        stepList.setId("pathway-editor-steps");
        stepList.addClassName("pathway-editor-steps");
        stepsError.setId("pathway-steps-error");
        stepsError.addClassNames(LumoUtility.TextColor.ERROR);
        stepsError.getElement().setAttribute("role", "alert");
        stepChoice.setId("pathway-step-choice");
        stepChoice.setLabel(getTranslation("pathway.editor.add-step"));
        stepChoice.setItemLabelGenerator(c ->
                getTranslation("pathway.editor.kind." + c.kind().name().toLowerCase(Locale.ROOT)) + ": " + c.label());
        stepChoice.setWidthFull();
        addStep.setText(getTranslation("pathway.editor.add"));
        addStep.setId("pathway-step-add");
        addStep.setIcon(VaadinIcon.PLUS.create());
        addStep.addClickListener(e -> {
            Choice c = stepChoice.getValue();
            if (c == null) return;
            steps.add(new PathwayStep(c.kind(), c.id(), true, 0));
            stepChoice.clear();
            drawSteps();
        });
        Div needRow = new Div();
        needRow.addClassName("pathway-group-needs");
        for (int g = 1; g <= GROUPS; g++) {
            IntegerField need = new IntegerField(getTranslation("pathway.editor.group-need", g));
            need.setId("pathway-group-need-" + g);
            need.setMin(1);
            need.setMax(20);
            need.setStepButtonsVisible(true);
            need.setValue(1);
            needs.add(need);
            needRow.add(need);
        }
        milestone.setId("pathway-milestone");
        milestone.setLabel(getTranslation("pathway.editor.milestone"));
        milestone.setItemLabelGenerator(Choice::label);
        milestone.setWidthFull();
        save.setText(getTranslation("pathway.editor.save"));
        save.setId("pathway-save");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("pathway.editor.submit"));
        submit.setId("pathway-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        figures.setId("pathway-figures");
        Div addRow = new Div(stepChoice, addStep);
        addRow.addClassName("pathway-add-step");
        Div buttons = new Div(save, submit);
        buttons.addClassName("pathway-actions");
        add(
                heading,
                new Div(status, publicPage),
                decision,
                texts,
                theme,
                new H2(getTranslation("pathway.editor.picture")),
                upload,
                altBox,
                new H2(getTranslation("pathway.editor.steps")),
                new Paragraph(getTranslation("pathway.editor.steps-help")),
                stepList,
                stepsError,
                addRow,
                needRow,
                milestone,
                buttons,
                new H2(getTranslation("pathway.figures.title")),
                figures);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Pathway p;
        try {
            p = pathways.get(id);
        } catch (UserError e) {
            throw new NotFoundException();
        }
        fill(p);
    }

    void fill(Pathway p) {
        pathway = p;
        String language = TranslationProvider.tag(getLocale());
        City city = cities.findCity(p.getCityId()).orElseThrow(NotFoundException::new);
        Languages languages = Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages());
        // The inputs per language follow the city's languages: made anew for each pathway.
        title = MultilingualField.line("pathway.editor.name", languages);
        title.setId("pathway-title-field");
        story = MultilingualField.area("pathway.editor.story", languages);
        story.setId("pathway-story-field");
        texts.removeAll();
        texts.add(title, story);
        alt = MultilingualField.line("pathway.editor.alt-in", languages);
        alt.setId("pathway-alt");
        alt.setHelperText(getTranslation("pathway.editor.alt-helper"));
        alt.setMaxLength(PathwayService.MAX_ALT);
        altBox.removeAll();
        altBox.add(alt);
        PathwayContent c = p.content();
        title.setValue(c.title());
        story.setValue(c.story());
        theme.setValue(c.theme());
        alt.setValue(c.imageAlt());
        List<Choice> choices = pathways.choices(p.getId(), language);
        labels.clear();
        choices.forEach(ch -> labels.put(ch.kind() + ":" + ch.id(), ch.label()));
        stepChoice.setItems(choices);
        List<Choice> badges = pathways.milestoneChoices(p.getId(), language);
        milestone.setItems(badges);
        milestone.setValue(badges.stream()
                .filter(b -> c.milestoneBadgeId() != null && b.id() == c.milestoneBadgeId())
                .findFirst()
                .orElse(null));
        steps.clear();
        steps.addAll(c.steps());
        needs.forEach(n -> n.setValue(1));
        c.groups().forEach(g -> {
            if (g.number() >= 1 && g.number() <= GROUPS)
                needs.get(g.number() - 1).setValue(g.need());
        });
        drawSteps();
        status.setText(getTranslation(p.getStatus().translationKey()));
        decision.setVisible(p.getDecisionReason() != null && p.getStatus() != PathwayStatus.PUBLISHED);
        decision.setText(getTranslation("pathway.editor.decision", p.getDecisionReason()));
        publicPage.setHref("pathways/" + p.getId());
        publicPage.setVisible(p.isPublic());
        boolean editable = p.getStatus().editable();
        save.setEnabled(editable);
        submit.setEnabled(editable);
        stepsError.setText("");
        drawFigures(p, c);
    }

    void drawSteps() {
        stepList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            PathwayStep s = steps.get(i);
            ListItem row = new ListItem();
            row.addClassName("pathway-editor-step");
            row.setId("pathway-editor-step-" + (i + 1));
            Span name = new Span(
                    labels.getOrDefault(s.kind() + ":" + s.targetId(), getTranslation("pathway.page.unavailable")));
            name.addClassName("pathway-step-title");
            Checkbox required = new Checkbox(getTranslation("pathway.editor.required"), s.required());
            required.setEnabled(!s.grouped());
            required.addValueChangeListener(e -> steps.set(
                    index,
                    new PathwayStep(
                            s.kind(),
                            s.targetId(),
                            e.getValue(),
                            steps.get(index).group())));
            Select<Integer> group = new Select<>();
            group.setAriaLabel(getTranslation("pathway.editor.group") + " " + (i + 1));
            group.setItems(0, 1, 2, 3);
            group.setItemLabelGenerator(g ->
                    g == 0 ? getTranslation("pathway.editor.group-none") : getTranslation("pathway.editor.group-n", g));
            group.setValue(s.group());
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    PathwayStep now = steps.get(index);
                    steps.set(index, new PathwayStep(now.kind(), now.targetId(), now.required(), e.getValue()));
                    drawSteps();
                }
            });
            Button up = icon(VaadinIcon.ARROW_UP, getTranslation("pathway.editor.up", i + 1), () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down =
                    icon(VaadinIcon.ARROW_DOWN, getTranslation("pathway.editor.down", i + 1), () -> move(index, 1));
            down.setEnabled(i < steps.size() - 1);
            Button remove = icon(VaadinIcon.TRASH, getTranslation("pathway.editor.remove", i + 1), () -> {
                steps.remove(index);
                drawSteps();
            });
            Div controls = new Div(required, group, up, down, remove);
            controls.addClassName("pathway-step-controls");
            row.add(name, controls);
            stepList.add(row);
        }
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addClickListener(e -> action.run());
        return b;
    }

    void move(int index, int by) {
        int to = index + by;
        if (to < 0 || to >= steps.size()) return;
        PathwayStep s = steps.remove(index);
        steps.add(to, s);
        drawSteps();
        // Keep the keyboard where the step went.
        stepList.getChildren()
                .skip(to)
                .findFirst()
                .ifPresent(row -> row.getElement()
                        .executeJs(
                                "const b = this.querySelectorAll('vaadin-button')[$0 > 0 ? 0 : 1]; if (b) b.focus();",
                                by));
    }

    PathwayContent content() {
        List<StepGroup> groups = new ArrayList<>();
        steps.stream()
                .filter(PathwayStep::grouped)
                .map(PathwayStep::group)
                .distinct()
                .sorted()
                .forEach(g -> {
                    Integer need = g <= GROUPS ? needs.get(g - 1).getValue() : null;
                    groups.add(new StepGroup(g, need == null ? 1 : need));
                });
        MultilingualText t = title.getValue();
        MultilingualText s = story.getValue();
        Choice m = milestone.getValue();
        return new PathwayContent(
                t, s, theme.getValue(), alt.getValue(), List.copyOf(steps), groups, m == null ? null : m.id());
    }

    void save() {
        Pathway p = pathway;
        if (p == null) return;
        if (attempt(() -> pathway = pathways.save(p.getId(), p.getVersion(), content()))) {
            Notifications.success(getTranslation("pathway.editor.saved"));
            fill(pathway);
        }
    }

    void submit() {
        Pathway p = pathway;
        if (p == null) return;
        boolean done = attempt(() -> {
            Pathway saved = pathways.save(p.getId(), p.getVersion(), content());
            pathway = saved;
            pathway = pathways.submit(saved.getId(), saved.getVersion());
        });
        if (done) {
            Notifications.success(getTranslation("pathway.editor.submitted"));
            fill(pathway);
        } else if (pathway != null && pathway.getVersion() != p.getVersion()) {
            // The draft was saved though the submission was refused: carry on from the saved version.
            Pathway kept = pathway;
            status.setText(getTranslation(kept.getStatus().translationKey()));
        }
    }

    /** Runs a change; refusals go next to their fields, a stale version to the one stale-edit dialog. */
    private boolean attempt(Runnable action) {
        clearProblems();
        try {
            action.run();
            return true;
        } catch (UserError e) {
            e.problems().forEach(this::show);
        } catch (OptimisticLockingFailureException e) {
            StaleEdit.tell(() -> fill(pathways.get(pathway.getId())));
        }
        return false;
    }

    private void clearProblems() {
        title.setInvalid(false);
        story.setInvalid(false);
        theme.setInvalid(false);
        alt.setInvalid(false);
        milestone.setInvalid(false);
        stepsError.setText("");
    }

    private void show(Problem problem) {
        String message = getTranslation(problem.key(), problem.params());
        String field = problem.field();
        if (field.startsWith("title.")) {
            title.showProblem(field.substring(6), message);
        } else if (field.startsWith("story.")) {
            story.showProblem(field.substring(6), message);
        } else if (field.equals("theme")) {
            theme.setErrorMessage(message);
            theme.setInvalid(true);
        } else if (field.startsWith("imageAlt.")) {
            alt.showProblem(field.substring(9), message);
        } else if (field.equals("milestone")) {
            milestone.setErrorMessage(message);
            milestone.setInvalid(true);
        } else {
            stepsError.setText((stepsError.getText() + " " + message).strip());
        }
    }

    private void picture(byte[] data) {
        Pathway p = pathway;
        if (p == null) return;
        if (Notifications.attempt(() -> pathways.setImage(p.getId(), data))) {
            Notifications.success(getTranslation("pathway.editor.picture-saved"));
        }
    }

    private void drawFigures(Pathway p, PathwayContent c) {
        figures.removeAll();
        PathwayService.Figures f = pathways.figures(p.getId());
        if (f.enrolled() == 0) {
            figures.add(new Paragraph(getTranslation("pathway.figures.none")));
            return;
        }
        Span enrolled = new Span(getTranslation("pathway.figures.enrolled") + ": " + f.enrolled());
        enrolled.setId("pathway-figure-enrolled");
        Span completed = new Span(getTranslation("pathway.figures.completed") + ": " + f.completed());
        completed.setId("pathway-figure-completed");
        OrderedList onSteps = new OrderedList();
        onSteps.setId("pathway-figure-steps");
        f.nextStep().forEach((step, count) -> {
            String name = step < c.steps().size()
                    ? labels.getOrDefault(
                            c.steps().get(step).kind() + ":"
                                    + c.steps().get(step).targetId(),
                            "")
                    : "";
            onSteps.add(new ListItem(getTranslation("pathway.figures.on-step", step + 1, name) + ": " + count));
        });
        figures.add(new Div(enrolled), new Div(completed), onSteps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pathway.editor.title");
    }
}
