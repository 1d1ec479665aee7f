package org.mesta.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapMarker;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Card;
import org.mesta.opportunity.PublicQuery;
import org.mesta.opportunity.Theme;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A city's public page: its approved, current opportunities on the map (clustered) and in a list, both
 * loaded for what the map shows and narrowed by the same filters.
 */
@Route("cities")
@AnonymousAllowed
public class CityOpportunitiesView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final int LIST_LIMIT = 500;

    private final OpportunityService opportunities;
    private final CityService cities;
    final MestaMap map;
    final Select<Theme> theme = new Select<>();
    final Select<OpportunityType> type = new Select<>();
    final Select<Format> format = new Select<>();
    final Select<AccessFeature> access = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final IntegerField age = new IntegerField();
    final Checkbox freeOnly = new Checkbox();
    final Grid<Row> list = new Grid<>();

    /** A list row: the card and its words in the reader's language. */
    record Row(Card card, Card.Shown shown) {
    }
    final Span count = new Span();
    private City city;
    private BoundingBox viewport;
    private final H2 title = new H2();
    private final Anchor feed = new Anchor();
    private DateTimeFormatter date;

    CityOpportunitiesView(OpportunityService opportunities, CityService cities, MapSettings mapSettings) {
        this.opportunities = opportunities;
        this.cities = cities;
        this.map = new MestaMap(mapSettings);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    /** Per city: its title, calendar link and map position; filters start empty (the rest is built once). */
    @Override
    public void setParameter(BeforeEvent event, String slug) {
        City found = cities.findCityBySlug(slug).orElseThrow(NotFoundException::new);
        city = null; // clearing the filters below must not load the old city's cards
        for (var f : List.of(theme, type, format, access)) f.clear();
        from.clear();
        to.clear();
        age.clear();
        freeOnly.clear();
        city = found;
        String lang = getLocale().getLanguage();
        ZoneId zone = ZoneId.of(city.getTimeZone());
        date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        title.setText(getTranslation("public.city.title", city.name(getLocale())));
        feed.setHref("/api/cities/" + city.getSlug() + "/opportunities.ics?lang=" + lang);
        map.setAccessibleTexts(getTranslation("public.city.map-label", city.name(getLocale())),
                getTranslation("map.none-in-view"), getTranslation("map.count-in-view"));
        viewport = new BoundingBox(city.getLatitude() - 0.3, city.getLongitude() - 0.45, city.getLatitude() + 0.3,
                city.getLongitude() + 0.45);
        load();
        map.frameMarkers(new GeoPoint(city.getLatitude(), city.getLongitude()), city.getZoom());
    }

    /** Built once: Vaadin keeps this instance when only the city changes, so listeners and columns are added here. */
    private void build() {
        feed.setText(getTranslation("public.city.calendar"));
        feed.getElement().setAttribute("download", true);

        select(theme, Theme.values(), "public.filter.theme", t -> getTranslation(t.translationKey()));
        select(type, OpportunityType.values(), "public.filter.type", t -> getTranslation(t.translationKey()));
        select(format, Format.values(), "public.filter.format", f -> getTranslation(f.translationKey()));
        select(access, AccessFeature.values(), "public.filter.access", a -> getTranslation(a.translationKey()));
        from.setLabel(getTranslation("public.filter.from"));
        to.setLabel(getTranslation("public.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        age.setLabel(getTranslation("public.filter.age"));
        age.setMin(0);
        age.setMax(99);
        age.setWidth("7em");
        freeOnly.setLabel(getTranslation("public.filter.free"));
        for (var f : List.of(theme, type, format, access)) f.addValueChangeListener(e -> load());
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        age.addValueChangeListener(e -> load());
        freeOnly.addValueChangeListener(e -> load());
        FlexLayout filters = new FlexLayout(theme, type, format, access, from, to, age, freeOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);

        map.setId("city-map");
        map.setWidthFull();
        map.setHeight("26rem");
        map.addViewportChangeListener(e -> {
            viewport = e.getBounds();
            load();
        });
        map.addMarkerClickListener(e -> open(Long.parseLong(e.getMarkerId())));

        list.addColumn(r -> r.shown().title()).setHeader(getTranslation("opportunity.field.title-short")).setFlexGrow(3);
        list.addColumn(r -> r.card().startsAt() == null ? getTranslation("opportunity.ongoing")
                : date.format(r.card().startsAt())).setHeader(getTranslation("opportunity.preview.when"));
        list.addColumn(r -> r.shown().organisation()).setHeader(getTranslation("opportunity.organisation"));
        list.addComponentColumn(r -> {
            Button open = new Button(getTranslation("public.open"), e -> open(r.card().id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("public.open-named", r.shown().title()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setAriaLabel(getTranslation("public.city.list"));
        list.setAllRowsVisible(true);
        count.setId("opportunity-count");
        count.getElement().setAttribute("aria-live", "polite");

        add(title, new Paragraph(feed), filters, map, new Paragraph(count), list);
    }

    private <T> void select(Select<T> select, T[] values, String labelKey, java.util.function.Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("public.filter.any"));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("public.filter.any") : label.apply(v));
    }

    void load() {
        if (city == null || viewport == null) {
            return;
        }
        List<Card> found = opportunities.cards(new PublicQuery(city.getId(), viewport, type.getValue(),
                format.getValue(), theme.getValue(), access.getValue(), freeOnly.getValue(), age.getValue(),
                from.getValue(), to.getValue(), PublicQuery.MAX_LIMIT));
        String lang = getLocale().getLanguage();
        List<Row> rows = found.stream().map(c -> new Row(c, c.shown(lang))).toList();
        map.setMarkers(rows.stream().filter(r -> r.card().latitude() != null)
                .map(r -> new MapMarker(String.valueOf(r.card().id()), new GeoPoint(r.card().latitude(),
                        r.card().longitude()), r.shown().title(), "opportunity", r.shown().summary())).toList());
        list.setItems(rows.stream().limit(LIST_LIMIT).toList());
        count.setText(getTranslation("public.city.count", found.size()));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(OpportunityDetailView.class, id));
    }

    @Override
    public String getPageTitle() {
        return city == null ? getTranslation("app.name") : getTranslation("public.city.title", city.name(getLocale()));
    }
}
