package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mesta.base.Languages;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.Role;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.MultilingualField;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.opportunity.Theme;

/**
 * Proposes a recommendation for the library, in the city's languages (at least one complete). The rules are the
 * library's: its problems appear next to the fields they are about.
 */
final class ProposeDialog extends Dialog {

    /** What the dialog holds; the title and the text of each language go together as the recommendation's words. */
    public record ProposeForm(Theme theme, String source, MultilingualText title, MultilingualText text) {}

    final Select<Theme> theme = new Select<>();
    final TextField source = new TextField();
    final MultilingualField title;
    final MultilingualField text;
    final Button send = new Button();
    private final FormBinder<ProposeForm> binder = new FormBinder<>(ProposeForm.class);

    ProposeDialog(RecommendationService service, Runnable done) {
        MestaUser me = MestaUser.require();
        Languages languages = service.languages();
        setHeaderTitle(getTranslation("recommendation.propose"));
        Paragraph intro = new Paragraph(getTranslation(
                me.has(Role.CITY_ADMIN) || me.has(Role.NETWORK_ADMIN)
                        ? "recommendation.propose.intro-admin"
                        : "recommendation.propose.intro"));
        theme.setLabel(getTranslation("campaign.field.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        source.setLabel(getTranslation("recommendation.source"));
        source.setHelperText(getTranslation("recommendation.source.helper"));
        source.setMaxLength(200);
        title = MultilingualField.line("recommendation.title-in", languages);
        title.setMaxLength(200);
        text = MultilingualField.area("recommendation.text-in", languages);
        text.setMaxLength(4000);
        binder.forField(theme).bind("theme");
        binder.forField(source).bind("source");
        binder.forField(title).bind("title");
        binder.forField(text).bind("text");
        binder.readRecord(new ProposeForm(null, "", MultilingualText.EMPTY, MultilingualText.EMPTY));
        send.setText(getTranslation("recommendation.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A proposal is new: nobody else can have changed it, so there is nothing to reload.
        send.addClickListener(e -> {
            if (binder.save(f -> service.propose(f.theme(), f.source(), words(f)), () -> {})) {
                close();
                done.run();
            }
        });
        FormLayout form = new FormLayout(theme, source, title, text);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("40rem");
    }

    private static Map<String, Recommendation.Words> words(ProposeForm f) {
        Map<String, Recommendation.Words> words = new LinkedHashMap<>();
        f.title()
                .texts()
                .keySet()
                .forEach(l -> words.put(
                        l, new Recommendation.Words(f.title().in(l), f.text().in(l))));
        f.text()
                .texts()
                .keySet()
                .forEach(l -> words.putIfAbsent(
                        l, new Recommendation.Words(f.title().in(l), f.text().in(l))));
        return words;
    }
}
