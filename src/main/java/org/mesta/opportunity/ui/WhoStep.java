package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.OpportunityRules;

/** The wizard's "who and how to join" step: ages, places, price, languages, access and how to sign up. */
final class WhoStep {

    private WhoStep() {}

    static Component layout(OpportunityForm f) {
        f.ageMin.setLabel(f.getTranslation("opportunity.field.age-min"));
        f.ageMax.setLabel(f.getTranslation("opportunity.field.age-max"));
        f.capacity.setLabel(f.getTranslation("opportunity.field.capacity"));
        f.free.setLabel(f.getTranslation("opportunity.field.free"));
        f.price.setLabel(f.getTranslation("opportunity.field.price"));
        f.languages.setLabel(f.getTranslation("opportunity.field.languages"));
        f.languages.setItems(
                OpportunityForm.DELIVERY_LANGUAGES,
                l -> l,
                l -> Locale.forLanguageTag(l).getDisplayLanguage(f.getLocale()));
        f.access.setLabel(f.getTranslation("opportunity.field.access"));
        f.access.setItems(
                List.of(AccessFeature.values()), AccessFeature::name, a -> f.getTranslation(a.translationKey()));
        f.accessibilityNotes.setLabel(f.getTranslation("opportunity.field.access-notes"));
        f.accessibilityNotes.setMaxLength(1000);
        f.joinUrl.setLabel(f.getTranslation("opportunity.field.join-url"));
        f.joinUrl.setPlaceholder("https://");
        f.joinEmail.setLabel(f.getTranslation("opportunity.field.join-email"));
        f.joinPhone.setLabel(f.getTranslation("opportunity.field.join-phone"));
        f.joinInMesta.setLabel(f.getTranslation("joining.field.join-in-mesta"));
        f.joinInMesta.setHelperText(f.getTranslation("joining.field.join-in-mesta-hint"));
        f.awardOnCheckIn.setLabel(f.getTranslation("joining.field.award-on-check-in"));
        f.price.setMaxLength(OpportunityRules.MAX_PRICE);
        f.joinUrl.setMaxLength(OpportunityRules.MAX_URL);
        f.joinEmail.setMaxLength(OpportunityRules.MAX_EMAIL);
        f.joinPhone.setMaxLength(OpportunityRules.MAX_PHONE);
        f.free.addValueChangeListener(e -> f.price.setVisible(!f.free.getValue()));
        Paragraph joinHint = new Paragraph(f.getTranslation("opportunity.field.join-hint"));
        joinHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        FormLayout form = new FormLayout(
                f.ageMin,
                f.ageMax,
                f.capacity,
                f.joinInMesta,
                f.awardOnCheckIn,
                f.free,
                f.price,
                f.languages,
                f.access,
                f.accessibilityNotes,
                joinHint,
                f.joinUrl,
                f.joinEmail,
                f.joinPhone);
        form.setColspan(f.languages, 2);
        form.setColspan(f.access, 2);
        form.setColspan(f.accessibilityNotes, 2);
        form.setColspan(joinHint, 2);
        form.setColspan(f.joinInMesta, 2);
        form.setColspan(f.awardOnCheckIn, 2);
        form.setColspan(f.joinUrl, 2);
        return form;
    }
}
