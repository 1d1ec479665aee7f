package org.mesta.opportunity.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.EnumSelect;
import org.mesta.base.ui.LeanButton;
import org.mesta.base.ui.LeanCheckbox;
import org.mesta.base.ui.LeanDatePicker;
import org.mesta.base.ui.LeanIntegerField;
import org.mesta.base.ui.Markup;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;
import org.mesta.map.HeatPoint;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.Card;
import org.mesta.opportunity.CityActivity;
import org.mesta.opportunity.CityImpact;
import org.mesta.opportunity.CityPathways;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicQuery;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A city's public page: its approved, current opportunities on the map (clustered) and in a list, both
 * loaded for what the map shows and narrowed by the same filters.
 *
 * <p>Anonymous visitors are the many (#17), so a visit keeps almost nothing in its session: the browser loads the
 * map's markers from the stateless GeoJSON endpoint (the server only tells it the filters, as a URL), and the list
 * keeps the question, not the answer: its cards are drawn a page at a time and "more" asks again (the public index
 * answers from memory, without the database).
 */
@Route("cities")
@AnonymousAllowed
public class CityOpportunitiesView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    static final int LIST_LIMIT = 500;
    static final int PAGE = 20;

    private final PublicOpportunities opportunities;
    private final CityService cities;
    final MestaMap map;
    /** The filters' options live in the browser: each filter is one node of the session's state, not a dozen. */
    final EnumSelect<Theme> theme = new EnumSelect<>(Theme.class);

    final EnumSelect<OpportunityType> type = new EnumSelect<>(OpportunityType.class);
    final EnumSelect<Format> format = new EnumSelect<>(Format.class);
    final EnumSelect<AccessFeature> access = new EnumSelect<>(AccessFeature.class);
    /** The dates, age and "free only" are the web components alone too, with one listener each (base/ui Lean*). */
    final LeanDatePicker from = new LeanDatePicker();

    final LeanDatePicker to = new LeanDatePicker();
    final LeanIntegerField age = new LeanIntegerField(0, 99);
    final LeanCheckbox freeOnly = new LeanCheckbox();
    final Details filters = new Details();
    final LeanButton showMap = new LeanButton();
    final LeanButton showList = new LeanButton();
    /** Map and list side by side where there is room; on phones the one chosen with the switch. */
    final Div results = new Div();

    /** The cards, drawn as one piece of markup (role list, each card a listitem). */
    final Div list = new Div();

    /** The ids of the cards drawn, in order. */
    private final List<Long> listed = new java.util.ArrayList<>();
    /** Said when some cards are not in the reader's language: "Some opportunities are not yet available in …". */
    final Paragraph fallback = new Paragraph();

    final LeanButton more = new LeanButton();
    /** The list's question (the filters and the box the map shows), asked again for each further page. */
    private @Nullable PublicQuery query;
    /** What the list's first page showed when drawn (a hash, not the cards): an unchanged page is not redrawn. */
    private int shownFirstPage;

    Pane pane;

    /** Which of the two a phone shows. */
    enum Pane {
        MAP,
        LIST
    }

    final Span count = new Span();
    private City city;
    private BoundingBox viewport;
    private final H2 title = new H2();
    private final Anchor feed = new Anchor();
    /** The city's public impact page, when it publishes one. */
    final Anchor impactLink = new Anchor();

    private final @Nullable CityImpact impact;
    private ZoneId zone;

    /**
     * Opportunities and, from the pathway feature when present, the city's pathways: a switch of two pressed/unpressed
     * buttons like the map/list one (Vaadin's Tabs put a focusable scroller inside the tablist, which axe refuses).
     */
    final Div tabs = new Div();

    final LeanButton opportunitiesTab = new LeanButton();
    final LeanButton pathwaysTab = new LeanButton();
    final Div opportunitiesPanel = new Div();
    final CityPathwaysPanel pathwaysPanel;

    /**
     * The activity density layer, from the impact feature when present: the toggle is shown only to the city's admins
     * and network admins, and nothing of the density reaches a browser before they turn it on.
     */
    private final @Nullable CityActivity activity;

    final LeanButton density = new LeanButton();
    /** The busiest areas as text, since a heat map alone cannot be read by everyone. */
    final Div densitySummary = new Div();

    boolean densityOn;

    CityOpportunitiesView(
            PublicOpportunities opportunities,
            CityService cities,
            MapSettings mapSettings,
            ObjectProvider<CityPathways> pathways,
            ObjectProvider<CityImpact> impact,
            ObjectProvider<CityActivity> activity) {
        this.impact = impact.getIfAvailable();
        this.opportunities = opportunities;
        this.cities = cities;
        this.map = new MestaMap(mapSettings);
        this.pathwaysPanel = new CityPathwaysPanel(pathways.getIfAvailable(), mapSettings);
        this.activity = activity.getIfAvailable();
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
        showDensity(false);
        density.setVisible(activity != null && activity.shownTo(found.getId()));
        show(Pane.MAP);
        pathwaysPanel.forCity(found);
        boolean pathwaysAsked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .filter("pathways"::equals)
                .isPresent();
        showTab(pathwaysAsked && pathwaysTab.isVisible());
        filters.setOpened(true);
        // On a phone the filters would push the map below the fold: they start folded (the browser knows its width).
        filters.getElement().executeJs("if (window.matchMedia('(max-width: 48rem)').matches) this.opened = false;");
        String lang = TranslationProvider.tag(getLocale());
        zone = ZoneId.of(city.getTimeZone());
        title.setText(getTranslation("public.city.title", city.name(getLocale())));
        feed.setHref("/api/cities/" + city.getSlug() + "/opportunities.ics?lang=" + lang);
        impactLink.setHref("cities/" + city.getSlug() + "/impact");
        impactLink.setVisible(impact != null && impact.hasPublicPage(city.getId()));
        map.setAccessibleTexts(
                getTranslation("public.city.map-label", city.name(getLocale())),
                getTranslation("map.none-in-view"),
                getTranslation("map.count-in-view"));
        viewport = new BoundingBox(
                city.getLatitude() - 0.3,
                city.getLongitude() - 0.45,
                city.getLatitude() + 0.3,
                city.getLongitude() + 0.45);
        List<Card> around = load();
        // Framed on what the list found around the city (the browser loads the markers only once it knows the view).
        map.frame(
                around.stream()
                        .filter(c -> c.latitude() != null)
                        .map(c -> new GeoPoint(c.latitude(), c.longitude()))
                        .toList(),
                new GeoPoint(city.getLatitude(), city.getLongitude()),
                city.getZoom());
    }

    /** Built once: Vaadin keeps this instance when only the city changes, so listeners and columns are added here. */
    private void build() {
        feed.setText(getTranslation("public.city.calendar"));
        impactLink.setText(getTranslation("impact.public.link"));
        impactLink.setId("city-impact-link");
        impactLink.addClassNames(LumoUtility.Margin.Left.MEDIUM);
        feed.getElement().setAttribute("download", true);

        select(theme, "public.filter.theme", t -> getTranslation(t.translationKey()));
        select(type, "public.filter.type", t -> getTranslation(t.translationKey()));
        select(format, "public.filter.format", f -> getTranslation(f.translationKey()));
        select(access, "public.filter.access", a -> getTranslation(a.translationKey()));
        from.setLabel(getTranslation("public.filter.from"));
        to.setLabel(getTranslation("public.filter.to"));
        age.setLabel(getTranslation("public.filter.age"));
        age.setWidth("7em");
        freeOnly.setLabel(getTranslation("public.filter.free"));
        for (var f : List.of(theme, type, format, access)) f.addValueChangeListener(e -> load());
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        age.addValueChangeListener(e -> load());
        freeOnly.addValueChangeListener(e -> load());
        FlexLayout filterFields = new FlexLayout(theme, type, format, access, from, to, age, freeOnly);
        filterFields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filterFields.addClassNames("city-filter-fields", LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        filters.setSummaryText(getTranslation("public.filter.title"));
        filters.add(filterFields);
        filters.setOpened(true);
        filters.setId("city-filters");

        map.setId("city-map");
        map.setWidthFull();
        map.setHeight("26rem");
        map.addViewportChangeListener(e -> {
            viewport = e.getBounds();
            load();
        });
        map.addMarkerClickListener(e -> open(Long.parseLong(e.getMarkerId())));

        showMap.setText(getTranslation("public.city.show-map"));
        showMap.setIcon(VaadinIcon.MAP_MARKER.create());
        showMap.setId("show-map");
        showMap.addClickListener(e -> show(Pane.MAP));
        showList.setText(getTranslation("public.city.show-list"));
        showList.setIcon(VaadinIcon.LIST.create());
        showList.setId("show-list");
        showList.addClickListener(e -> show(Pane.LIST));
        Div toggle = new Div(showMap, showList);
        toggle.addClassName("mesta-segmented");
        toggle.getElement().setAttribute("role", "group");
        toggle.getElement().setAttribute("aria-label", getTranslation("public.city.show-as"));

        list.setId("opportunity-list");
        list.addClassName("city-cards");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("public.city.list"));
        more.setId("show-more");
        more.addClickListener(e -> showMore());
        count.setId("opportunity-count");
        count.getElement().setAttribute("aria-live", "polite");

        density.setText(getTranslation("public.city.density"));
        density.setIcon(VaadinIcon.FIRE.create());
        density.setId("show-density");
        density.setVisible(false);
        density.addClickListener(e -> showDensity(!densityOn));
        theme.addValueChangeListener(e -> {
            if (densityOn) showDensity(true);
        });
        densitySummary.setId("density-summary");
        densitySummary.addClassName("city-density-summary");
        densitySummary.setVisible(false);

        Div mapPane = new Div(map, densitySummary);
        mapPane.addClassName("city-map-pane");
        fallback.setId("city-content-fallback");
        fallback.setText(getTranslation("content.fallback.some"));
        fallback.addClassNames("mesta-content-fallback", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        fallback.setVisible(false);
        Div listPane = new Div(fallback, list, more);
        listPane.addClassName("city-list-pane");
        results.addClassName("city-results");
        results.add(mapPane, listPane);
        Div densityBar = new Div(new Paragraph(count), density);
        densityBar.addClassName("city-density-bar");
        opportunitiesPanel.add(new Paragraph(feed, impactLink), filters, toggle, densityBar, results);
        opportunitiesTab.setText(getTranslation("pathway.city.tab.opportunities"));
        opportunitiesTab.setId("tab-opportunities");
        opportunitiesTab.addClickListener(e -> showTab(false));
        pathwaysTab.setText(getTranslation("pathway.city.tab.pathways"));
        pathwaysTab.setId("tab-pathways");
        pathwaysTab.setVisible(pathwaysPanel.available());
        pathwaysTab.addClickListener(e -> showTab(true));
        tabs.add(opportunitiesTab, pathwaysTab);
        tabs.setId("city-tabs");
        tabs.addClassNames("city-switch", LumoUtility.Margin.Bottom.MEDIUM);
        tabs.getElement().setAttribute("role", "group");
        tabs.getElement().setAttribute("aria-label", getTranslation("pathway.city.tabs"));
        pathwaysPanel.setVisible(false);
        add(title, tabs, opportunitiesPanel, pathwaysPanel);
        show(Pane.MAP);
    }

    /** The chosen panel; the pathways are read when they are first shown for a city. */
    void showTab(boolean pathwaysShown) {
        opportunitiesTab.getElement().setAttribute("aria-pressed", String.valueOf(!pathwaysShown));
        pathwaysTab.getElement().setAttribute("aria-pressed", String.valueOf(pathwaysShown));
        opportunitiesTab.getElement().getThemeList().set("primary", !pathwaysShown);
        pathwaysTab.getElement().getThemeList().set("primary", pathwaysShown);
        opportunitiesPanel.setVisible(!pathwaysShown);
        pathwaysPanel.setVisible(pathwaysShown);
        if (pathwaysShown) pathwaysPanel.load(TranslationProvider.tag(getLocale()));
    }

    /** On phones one of map and list at a time (the switch is hidden where both fit, see phone.css). */
    void show(Pane which) {
        pane = which;
        results.getElement().setAttribute("data-show", which.name().toLowerCase(Locale.ROOT));
        showMap.getElement().setAttribute("aria-pressed", String.valueOf(which == Pane.MAP));
        showList.getElement().setAttribute("aria-pressed", String.valueOf(which == Pane.LIST));
        showMap.getElement().getThemeList().set("primary", which == Pane.MAP);
        showList.getElement().getThemeList().set("primary", which == Pane.LIST);
    }

    /** Turns the density layer on (loaded afresh, for the chosen theme) or off; only ever for those allowed. */
    void showDensity(boolean on) {
        densityOn = on && city != null && density.isVisible();
        density.getElement().setAttribute("aria-pressed", String.valueOf(densityOn));
        density.getElement().getThemeList().set("primary", densityOn);
        densitySummary.removeAll();
        densitySummary.setVisible(densityOn);
        if (!densityOn || activity == null) {
            map.clearHeat();
            return;
        }
        CityActivity.Density found = activity.lastYear(city.getId(), theme.getValue());
        map.setHeat(
                found.areas().stream()
                        .map(a -> new HeatPoint(new GeoPoint(a.latitude(), a.longitude()), a.weight()))
                        .toList(),
                getTranslation("public.city.density-legend"),
                getTranslation("public.city.density-less"),
                getTranslation("public.city.density-more"));
        densitySummary.add(new H3(getTranslation("public.city.density-summary")));
        if (found.busiest().isEmpty()) {
            densitySummary.add(new Paragraph(getTranslation("public.city.density-none", found.minPeople())));
            return;
        }
        OrderedList busiest = new OrderedList();
        for (CityActivity.Area a : found.busiest()) {
            String place = a.place() == null ? getTranslation("public.city.density-unnamed") : a.place();
            busiest.add(new ListItem(getTranslation("public.city.density-area", place, a.weight())));
        }
        densitySummary.add(busiest, new Paragraph(getTranslation("public.city.density-rule", found.minPeople())));
    }

    private <T extends Enum<T>> void select(EnumSelect<T> select, String labelKey, Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setOptions(getTranslation("public.filter.any"), label);
    }

    /** Asks for what the filters and the map's box match: the list's first page, the count, the map's markers URL. */
    List<Card> load() {
        if (city == null || viewport == null) {
            return List.of();
        }
        query = new PublicQuery(
                city.getId(),
                viewport,
                type.getValue(),
                format.getValue(),
                theme.getValue(),
                access.getValue(),
                freeOnly.getValue(),
                age.getValue(),
                from.getValue(),
                to.getValue(),
                PublicQuery.MAX_LIMIT);
        String markers = markerUrl();
        if (!map.getMarkerSource().filter(markers::equals).isPresent()) {
            map.setMarkerSource(markers, "opportunity"); // only when the filters changed: the browser follows the box
        }
        List<Card> found = opportunities.cards(query);
        String lang = TranslationProvider.tag(getLocale());
        // Each card in another language says which; this line says why, once for the list.
        fallback.setVisible(found.stream().limit(LIST_LIMIT).anyMatch(c -> {
            String shown = c.shown(getLocale(), city.getDefaultLanguage()).language();
            return shown != null && !shown.equals(lang);
        }));
        List<Card> firstPage = found.subList(0, Math.min(found.size(), Math.min(LIST_LIMIT, PAGE)));
        if (listed.size() == firstPage.size() && firstPage.hashCode() == shownFirstPage) {
            // The map settled or moved a little and the first page is what is shown: no redraw, so the answer stays
            // a few bytes (Vaadin keeps each UI's last answer) and a screen reader's place in the list is kept.
            showLeft(found);
        } else {
            listed.clear();
            showMore(found);
            shownFirstPage = firstPage.hashCode();
        }
        count.setText(getTranslation("public.city.count", found.size()));
        return found;
    }

    /**
     * The stateless GeoJSON the map's markers come from: this city and these filters, in the reader's language (the
     * browser adds the box it shows). Filter values are enum names, numbers and ISO dates: nothing to escape.
     */
    String markerUrl() {
        StringBuilder url = new StringBuilder("/api/opportunities.geojson?city=")
                .append(URLEncoder.encode(city.getSlug(), StandardCharsets.UTF_8))
                .append("&lang=")
                .append(TranslationProvider.tag(getLocale()));
        if (type.getValue() != null) url.append("&type=").append(type.getValue().name());
        if (format.getValue() != null)
            url.append("&format=").append(format.getValue().name());
        if (theme.getValue() != null)
            url.append("&theme=").append(theme.getValue().name());
        if (access.getValue() != null)
            url.append("&access=").append(access.getValue().name());
        if (freeOnly.getValue()) url.append("&free=true");
        if (age.getValue() != null) url.append("&age=").append(age.getValue());
        if (from.getValue() != null) url.append("&from=").append(from.getValue());
        if (to.getValue() != null) url.append("&to=").append(to.getValue());
        return url.toString();
    }

    /** The next page of cards: the question is asked again rather than its answer kept between clicks. */
    private void showMore() {
        if (query != null) showMore(opportunities.cards(query));
    }

    /**
     * Cards are drawn a page at a time, all of them as one piece of markup: the session keeps one node and their ids,
     * and visitors who see the same cards share the HTML ({@link Markup}).
     */
    private void showMore(List<Card> found) {
        List<Card> shown = found.subList(0, Math.min(found.size(), Math.min(LIST_LIMIT, listed.size() + PAGE)));
        org.jsoup.nodes.Element cards = Markup.root();
        listed.clear();
        for (Card c : shown) {
            CityCard.append(
                    cards,
                    this,
                    getLocale(),
                    c,
                    c.shown(getLocale(), city.getDefaultLanguage()),
                    zone,
                    city.getDefaultLanguage());
            listed.add(c.id());
        }
        Markup.draw(list, cards);
        showLeft(found);
    }

    /** The "more" button: how many of the found cards are not drawn yet. */
    private void showLeft(List<Card> found) {
        int left = Math.min(found.size(), LIST_LIMIT) - listed.size();
        more.setText(getTranslation("public.city.more", Math.min(left, PAGE), Math.max(0, left)));
        more.setVisible(left > 0);
    }

    /** The ids of the opportunities listed now, in order. */
    List<Long> listedIds() {
        return List.copyOf(listed);
    }

    /** The list's cards as the browser gets them (tests read them as a reader would). */
    org.jsoup.select.Elements cards() {
        return Markup.drawn(list).select(".city-card");
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(OpportunityDetailView.class, id));
    }

    @Override
    public String getPageTitle() {
        return city == null ? getTranslation("app.name") : getTranslation("public.city.title", city.name(getLocale()));
    }
}
