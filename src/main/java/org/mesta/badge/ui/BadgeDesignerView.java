package org.mesta.badge.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.base.Languages;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.StaleEdit;
import org.mesta.city.CityService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The badge designer: every change redraws the preview at once (the server renders the same SVG the badge
 * will carry). Undo and redo (also Ctrl+Z / Ctrl+Y) step through design changes; words are entered per
 * language and the preview can show each. Contrast below WCAG AA is pointed out as it happens. The look, the
 * picture, the words and the alignments are components of their own; this view keeps the design's history.
 */
@Route("provider/badge")
@RolesAllowed(Role.PROVIDER_)
public class BadgeDesignerView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BadgeService service;
    private final CityService cities;
    private long id;
    private long version;
    private boolean loading;
    private final DesignHistory history = new DesignHistory();

    final BadgePreview preview;
    final Span status = new Span();
    final Button undoButton = new Button(VaadinIcon.ARROW_BACKWARD.create());
    final Button redoButton = new Button(VaadinIcon.ARROW_FORWARD.create());
    final Button save = new Button();
    final Button publish = new Button();
    final Button issue = new Button();

    final BadgePictureField picture;
    final BadgeLookEditor look;
    final BadgeWordsField words;
    final TextField criteriaUrl = new TextField();
    final SkillTagsField tags = new SkillTagsField();
    final AlignmentEditor alignments = new AlignmentEditor();
    final IntegerField expiryMonths = new IntegerField();

    BadgeDesignerView(BadgeService service, CityService cities) {
        this.service = service;
        this.cities = cities;
        preview = new BadgePreview(service, this::redraw);
        picture = new BadgePictureField(service, b -> {
            version = b.getVersion();
            redraw();
        });
        look = new BadgeLookEditor(picture, this::change);
        words = new BadgeWordsField(Languages.of(TranslationProvider.tag(getLocale()), List.of()), () -> {
            if (!loading) redraw();
        });
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    @Override
    public void setParameter(BeforeEvent event, Long badgeId) {
        load(badgeId);
    }

    /**
     * Reads the badge as stored (also after someone else changed it, when the person chooses to reload) into the
     * controls built once below; nothing of the previous badge stays (undo, rows, tags).
     */
    private void load(long badgeId) {
        Badge b = service.get(badgeId);
        if (!service.mayEdit(b)) {
            throw new AccessDeniedException("not your badge");
        }
        id = b.getId();
        version = b.getVersion();
        BadgeDraft draft = service.draft(id);
        history.start(draft.design());
        loading = true;
        try {
            status.setText(getTranslation(b.getStatus().translationKey()));
            publish.setVisible(b.getStatus() == BadgeStatus.DRAFT);
            issue.setVisible(b.getStatus() == BadgeStatus.PUBLISHED);
            picture.show(id);
            Languages languages = BadgeWordsField.languages(cities.findCity(b.getCityId()), draft.texts(), getLocale());
            preview.reset(languages, getLocale());
            look.template.clear();
            clearProblems();
            words.setValue(draft.texts(), languages);
            criteriaUrl.setValue(draft.criteriaUrl() == null ? "" : draft.criteriaUrl());
            tags.show(draft.tags());
            alignments.setValue(draft.alignments());
            expiryMonths.setValue(draft.expiryMonths());
        } finally {
            loading = false;
        }
        show();
    }

    /** Built once: Vaadin keeps this instance when only the badge id changes, so listeners are added here only. */
    private void build() {
        H2 heading = new H2(getTranslation("badge.designer.title"));
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        status.setId("badge-status");
        status.getElement().getThemeList().add("badge");

        // --- the preview, which stays in view, and the actions ---
        undoButton.setAriaLabel(getTranslation("badge.design.undo"));
        undoButton.setTooltipText(getTranslation("badge.design.undo") + " (Ctrl+Z)");
        undoButton.setId("undo");
        undoButton.addClickListener(e -> undo());
        redoButton.setAriaLabel(getTranslation("badge.design.redo"));
        redoButton.setTooltipText(getTranslation("badge.design.redo") + " (Ctrl+Y)");
        redoButton.setId("redo");
        redoButton.addClickListener(e -> redo());
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Y, KeyModifier.CONTROL);
        save.setText(getTranslation("action.save"));
        save.setId("badge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("badge.publish"));
        publish.setId("badge-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> publish());
        issue.setText(getTranslation("badge.issue"));
        issue.setId("badge-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IssueView.class, id)));
        HorizontalLayout actions = new HorizontalLayout(undoButton, redoButton, save, publish, issue);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Div left = new Div(preview, actions);
        left.addClassName("badge-designer-preview");
        left.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        left.getStyle()
                .set("position", "sticky")
                .set("top", "0")
                .set("align-self", "flex-start")
                .set("flex", "0 0 21rem");

        // --- the controls: the look, then the words and what the badge stands for ---
        criteriaUrl.setLabel(getTranslation("badge.field.criteria-url"));
        criteriaUrl.setMaxLength(500);
        criteriaUrl.setWidthFull();
        expiryMonths.setLabel(getTranslation("badge.field.expiry"));
        expiryMonths.setHelperText(getTranslation("badge.field.expiry.helper"));
        expiryMonths.setMin(1);
        expiryMonths.setMax(120);
        Div about = new Div(words, criteriaUrl, tags, expiryMonths, alignments);

        Div right = new Div(look, about);
        right.addClassName("badge-designer-controls");
        right.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        right.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        Div columns = new Div(left, right);
        columns.addClassName("badge-designer");
        columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        HorizontalLayout top = new HorizontalLayout(heading, status);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        add(top, columns);
    }

    /** A design change from a control: remembered for undo, then shown. */
    void change(BadgeDesign next) {
        if (!loading && history.change(next)) show();
    }

    void undo() {
        if (history.undo()) show();
    }

    void redo() {
        if (history.redo()) show();
    }

    /** Puts the design into every control (without counting as changes) and redraws. */
    private void show() {
        look.show(history.current());
        undoButton.setEnabled(history.canUndo());
        redoButton.setEnabled(history.canRedo());
        redraw();
    }

    void redraw() {
        preview.show(id, history.current(), words.getValue());
    }

    BadgeDraft draft() {
        return new BadgeDraft(
                history.current(),
                words.getValue(),
                criteriaUrl.getValue(),
                new ArrayList<>(tags.getValue()),
                alignments.getValue(),
                expiryMonths.getValue());
    }

    boolean save() {
        var problems = draft().problems();
        clearProblems();
        if (!problems.isEmpty()) {
            showProblems(problems);
            Notifications.error(getTranslation("badge.fix-problems"));
            return false;
        }
        try {
            Badge b = service.save(id, version, draft());
            version = b.getVersion();
            Notifications.success(getTranslation("badge.saved"));
            return true;
        } catch (OptimisticLockingFailureException e) {
            StaleEdit.tell(() -> load(id));
        } catch (UserError e) {
            Notifications.error(getTranslation(e.key(), e.params()));
        }
        return false;
    }

    void publish() {
        if (!save()) return;
        try {
            Badge b = service.publish(id, version);
            version = b.getVersion();
            status.setText(getTranslation(b.getStatus().translationKey()));
            publish.setVisible(false);
            issue.setVisible(true);
            Notifications.success(getTranslation("badge.published"));
        } catch (UserError e) {
            showProblems(e.problems());
            Notifications.error(getTranslation(e.key(), e.params()));
        } catch (OptimisticLockingFailureException e) {
            StaleEdit.tell(() -> load(id));
        }
    }

    /** The fields outside the words and alignments, by the name their problems use. */
    private Map<String, HasValidation> plainFields() {
        return Map.of("criteriaUrl", criteriaUrl, "tags", tags, "expiryMonths", expiryMonths);
    }

    private void clearProblems() {
        words.clearProblems();
        plainFields().values().forEach(f -> f.setInvalid(false));
    }

    /** Puts each problem next to its field (a service's refusal names its fields too). */
    private void showProblems(List<Problem> problems) {
        for (Problem p : problems) {
            String message = getTranslation(p.key(), p.params());
            HasValidation field = plainFields().get(p.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (p.field().startsWith("alignment.")) {
                alignments.showProblem(Integer.parseInt(p.field().substring("alignment.".length())), message);
            } else {
                words.showProblem(p.field(), message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge.designer.title");
    }
}
