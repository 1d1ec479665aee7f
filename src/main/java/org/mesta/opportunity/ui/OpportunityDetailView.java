package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.List;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.base.ui.SvgImage;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.opportunity.OpportunityPageSection;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;

/** A published opportunity at its own shareable address, with a calendar download. */
@Route("opportunities")
@AnonymousAllowed
public class OpportunityDetailView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PublicOpportunities opportunities;
    private final CityService cities;
    private final MapSettings mapSettings;
    private String title = "";

    private final BadgeService badges;
    private final List<OpportunityPageSection> sections;

    OpportunityDetailView(
            PublicOpportunities opportunities,
            CityService cities,
            MapSettings mapSettings,
            BadgeService badges,
            List<OpportunityPageSection> sections) {
        this.badges = badges;
        this.sections = sections;
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
        String shown = o.shownLanguage(getLocale(), city.getDefaultLanguage());
        String lang = shown == null ? TranslationProvider.tag(getLocale()) : shown;
        title = o.texts(lang).title();
        Anchor back =
                new Anchor("cities/" + city.getSlug(), getTranslation("public.back-to-city", city.name(getLocale())));
        add(new Paragraph(back), new OpportunityPreview(o, ZoneId.of(city.getTimeZone()), city.getDefaultLanguage()));
        sections.forEach(s -> s.sections(o, getLocale()).forEach(this::add));
        if (!o.badges().isEmpty()) {
            add(badgesYouCanEarn(o.badges(), city.getDefaultLanguage()));
        }
        // The organisation in the reader's language where it wrote one (else the city's first language, else English).
        if (o.organisationId() != null) {
            cities.findOrganisation(o.organisationId())
                    .filter(org -> org.description(getLocale()) != null)
                    .ifPresent(org -> {
                        H3 about = new H3(getTranslation("public.detail.about-organisation", o.organisationName()));
                        Paragraph words = new Paragraph(org.description(getLocale()));
                        words.setId("organisation-description");
                        add(about, words);
                        ContentLanguage.mark(words, org.descriptionLanguage(getLocale()), getLocale())
                                .ifPresent(this::add);
                    });
        }
        if (o.location() != null) {
            MestaMap map = new MestaMap(mapSettings);
            map.setClustering(false);
            map.setInteraction(false, true);
            map.setAccessibleTexts(
                    getTranslation("public.detail.map-label", title), "", getTranslation("map.picker.marker"));
            map.setMarkers(
                    List.of(new MapMarker(String.valueOf(o.id()), o.location(), title, "opportunity", o.venue())));
            map.setView(o.location(), 15);
            map.setWidthFull();
            map.setHeight("16rem");
            add(map);
        }
        Anchor ics = new Anchor(
                "/api/opportunities/" + o.id() + ".ics?lang=" + lang, getTranslation("public.detail.calendar"));
        ics.setId("ics-download");
        ics.getElement().setAttribute("download", true);
        add(new Paragraph(ics));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The badges taking part can earn: their image, name and how to earn them. */
    private Component badgesYouCanEarn(List<Long> ids, String cityFirst) {
        Div section = new Div(new H3(getTranslation("public.detail.badges")));
        section.setId("opportunity-badges");
        for (Long badgeId : ids) {
            Badge b = badges.get(badgeId);
            String shown = b.shownLanguage(getLocale(), cityFirst);
            String lang = shown == null ? TranslationProvider.tag(getLocale()) : shown;
            var t = b.texts(lang);
            var image = new SvgImage(badges.svg(badgeId, lang), "6rem");
            var apply = new Anchor("badges/apply/" + badgeId, getTranslation("public.detail.apply"));
            apply.setAriaLabel(getTranslation("public.detail.apply-named", t.name()));
            var name = new Span(t.name());
            name.getElement().getStyle().set("font-weight", "600");
            var criteria = new Paragraph(t.criteria());
            ContentLanguage.mark(criteria, shown, getLocale());
            ContentLanguage.mark(image, shown, getLocale());
            var words = new Div(name);
            ContentLanguage.mark(name, shown, getLocale()).ifPresent(words::add);
            words.add(criteria, apply);
            words.addClassName("opportunity-badge");
            var row = new HorizontalLayout(image, words);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            section.add(row);
        }
        return section;
    }
}
