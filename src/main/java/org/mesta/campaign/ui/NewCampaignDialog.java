package org.mesta.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongConsumer;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;

/** Starts a campaign: a title, its kind, and (optionally) the recommendation it carries. */
final class NewCampaignDialog extends Dialog {

    final TextField title = new TextField();
    final RadioButtonGroup<CampaignKind> kind = new RadioButtonGroup<>();
    final ComboBox<Recommendation> recommendation = new ComboBox<>();
    final Button create = new Button();

    private NewCampaignDialog(
            BoardService board, List<Recommendation> library, Recommendation from, LongConsumer created) {
        String language = TranslationProvider.tag(UI.getCurrent().getLocale());
        setHeaderTitle(getTranslation("campaign.new"));
        title.setLabel(getTranslation("campaign.field.title"));
        title.setRequired(true);
        title.setMaxLength(200);
        title.setWidthFull();
        kind.setLabel(getTranslation("campaign.field.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(CampaignKind.ADVOCACY);
        recommendation.setLabel(getTranslation("campaign.field.recommendation"));
        recommendation.setHelperText(getTranslation("campaign.field.recommendation.helper"));
        recommendation.setItems(library);
        recommendation.setItemLabelGenerator(r -> r.words(language).title());
        recommendation.setClearButtonVisible(true);
        recommendation.setWidthFull();
        if (from != null) {
            recommendation.setValue(from);
            title.setValue(from.words(language).title());
        }
        create.setText(getTranslation("campaign.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                Campaign c = board.create(
                        title.getValue(),
                        kind.getValue(),
                        recommendation.getValue() == null
                                ? null
                                : recommendation.getValue().getId());
                close();
                created.accept(c.getId());
            } catch (UserError error) {
                title.setErrorMessage(getTranslation(error.key(), error.params()));
                title.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(title, kind, recommendation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
        setWidth("34rem");
    }

    /** Offers the curated recommendations of the library to carry. */
    static NewCampaignDialog open(
            BoardService board, RecommendationService library, Recommendation from, LongConsumer created) {
        NewCampaignDialog d = new NewCampaignDialog(board, library.recommendations(null, false), from, created);
        d.open();
        d.title.focus();
        return d;
    }
}
