package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import org.mesta.base.UserError;
import org.mesta.base.ui.LocalDates;
import org.mesta.base.ui.StaleEdit;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.PublicEvent;
import org.mesta.map.GeoPoint;
import org.mesta.map.LocationPicker;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Offers one of the campaign's actions to the public: it goes to the city's moderators and then onto the map.
 * What is asked is what the public page shows; the contact must not be a young person's own address.
 */
final class PublicEventDialog extends Dialog {

    final TextField title = new TextField();
    final TextField summary = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker startsAt = LocalDates.localize(new DateTimePicker());
    final DateTimePicker endsAt = LocalDates.localize(new DateTimePicker());
    final Checkbox online = new Checkbox();
    final LocationPicker location;
    final TextField venue = new TextField();
    final TextField address = new TextField();
    final TextField link = new TextField();
    final Paragraph problem = new Paragraph();
    final Button submit = new Button();

    PublicEventDialog(
            Campaign c,
            PlaceService places,
            MapSettings map,
            GeoPoint centre,
            double zoom,
            Predicate<PublicEvent> submitted,
            Runnable reload) {
        setHeaderTitle(getTranslation("campaign.event.title"));
        Paragraph intro = new Paragraph(getTranslation("campaign.event.intro"));
        title.setLabel(getTranslation("campaign.event.name"));
        title.setValue(c.getTitle());
        title.setMaxLength(200);
        summary.setLabel(getTranslation("opportunity.field.summary"));
        summary.setMaxLength(300);
        description.setLabel(getTranslation("opportunity.field.description"));
        description.setMaxLength(6000);
        description.setValue(c.getGoal());
        startsAt.setLabel(getTranslation("campaign.event.starts"));
        endsAt.setLabel(getTranslation("campaign.event.ends"));
        online.setLabel(getTranslation("campaign.event.online"));
        location = new LocationPicker(getTranslation("opportunity.field.location"), places, map);
        // Starts from the campaign's first place, if it has one.
        var first = c.places().stream().findFirst();
        GeoPoint point = first.map(CampaignDraft.Place::location).orElse(null);
        location.setBias(point != null ? point : centre, zoom);
        location.setValue(point);
        venue.setLabel(getTranslation("opportunity.field.venue"));
        venue.setMaxLength(200);
        venue.setValue(first.map(CampaignDraft.Place::name).orElse(""));
        address.setLabel(getTranslation("opportunity.field.address"));
        address.setMaxLength(300);
        link.setLabel(getTranslation("campaign.event.link"));
        link.setMaxLength(500);
        link.setHelperText(getTranslation("campaign.event.link.helper"));
        link.setRequired(true);
        online.addValueChangeListener(e -> {
            location.setVisible(!e.getValue());
            venue.setVisible(!e.getValue());
            address.setVisible(!e.getValue());
        });
        problem.getElement().setAttribute("role", "alert");
        problem.addClassNames("error-text");
        submit.setText(getTranslation("campaign.event.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                PublicEvent event = new PublicEvent(
                        title.getValue(),
                        summary.getValue(),
                        description.getValue(),
                        startsAt.getValue(),
                        endsAt.getValue(),
                        online.getValue() ? null : location.getValue(),
                        venue.getValue(),
                        address.getValue(),
                        link.getValue().isBlank() ? null : link.getValue().strip());
                if (submitted.test(event)) close();
            } catch (UserError error) {
                problem.setText(String.join(
                        " ",
                        error.problems().stream()
                                .map(p -> getTranslation(p.key(), p.params()))
                                .toList()));
            } catch (OptimisticLockingFailureException error) {
                // The campaign changed meanwhile: what was typed here stays until the person chooses to reload.
                StaleEdit.tell(() -> {
                    close();
                    reload.run();
                });
            }
        });
        FormLayout form = new FormLayout(title, summary, description, startsAt, endsAt, online, venue, address, link);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form, location, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
        setWidth("42rem");
    }
}
