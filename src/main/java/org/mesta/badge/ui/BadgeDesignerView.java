package org.mesta.badge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.base.TranslationProvider;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The badge designer: every change redraws the preview at once (the server renders the same SVG the badge
 * will carry). Undo and redo (also Ctrl+Z / Ctrl+Y) step through design changes; words are entered per
 * language and the preview can show each. Contrast below WCAG AA is pointed out as it happens.
 */
@Route("provider/badge")
@RolesAllowed(Role.PROVIDER_)
public class BadgeDesignerView extends Main implements com.vaadin.flow.router.HasUrlParameter<Long>, HasDynamicTitle {

    private final BadgeService service;
    private long id;
    private long version;
    private BadgeDesign design;
    private boolean loading;
    private final Deque<BadgeDesign> undo = new ArrayDeque<>();
    private final Deque<BadgeDesign> redo = new ArrayDeque<>();

    final org.mesta.base.ui.SvgImage previewBox = new org.mesta.base.ui.SvgImage("", "min(100%, 20rem)");
    final Select<Locale> previewLanguage = new Select<>();
    final Div contrast = new Div();
    final Span status = new Span();
    final Button undoButton = new Button(VaadinIcon.ARROW_BACKWARD.create());
    final Button redoButton = new Button(VaadinIcon.ARROW_FORWARD.create());
    final Button save = new Button();
    final Button publish = new Button();
    com.vaadin.flow.component.upload.Upload pictureUpload;
    final Span pictureProblem = new Span();
    final Button removePicture = new Button();
    final Button issue = new Button();

    final Select<BadgeDesign.Template> template = new Select<>();
    final RadioButtonGroup<BadgeDesign.Shape> shape = new RadioButtonGroup<>();
    final ColourField fill;
    final Checkbox gradient = new Checkbox();
    final ColourField fill2;
    final IntegerField borderWidth = new IntegerField();
    final ColourField borderColour;
    final Checkbox ribbon = new Checkbox();
    final ColourField ribbonColour;
    final ColourField ribbonTextColour;
    final Select<BadgeDesign.Font> font = new Select<>();
    final ColourField textColour;
    final ComboBox<String> icon = new ComboBox<>();
    final ColourField iconColour;
    final UnorderedList layers = new UnorderedList();
    final Map<String, Map<String, TextField>> words = new LinkedHashMap<>();
    final Map<String, Map<String, TextArea>> about = new LinkedHashMap<>();
    final TextField criteriaUrl = new TextField();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<String> tags =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final Div alignments = new Div();
    final List<TextField[]> alignmentRows = new ArrayList<>();
    final IntegerField expiryMonths = new IntegerField();
    private final Map<String, Details> languageDetails = new LinkedHashMap<>();
    private final java.util.LinkedHashSet<String> tagOptions = new java.util.LinkedHashSet<>();

    BadgeDesignerView(BadgeService service) {
        this.service = service;
        fill = new ColourField(getTranslation("badge.design.fill"));
        fill2 = new ColourField(getTranslation("badge.design.fill2"));
        borderColour = new ColourField(getTranslation("badge.design.border-colour"));
        ribbonColour = new ColourField(getTranslation("badge.design.ribbon-colour"));
        ribbonTextColour = new ColourField(getTranslation("badge.design.ribbon-text-colour"));
        textColour = new ColourField(getTranslation("badge.design.text-colour"));
        iconColour = new ColourField(getTranslation("badge.design.icon-colour"));
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, Long badgeId) {
        Badge b = service.get(badgeId);
        if (!service.mayEdit(b)) {
            throw new org.springframework.security.access.AccessDeniedException("not your badge");
        }
        id = b.getId();
        version = b.getVersion();
        BadgeDraft draft = service.draft(id);
        design = draft.design();
        fill(b, draft);
    }

