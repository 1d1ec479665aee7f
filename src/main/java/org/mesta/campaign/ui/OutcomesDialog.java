package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Predicate;
import org.mesta.campaign.Outcomes;

/**
 * Asks what a campaign achieved: numbers (empty = none) and a short story. Used when a card moves to Done and
 * to correct the outcomes later. The callback answers whether saving worked; the dialog stays open if not.
 */
final class OutcomesDialog extends Dialog {

    final IntegerField peopleReached = number("campaign.outcome.people");
    final IntegerField decisionMakers = number("campaign.outcome.decision-makers");
    final IntegerField eventsHeld = number("campaign.outcome.events");
    final IntegerField mediaMentions = number("campaign.outcome.media");
    final IntegerField artworks = number("campaign.outcome.artworks");
    final TextArea story = new TextArea();
    final Button save = new Button();

    private OutcomesDialog(Outcomes current, Predicate<Outcomes> saved) {
        setHeaderTitle(getTranslation("campaign.outcomes.title"));
        Paragraph intro = new Paragraph(getTranslation("campaign.outcomes.intro"));
        story.setLabel(getTranslation("campaign.outcome.story"));
        story.setHelperText(getTranslation("campaign.outcome.story.helper"));
        story.setRequired(true);
        story.setMaxLength(4000);
        story.setMinHeight("8rem");
        if (current != null) {
            peopleReached.setValue(current.peopleReached());
            decisionMakers.setValue(current.decisionMakers());
            eventsHeld.setValue(current.eventsHeld());
            mediaMentions.setValue(current.mediaMentions());
            artworks.setValue(current.artworks());
            story.setValue(current.story() == null ? "" : current.story());
        }
        save.setText(getTranslation("campaign.outcomes.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(saved));
        FormLayout form = new FormLayout(peopleReached, decisionMakers, eventsHeld, mediaMentions, artworks, story);
        form.setColspan(story, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(intro, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("40rem");
    }

    private void submit(Predicate<Outcomes> saved) {
        if (story.getValue().isBlank()) {
            story.setErrorMessage(getTranslation("campaign.error.outcome-story"));
            story.setInvalid(true);
            return;
        }
        for (IntegerField f : List.of(peopleReached, decisionMakers, eventsHeld, mediaMentions, artworks)) {
            if (f.isInvalid()) return;
        }
        Outcomes o = new Outcomes(
                peopleReached.getValue(),
                decisionMakers.getValue(),
                eventsHeld.getValue(),
                mediaMentions.getValue(),
                artworks.getValue(),
                story.getValue());
        if (saved.test(o)) {
            close();
        }
    }

    private IntegerField number(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(0);
        f.setMax(Outcomes.MAX);
        f.setStepButtonsVisible(false);
        f.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("campaign.error.outcome-number"))
                .setMinErrorMessage(getTranslation("campaign.error.outcome-number"))
                .setMaxErrorMessage(getTranslation("campaign.error.outcome-number")));
        return f;
    }

    static OutcomesDialog open(Outcomes current, Predicate<Outcomes> saved) {
        OutcomesDialog d = new OutcomesDialog(current, saved);
        d.open();
        return d;
    }
}
