package org.mesta.opportunity.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mesta.base.Languages;
import org.mesta.city.City;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.Texts;

/**
 * Title, summary and description in each of the city's languages, its main language first (and required).
 * The fields are the form's, named "title.sl", "summary.sl", "description.sl" for the rules' problems.
 */
class LanguageTexts {

    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextField> summaries = new LinkedHashMap<>();
    final Map<String, TextArea> descriptions = new LinkedHashMap<>();

    LanguageTexts(OpportunityForm form, City city) {
        for (String lang : Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages())
                .codes()) {
            String language = Locale.forLanguageTag(lang).getDisplayLanguage(form.getLocale());
            boolean required = lang.equals(city.getDefaultLanguage());
            TextField title = form.register(
                    "title." + lang, new TextField(form.getTranslation("opportunity.field.title", language)));
            title.setMaxLength(200);
            title.setRequiredIndicatorVisible(required);
            TextField summary = form.register(
                    "summary." + lang, new TextField(form.getTranslation("opportunity.field.summary", language)));
            summary.setMaxLength(500);
            summary.setRequiredIndicatorVisible(required);
            TextArea description = form.register(
                    "description." + lang,
                    new TextArea(form.getTranslation("opportunity.field.description", language)));
            description.setMaxLength(6000);
            description.setHelperText(form.getTranslation("opportunity.field.description.helper"));
            titles.put(lang, title);
            summaries.put(lang, summary);
            descriptions.put(lang, description);
        }
    }

    /** Each language's three fields in a row, the description across the whole width. */
    void addTo(FormLayout layout) {
        titles.keySet().forEach(lang -> {
            layout.add(titles.get(lang), summaries.get(lang), descriptions.get(lang));
            layout.setColspan(descriptions.get(lang), 2);
        });
    }

    Map<String, Texts> value() {
        Map<String, Texts> texts = new LinkedHashMap<>();
        titles.keySet()
                .forEach(lang -> texts.put(
                        lang,
                        new Texts(
                                titles.get(lang).getValue(),
                                summaries.get(lang).getValue(),
                                descriptions.get(lang).getValue())));
        return texts;
    }

    void setValue(OpportunityDraft d) {
        titles.forEach((lang, field) -> field.setValue(d.texts(lang).title()));
        summaries.forEach((lang, field) -> field.setValue(d.texts(lang).summary()));
        descriptions.forEach((lang, field) -> field.setValue(d.texts(lang).description()));
    }
}