    /** Puts one badge into the controls built once below; nothing of the previous badge stays (undo, rows, tags). */
    private void fill(Badge b, BadgeDraft draft) {
        loading = true;
        try {
            undo.clear();
            redo.clear();
            status.setText(getTranslation(b.getStatus().translationKey()));
            publish.setVisible(b.getStatus() == BadgeStatus.DRAFT);
            issue.setVisible(b.getStatus() == BadgeStatus.PUBLISHED);
            removePicture.setVisible(service.hasImage(id));
            pictureProblem.setText("");
            previewLanguage.setValue(TranslationProvider.supported(getLocale()));
            template.clear();
            clearProblems();
            for (Locale l : TranslationProvider.LOCALES) {
                String lang = l.getLanguage();
                BadgeTexts t = draft.texts().getOrDefault(lang, BadgeTexts.empty());
                Map<String, TextField> line = words.get(lang);
                line.get("name").setValue(t.name());
                line.get("subtitle").setValue(t.subtitle());
                line.get("ribbon").setValue(t.ribbon());
                line.get("imageAlt").setValue(t.imageAlt());
                about.get(lang).get("description").setValue(t.description());
                about.get(lang).get("criteria").setValue(t.criteria());
                languageDetails.get(lang).setOpened(lang.equals(getLocale().getLanguage()) || !t.isEmpty());
            }
            criteriaUrl.setValue(draft.criteriaUrl() == null ? "" : draft.criteriaUrl());
            tagOptions.clear();
            org.mesta.badge.Skills.CURATED.forEach(k -> tagOptions.add(org.mesta.badge.Skills.PREFIX + k));
            tagOptions.addAll(draft.tags());
            tags.setItems(new ArrayList<>(tagOptions));
            tags.setValue(new java.util.LinkedHashSet<>(draft.tags()));
            alignments.removeAll();
            alignmentRows.clear();
            draft.alignments().forEach(this::addAlignmentRow);
            expiryMonths.setValue(draft.expiryMonths());
        } finally {
            loading = false;
        }
        show(design);
    }

