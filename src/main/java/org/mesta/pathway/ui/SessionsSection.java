package org.mesta.pathway.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.mesta.city.CityService;
import org.mesta.opportunity.OpportunityPageSection;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.JoiningService;

/** Adds the sessions to join to a published opportunity's page (when people join it in Mesta and it has dates). */
@org.springframework.stereotype.Component
class SessionsSection implements OpportunityPageSection {

    private final JoiningService joining;
    private final CityService cities;

    SessionsSection(JoiningService joining, CityService cities) {
        this.joining = joining;
        this.cities = cities;
    }

    @Override
    public List<Component> sections(PublicOpportunity o, Locale locale) {
        if (!o.joinsInMesta()) return List.of();
        ZoneId zone =
                cities.findCity(o.cityId()).map(c -> ZoneId.of(c.getTimeZone())).orElse(ZoneId.of("UTC"));
        return List.of(new SessionList(joining, o, zone));
    }
}
