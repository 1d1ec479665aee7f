package org.mesta.workspace;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;

/** A person's city and its learning providers: the common ground of the learner, ambassador and moderator. */
class CityOverview extends Composite<Div> {

    CityOverview(CityService cities, Long cityId) {
        Div root = getContent();
        root.addClassNames("mesta-card", "mesta-providers", LumoUtility.Padding.MEDIUM);
        City city = cities.findCity(cityId).orElse(null);
        if (city == null) {
            root.add(new Paragraph(getTranslation("workspace.no-city")));
            return;
        }
        H3 name = new H3(getTranslation("dash.providers.title", city.name(getLocale())));
        name.setId("workspace-city");
        List<Organisation> organisations = cities.organisationsOfCity(city.getId());
        Span count = new Span(getTranslation("workspace.organisation-count", organisations.size()));
        count.addClassNames(LumoUtility.TextColor.SECONDARY);
        UnorderedList list = new UnorderedList();
        for (Organisation o : organisations) {
            ListItem item = new ListItem();
            if (o.getWebsite() != null) {
                item.add(new Anchor(o.getWebsite(), o.getName(), AnchorTarget.BLANK));
            } else {
                item.add(new Span(o.getName()));
            }
            String text = o.description(getLocale());
            if (text != null) {
                Span description = new Span(" — " + text);
                description.addClassNames(LumoUtility.TextColor.SECONDARY);
                item.add(description);
            }
            list.add(item);
        }
        root.add(name, count, list);
    }
}