    /** Built once: Vaadin keeps this instance when only the badge id changes, so listeners are added here only. */
    private void build() {
        H2 heading = new H2(getTranslation("badge.designer.title"));
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        status.setId("badge-status");
        status.getElement().getThemeList().add("badge");

        // --- the preview, which stays in view ---
        previewBox.setId("badge-preview");
        previewBox.setHeight(null);
        previewBox.getStyle().set("aspect-ratio", "1");
        previewLanguage.setLabel(getTranslation("badge.design.preview-language"));
        previewLanguage.setItems(TranslationProvider.LOCALES);
        previewLanguage.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        previewLanguage.addValueChangeListener(e -> {
            if (!loading) redraw();
        });
        contrast.setId("contrast-warnings");
        contrast.getElement().setAttribute("role", "status");
        contrast.getElement().setAttribute("aria-live", "polite");
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
        Div left = new Div(previewBox, previewLanguage, contrast, actions);
        left.addClassName("badge-designer-preview");
        left.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        left.getStyle().set("position", "sticky").set("top", "0").set("align-self", "flex-start").set("flex", "0 0 21rem");

        // --- the controls ---
        template.setLabel(getTranslation("badge.design.template"));
        template.setItems(BadgeDesign.templates());
        template.setItemLabelGenerator(t -> getTranslation("badge.template." + t.key()));
        template.setPlaceholder(getTranslation("badge.design.template.placeholder"));
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) change(e.getValue().design());
        });
        shape.setLabel(getTranslation("badge.design.shape"));
        shape.setItems(BadgeDesign.Shape.values());
        shape.setItemLabelGenerator(s -> getTranslation("badge.shape." + s.name().toLowerCase(Locale.ROOT)));
        shape.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) change(design.withShape(e.getValue()));
        });
        fill.onChange(v -> change(design.withFill(v, design.fill2())));
        gradient.setLabel(getTranslation("badge.design.gradient"));
        gradient.addValueChangeListener(e -> {
            if (!loading) change(design.withFill(design.fill(), e.getValue() ? darker(design.fill()) : null));
        });
        fill2.onChange(v -> change(design.withFill(design.fill(), v)));
        borderWidth.setLabel(getTranslation("badge.design.border-width"));
        borderWidth.setMin(0);
        borderWidth.setMax(BadgeDesign.MAX_BORDER);
        borderWidth.setStep(2);
        borderWidth.setStepButtonsVisible(true);
        borderWidth.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) change(design.withBorder(e.getValue(), design.borderColor()));
        });
        borderColour.onChange(v -> change(design.withBorder(design.borderWidth(), v)));
        ribbon.setLabel(getTranslation("badge.design.ribbon"));
        ribbon.addValueChangeListener(e -> {
            if (!loading) change(design.withRibbon(e.getValue(), design.ribbonColor(), design.ribbonTextColor()));
        });
        ribbonColour.onChange(v -> change(design.withRibbon(design.ribbon(), v, design.ribbonTextColor())));
        ribbonTextColour.onChange(v -> change(design.withRibbon(design.ribbon(), design.ribbonColor(), v)));
        font.setLabel(getTranslation("badge.design.font"));
        font.setItems(BadgeDesign.Font.values());
        font.setItemLabelGenerator(f -> getTranslation("badge.font." + f.name().toLowerCase(Locale.ROOT)));
        font.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) change(design.withText(e.getValue(), design.textColor()));
        });
        textColour.onChange(v -> change(design.withText(design.font(), v)));
        icon.setLabel(getTranslation("badge.design.icon"));
        icon.setHelperText(getTranslation("badge.design.icon.helper"));
        icon.setItems(query -> org.mesta.badge.BadgeArt.searchIcons(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()).limit(query.getLimit()));
        icon.setClearButtonVisible(true);
        icon.setWidth("18rem");
        icon.addValueChangeListener(e -> {
            if (!loading) change(design.withIcon(e.getValue(), design.iconColor()));
        });
        iconColour.onChange(v -> change(design.withIcon(design.icon(), v)));

        pictureUpload = org.mesta.base.ui.Uploads.single(
                (metadata, data) -> {
                    setPicture(data);
                    pictureUpload.clearFileList();
                }, org.mesta.badge.BadgeImageCheck.MAX_BYTES, new org.mesta.base.ui.Uploads.Texts(
                getTranslation("badge.design.picture.choose"), getTranslation("badge.design.picture.drop"),
                getTranslation("badge.error.image-size", org.mesta.badge.BadgeImageCheck.MAX_BYTES / 1024 / 1024),
                getTranslation("badge.error.image-type")),
                "image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        pictureUpload.addFileRejectedListener(e -> pictureProblem.setText(e.getErrorMessage()));
        pictureProblem.setId("picture-problem");
        pictureProblem.getElement().setAttribute("role", "alert");
        pictureProblem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        removePicture.setText(getTranslation("badge.design.picture.remove"));
        removePicture.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removePicture.addClickListener(e -> setPicture(null));
        com.vaadin.flow.component.html.NativeLabel pictureLabel = new com.vaadin.flow.component.html.NativeLabel(
                getTranslation("badge.design.picture"));
        pictureLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div picture = new Div(pictureLabel, pictureUpload, pictureProblem, removePicture);

        Div look = section(getTranslation("badge.design.look"), template, shape, picture,
                row(fill, gradient, fill2), row(borderWidth, borderColour), row(icon, iconColour),
                row(font, textColour), row(ribbon, ribbonColour, ribbonTextColour));
        layers.setId("layers");
        layers.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        Div order = section(getTranslation("badge.design.layers"), new Paragraph(getTranslation("badge.design.layers.help")), layers);

        // --- the words, per language ---
        Div texts = new Div(new H3(getTranslation("badge.design.words")));
        for (Locale l : TranslationProvider.LOCALES) {
            String lang = l.getLanguage();
            String languageName = Locale.forLanguageTag(lang).getDisplayLanguage(getLocale());
            Map<String, TextField> line = new LinkedHashMap<>();
            line.put("name", field("badge.text.name", languageName, "", 120));
            line.put("subtitle", field("badge.text.subtitle", languageName, "", 120));
            line.put("ribbon", field("badge.text.ribbon", languageName, "", 60));
            line.put("imageAlt", field("badge.text.image-alt", languageName, "", 300));
            Map<String, TextArea> long_ = new LinkedHashMap<>();
            long_.put("description", area("badge.text.description", languageName, "", 2000));
            long_.put("criteria", area("badge.text.criteria", languageName, "", 4000));
            words.put(lang, line);
            about.put(lang, long_);
            Div fields = new Div();
            line.values().forEach(fields::add);
            long_.values().forEach(fields::add);
            fields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            Details details = new Details(languageName, fields);
            languageDetails.put(lang, details);
            texts.add(details);
        }
        criteriaUrl.setLabel(getTranslation("badge.field.criteria-url"));
        criteriaUrl.setMaxLength(500);
        criteriaUrl.setWidthFull();
        tags.setLabel(getTranslation("badge.field.tags"));
        tags.setHelperText(getTranslation("badge.field.tags.helper"));
        tags.setItemLabelGenerator(t -> org.mesta.badge.Skills.key(t) == null ? t : getTranslation(org.mesta.badge.Skills.key(t)));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (typed.isEmpty()) return;
            tagOptions.add(typed);
            tags.setItems(new ArrayList<>(tagOptions));
            java.util.Set<String> chosen = new java.util.LinkedHashSet<>(tags.getValue());
            chosen.add(typed);
            tags.setValue(chosen);
        });
        tags.setWidthFull();
        alignments.setId("alignments");
        Button addAlignment = new Button(getTranslation("badge.alignment.add"), e -> addAlignmentRow(new org.mesta.badge.Alignment("", "", "")));
        addAlignment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div alignmentSection = new Div(new H3(getTranslation("badge.alignment.title")),
                new Paragraph(getTranslation("badge.alignment.help")), alignments, addAlignment);
        expiryMonths.setLabel(getTranslation("badge.field.expiry"));
        expiryMonths.setHelperText(getTranslation("badge.field.expiry.helper"));
        expiryMonths.setMin(1);
        expiryMonths.setMax(120);
        texts.add(criteriaUrl, tags, expiryMonths, alignmentSection);

        Div right = new Div(look, order, texts);
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

    private TextField field(String key, String language, String value, int max) {
        TextField f = new TextField(getTranslation(key, language));
        f.setValue(value);
        f.setMaxLength(max);
        f.setWidthFull();
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> {
            if (!loading) redraw();
        });
        return f;
    }

    private TextArea area(String key, String language, String value, int max) {
        TextArea a = new TextArea(getTranslation(key, language));
        a.setValue(value);
        a.setMaxLength(max);
        a.setWidthFull();
        return a;
    }

    private static Div section(String title, com.vaadin.flow.component.Component... content) {
        Div d = new Div(new H3(title));
        d.add(content);
        d.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return d;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... content) {
        HorizontalLayout h = new HorizontalLayout(content);
        h.setAlignItems(FlexComponent.Alignment.END);
        h.getStyle().set("flex-wrap", "wrap");
        return h;
    }

    /** A design change from a control: remembered for undo, then shown. */
    void change(BadgeDesign next) {
        if (loading || next.equals(design)) return;
        undo.push(design);
        redo.clear();
        design = next;
        show(design);
    }

    void undo() {
        if (undo.isEmpty()) return;
        redo.push(design);
        design = undo.pop();
        show(design);
    }

    void redo() {
        if (redo.isEmpty()) return;
        undo.push(design);
        design = redo.pop();
        show(design);
    }

    /** Puts the design into every control (without counting as changes) and redraws. */
    private void show(BadgeDesign d) {
        loading = true;
        try {
            shape.setValue(d.shape());
            fill.setValue(d.fill());
            gradient.setValue(d.fill2() != null);
            fill2.setValue(d.fill2() == null ? d.fill() : d.fill2());
            fill2.setEnabled(d.fill2() != null);
            borderWidth.setValue(d.borderWidth());
            borderColour.setValue(d.borderColor());
            ribbon.setValue(d.ribbon());
            ribbonColour.setValue(d.ribbonColor());
            ribbonTextColour.setValue(d.ribbonTextColor());
            font.setValue(d.font());
            textColour.setValue(d.textColor());
            icon.setValue(d.icon());
            iconColour.setValue(d.iconColor());
            showLayers(d);
        } finally {
            loading = false;
        }
        undoButton.setEnabled(!undo.isEmpty());
        redoButton.setEnabled(!redo.isEmpty());
        redraw();
    }

    private void showLayers(BadgeDesign d) {
        layers.removeAll();
        List<BadgeDesign.Layer> order = new ArrayList<>(d.layers());
        // Shown front first, as people think of layers.
        for (int i = order.size() - 1; i >= 0; i--) {
            BadgeDesign.Layer layer = order.get(i);
            String name = getTranslation("badge.layer." + layer.name().toLowerCase(Locale.ROOT));
            Button forward = new Button(VaadinIcon.ARROW_UP.create(), e -> change(design.moveLayer(layer, 1)));
            forward.setAriaLabel(getTranslation("badge.layer.forward", name));
            forward.setEnabled(i < order.size() - 1);
            forward.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            Button back = new Button(VaadinIcon.ARROW_DOWN.create(), e -> change(design.moveLayer(layer, -1)));
            back.setAriaLabel(getTranslation("badge.layer.back", name));
            back.setEnabled(i > 0);
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            Span label = new Span(name);
            label.getStyle().set("min-width", "8rem");
            HorizontalLayout item = new HorizontalLayout(label, forward, back);
            item.setAlignItems(FlexComponent.Alignment.CENTER);
            ListItem li = new ListItem(item);
            li.setId("layer-" + layer.name().toLowerCase(Locale.ROOT));
            layers.add(li);
        }
    }

    /** Redraws the preview in the chosen language and says what lacks contrast. */
    void redraw() {
        String lang = previewLanguage.getValue() == null ? "en" : previewLanguage.getValue().getLanguage();
        BadgeTexts t = texts().getOrDefault(lang, BadgeTexts.empty());
        previewBox.setSvg(service.preview(id, design, t));
        contrast.removeAll();
        for (BadgeDesign.ContrastProblem p : design.contrastProblems()) {
            Paragraph warning = new Paragraph(getTranslation("badge.contrast." + p.part(),
                    String.format(getLocale(), "%.1f", p.ratio())));
            warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
            contrast.add(warning);
        }
    }

    /** One framework the badge aligns to: name, web address, code; with a button to take it out. */
    void addAlignmentRow(org.mesta.badge.Alignment a) {
        TextField name = new TextField(getTranslation("badge.alignment.name"));
        name.setMaxLength(200);
        name.setValue(a.name());
        TextField url = new TextField(getTranslation("badge.alignment.url"));
        url.setMaxLength(500);
        url.setValue(a.url());
        TextField code = new TextField(getTranslation("badge.alignment.code"));
        code.setMaxLength(100);
        code.setValue(a.code() == null ? "" : a.code());
        code.setWidth("8rem");
        TextField[] row = {name, url, code};
        HorizontalLayout line = new HorizontalLayout(name, url, code);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            alignmentRows.remove(row);
            alignments.remove(line);
        });
        remove.setAriaLabel(getTranslation("badge.alignment.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        alignmentRows.add(row);
        alignments.add(line);
    }

    /** Stores an uploaded picture (checked on the server) or removes it (null); problems show by the upload. */
    void setPicture(byte[] upload) {
        try {
            Badge b = service.setImage(id, upload);
            version = b.getVersion();
            pictureProblem.setText("");
            removePicture.setVisible(upload != null);
            redraw();
        } catch (UserError e) {
            pictureProblem.setText(getTranslation(e.key(), e.params()));
        }
    }

    Map<String, BadgeTexts> texts() {
        Map<String, BadgeTexts> out = new LinkedHashMap<>();
        words.forEach((lang, line) -> out.put(lang, new BadgeTexts(line.get("name").getValue(),
                line.get("subtitle").getValue(), line.get("ribbon").getValue(),
                about.get(lang).get("description").getValue(), about.get(lang).get("criteria").getValue(),
                line.get("imageAlt").getValue())));
        return out;
    }

    BadgeDraft draft() {
        return new BadgeDraft(design, texts(), criteriaUrl.getValue(),
                new ArrayList<>(tags.getValue()), alignmentRows.stream()
                .filter(r -> !(r[0].getValue().isBlank() && r[1].getValue().isBlank() && r[2].getValue().isBlank()))
                .map(r -> new org.mesta.badge.Alignment(r[0].getValue().strip(), r[1].getValue().strip(), r[2].getValue().strip()))
                .toList(), expiryMonths.getValue());
    }

    boolean save() {
        var problems = draft().problems();
        clearProblems();
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        try {
            Badge b = service.save(id, version, draft());
            version = b.getVersion();
            Notifications.success(getTranslation("badge.saved"));
            return true;
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("badge.changed-elsewhere"));
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
            Notifications.error(getTranslation(e.key(), e.params()));
        }
    }

    private void clearProblems() {
        words.values().forEach(m -> m.values().forEach(f -> f.setInvalid(false)));
        about.values().forEach(m -> m.values().forEach(f -> f.setInvalid(false)));
        criteriaUrl.setInvalid(false);
        tags.setInvalid(false);
        expiryMonths.setInvalid(false);
    }

    private void showProblems(List<BadgeDraft.Problem> problems) {
        for (BadgeDraft.Problem p : problems) {
            String message = getTranslation(p.key());
            String[] parts = p.field().split("\\.");
            if (parts.length == 2 && words.containsKey(parts[1])) {
                var f = words.get(parts[1]).get(parts[0]);
                var a = about.get(parts[1]).get(parts[0]);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
                if (a != null) {
                    a.setErrorMessage(message);
                    a.setInvalid(true);
                }
            } else if (p.field().equals("criteriaUrl")) {
                criteriaUrl.setErrorMessage(message);
                criteriaUrl.setInvalid(true);
            } else if (p.field().equals("tags")) {
                tags.setErrorMessage(message);
                tags.setInvalid(true);
            } else if (p.field().startsWith("alignment.")) {
                int i = Integer.parseInt(p.field().substring("alignment.".length()));
                var kept = alignmentRows.stream().filter(r -> !(r[0].getValue().isBlank() && r[1].getValue().isBlank()
                        && r[2].getValue().isBlank())).toList();
                if (i < kept.size()) {
                    kept.get(i)[1].setErrorMessage(message);
                    kept.get(i)[1].setInvalid(true);
                }
            } else if (p.field().equals("expiryMonths")) {
                expiryMonths.setErrorMessage(message);
                expiryMonths.setInvalid(true);
            }
        }
        Notifications.error(getTranslation("badge.fix-problems"));
    }

    private static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 2 / 3, g = (rgb >> 8 & 0xff) * 2 / 3, b = (rgb & 0xff) * 2 / 3;
        return String.format("#%02X%02X%02X", r, g, b);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge.designer.title");
    }
}
