package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.ReachingOutService;
import org.mesta.city.City;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;

/** The campaign page's ways to reach out: its public event (and where it stands), and the city's campaign badge. */
class ReachingOutSection extends Section {

    final Div status = new Div();
    final Button publishEvent = new Button();
    private final ReachingOutService service;
    private final Supplier<Campaign> campaign;
    private City city;

    ReachingOutSection(
            ReachingOutService service,
            PlaceService places,
            MapSettings map,
            Supplier<Campaign> campaign,
            Consumer<Campaign> changed,
            Runnable reload) {
        super("campaign.reaching-out");
        this.service = service;
        this.campaign = campaign;
        publishEvent.setText(getTranslation("campaign.event.open"));
        publishEvent.addClickListener(e -> new PublicEventDialog(
                        campaign.get(),
                        places,
                        map,
                        new GeoPoint(city.getLatitude(), city.getLongitude()),
                        city.getZoom(),
                        event -> {
                            Campaign c = campaign.get();
                            changed.accept(service.publishEvent(c.getId(), c.getVersion(), event));
                            Notifications.success(getTranslation("campaign.event.submitted"));
                            return true;
                        },
                        reload)
                .open());
        add(status, publishEvent);
    }

    /** The city whose map the public event is placed on. */
    void setCity(City city) {
        this.city = city;
    }

    void show(boolean editable) {
        publishEvent.setVisible(editable);
        status.removeAll();
        service.eventStatus(campaign.get().getId())
                .ifPresentOrElse(
                        s -> status.add(new Paragraph(getTranslation("campaign.event.status", getTranslation(s)))),
                        () -> status.add(new Paragraph(getTranslation("campaign.event.none"))));
        service.campaignBadge()
                .ifPresentOrElse(
                        b -> status.add(new Paragraph(getTranslation(
                                "campaign.badge.configured",
                                b.texts(TranslationProvider.tag(getLocale())).name()))),
                        () -> status.add(new Paragraph(getTranslation("campaign.badge.none"))));
    }
}
