package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Map;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.SvgImage;

/**
 * The designer's live preview: the SVG the badge will carry (rendered by the server), in a language chosen here,
 * with what lacks contrast (below WCAG AA) said beneath it as it happens.
 */
class BadgePreview extends Composite<Div> {

    private final BadgeService service;
    private boolean loading;

    final SvgImage box = new SvgImage("", "min(100%, 20rem)");
    final Select<String> language = new Select<>();
    final Div contrast = new Div();

    /** {@code languageChanged} runs when someone picks another language to preview. */
    BadgePreview(BadgeService service, Runnable languageChanged) {
        this.service = service;
        box.setId("badge-preview");
        box.setHeight(null);
        box.getStyle().set("aspect-ratio", "1");
        language.setLabel(getTranslation("badge.design.preview-language"));
        // A language the app speaks is named as in the language menu; any other as the reader calls it.
        language.setItemLabelGenerator(code -> TranslationProvider.LOCALES.stream()
                        .anyMatch(l -> TranslationProvider.tag(l).equals(code))
                ? getTranslation("language." + code)
                : capitalised(Languages.displayName(code, getLocale())));
        language.addValueChangeListener(e -> {
            if (!loading) languageChanged.run();
        });
        contrast.setId("contrast-warnings");
        contrast.getElement().setAttribute("role", "status");
        contrast.getElement().setAttribute("aria-live", "polite");
        getContent().add(box, language, contrast);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
    }

    /**
     * Starts a badge in its languages, showing the reader's if it is one of them (quietly: the badge is drawn once
     * it is all filled in).
     */
    void reset(Languages languages, Locale reader) {
        loading = true;
        try {
            language.setItems(languages.codes());
            language.setValue(
                    languages.contains(TranslationProvider.tag(reader))
                            ? TranslationProvider.tag(reader)
                            : languages.first());
        } finally {
            loading = false;
        }
    }

    /** Draws the badge (with its stored picture) in the chosen language and says what lacks contrast. */
    void show(long badgeId, BadgeDesign design, Map<String, BadgeTexts> texts) {
        String lang = language.getValue() == null ? "en" : language.getValue();
        box.setSvg(service.preview(badgeId, design, texts.getOrDefault(lang, BadgeTexts.empty())));
        contrast.removeAll();
        for (BadgeDesign.ContrastProblem p : design.contrastProblems()) {
            Paragraph warning = new Paragraph(
                    getTranslation("badge.contrast." + p.part(), String.format(getLocale(), "%.1f", p.ratio())));
            warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
            contrast.add(warning);
        }
    }

    /** A language named on its own, as a menu item, starts with a capital in every language. */
    private String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }
}
