package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.Recommendation;
import org.mesta.opportunity.Theme;

import java.util.LinkedHashMap;
import java.util.Map;

/** Proposes a recommendation for the library, in English and/or Slovenian (at least one complete). */
final class ProposeDialog extends Dialog {

    final Select<Theme> theme = new Select<>();
    final TextField source = new TextField();
    final TextField titleEn = new TextField();
    final TextArea bodyEn = new TextArea();
    final TextField titleSl = new TextField();
    final TextArea bodySl = new TextArea();
    final Paragraph problem = new Paragraph();
    final Button send = new Button();

    ProposeDialog(RecommendationService service, Runnable done) {
        MestaUser me = MestaUser.require();
        setHeaderTitle(getTranslation("recommendation.propose"));
        Paragraph intro = new Paragraph(getTranslation(me.has(Role.CITY_ADMIN) || me.has(Role.NETWORK_ADMIN)
                ? "recommendation.propose.intro-admin" : "recommendation.propose.intro"));
        theme.setLabel(getTranslation("campaign.field.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        source.setLabel(getTranslation("recommendation.source"));
        source.setHelperText(getTranslation("recommendation.source.helper"));
        source.setMaxLength(200);
        titleEn.setLabel(getTranslation("recommendation.title-in", getTranslation("language.en")));
        bodyEn.setLabel(getTranslation("recommendation.text-in", getTranslation("language.en")));
        titleSl.setLabel(getTranslation("recommendation.title-in", getTranslation("language.sl")));
        bodySl.setLabel(getTranslation("recommendation.text-in", getTranslation("language.sl")));
        for (TextField f : new TextField[]{titleEn, titleSl}) f.setMaxLength(200);
        for (TextArea f : new TextArea[]{bodyEn, bodySl}) f.setMaxLength(4000);
        titleEn.getElement().setAttribute("lang", "en");
        bodyEn.getElement().setAttribute("lang", "en");
        titleSl.getElement().setAttribute("lang", "sl");
        bodySl.getElement().setAttribute("lang", "sl");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("error-text");
        send.setText(getTranslation("recommendation.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            Map<String, Recommendation.Words> words = new LinkedHashMap<>();
            words.put("en", new Recommendation.Words(titleEn.getValue(), bodyEn.getValue()));
            words.put("sl", new Recommendation.Words(titleSl.getValue(), bodySl.getValue()));
            try {
                service.propose(theme.getValue(), source.getValue(), words);
                close();
                done.run();
            } catch (UserError error) {
                problem.setText(getTranslation(error.key(), error.params()));
            }
        });
        FormLayout form = new FormLayout(theme, source, titleEn, bodyEn, titleSl, bodySl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("40rem");
    }
}
