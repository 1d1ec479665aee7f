package org.mesta.opportunity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunity;

import java.time.ZoneId;
import java.util.List;

/** A published opportunity at its own shareable address, with a calendar download. */
@Route("opportunities")
@AnonymousAllowed
public class OpportunityDetailView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OpportunityService opportunities;
    private final CityService cities;
    private final MapSettings mapSettings;
    private String title = "";

    OpportunityDetailView(OpportunityService opportunities, CityService cities, MapSettings mapSettings) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.mapSettings = mapSettings;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        PublicOpportunity o = opportunities.findPublic(id).orElseThrow(NotFoundException::new);
        City city = cities.findCity(o.cityId()).orElseThrow(NotFoundException::new);
        String lang = getLocale().getLanguage();
        title = o.texts(lang).title();
        Anchor back = new Anchor("cities/" + city.getSlug(), getTranslation("public.back-to-city", city.name(getLocale())));
        add(new Paragraph(back), new OpportunityPreview(o, ZoneId.of(city.getTimeZone())));
        if (o.location() != null) {
            MestaMap map = new MestaMap(mapSettings);
            map.setClustering(false);
            map.setInteraction(false, true);
            map.setAccessibleTexts(getTranslation("public.detail.map-label", title), "", getTranslation("map.picker.marker"));
            map.setMarkers(List.of(new MapMarker(String.valueOf(o.id()), o.location(), title, "opportunity", o.venue())));
            map.setView(o.location(), 15);
            map.setWidthFull();
            map.setHeight("16rem");
            add(map);
        }
        Anchor ics = new Anchor("/api/opportunities/" + o.id() + ".ics?lang=" + lang, getTranslation("public.detail.calendar"));
        ics.setId("ics-download");
        ics.getElement().setAttribute("download", true);
        add(new Paragraph(ics));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
