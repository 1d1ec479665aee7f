package org.mesta.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.MODERATOR;
import static org.mesta.SignedIn.PROVIDER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.MestaUser;
import org.mesta.map.GeoPoint;
import org.mesta.map.ViewportChangeEvent;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opportunities written only in Slovenian (or also in English), read by visitors of other languages. */
class ContentFallbackViewTest extends ViewTest {

    @Autowired
    OpportunityService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    WebApplicationContext web;

    private Opportunity approvedInSlovenianOnly() {
        return approved(OpportunityServiceTestData.complete("Delavnica v slovenščini"));
    }

    private Opportunity approved(OpportunityDraft draft) {
        SignedIn.as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = service.create(organisation);
        o = service.saveDraft(o.getId(), o.getVersion(), draft, 4);
        o = service.submit(o.getId(), o.getVersion());
        login(MODERATOR);
        moderation.decide(o.getId(), service.get(o.getId()).getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        return o;
    }

    @Test
    void english_visitor_reads_the_city_s_language_and_is_told_so_in_english() {
        Opportunity o = approvedInSlovenianOnly();
        english();
        navigate(OpportunityDetailView.class, o.getId());
        H2 title = find(H2.class).id("opportunity-title");
        assertThat(title.getText()).isEqualTo("Delavnica v slovenščini");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sl");
        Span note = find(Span.class).id("content-fallback");
        assertThat(note.getText()).isEqualTo("Shown in Slovenian \u2014 not yet available in English");
        assertThat(note.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void serbian_cyrillic_visitor_is_told_in_the_ui_s_words_and_slovenian_visitor_sees_no_note() {
        Opportunity o = approvedInSlovenianOnly();
        UI.getCurrent().setLocale(Locale.forLanguageTag("sr-Cyrl"));
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(find(Span.class).id("content-fallback").getElement().getAttribute("lang"))
                .isEqualTo("sr-Cyrl");

        slovenian();
        navigate(OpportunityDetailView.class, o.getId());
        assertThat(find(H2.class).id("opportunity-title").getElement().getAttribute("lang"))
                .isEqualTo("sl");
        assertThat(find(Span.class).withId("content-fallback").exists()).isFalse();
    }

    /** A complete draft with these texts, at a place of its own: a map zoomed there lists it alone. */
    private static OpportunityDraft at(GeoPoint place, Map<String, Texts> texts) {
        OpportunityDraft d = OpportunityServiceTestData.complete("");
        return new OpportunityDraft(
                texts,
                d.type(),
                d.themes(),
                d.format(),
                d.startsAt(),
                d.endsAt(),
                d.ongoing(),
                place,
                d.venue(),
                d.address(),
                d.onlineUrl(),
                d.ageMin(),
                d.ageMax(),
                d.capacity(),
                d.free(),
                d.price(),
                d.languages(),
                d.access(),
                d.accessibilityNotes(),
                d.joinUrl(),
                d.joinEmail(),
                d.joinPhone(),
                d.sessions());
    }

    /** The city page with its map moved to a small box around a place, showing the list. */
    private CityOpportunitiesView cityPageAround(GeoPoint place) {
        CityOpportunitiesView city = navigate(CityOpportunitiesView.class, "ljubljana");
        double lat = place.latitude();
        double lon = place.longitude();
        ComponentUtil.fireEvent(
                city.map,
                new ViewportChangeEvent(
                        city.map, true, lat - 0.001, lon - 0.001, lat + 0.001, lon + 0.001, 17, lat, lon));
        click(city.showList);
        return city;
    }

    private static Texts slovenian(String title) {
        return new Texts(title, "Kratek povzetek", "Opis.");
    }

    @Test
    void english_visitor_sees_a_slovenian_only_card_marked_and_the_list_says_why() {
        GeoPoint place = new GeoPoint(46.1377, 14.7131);
        Opportunity o = approved(at(place, Map.of("sl", slovenian("Kolesarska delavnica"))));
        english();
        CityOpportunitiesView city = cityPageAround(place);
        assertThat(city.listedIds()).containsExactly(o.getId());
        Element card = single(city.cards());
        Element heading = card.selectFirst("h3");
        assertThat(heading.text()).isEqualTo("Kolesarska delavnica");
        assertThat(heading.attr("lang")).isEqualTo("sl");
        Element marker = card.selectFirst(".mesta-content-marker");
        assertThat(marker.text()).isEqualTo("In Slovenian");
        assertThat(marker.attr("lang")).isEqualTo("en");
        assertThat(city.fallback.isVisible()).isTrue();
        assertThat(city.fallback.getText())
                .isEqualTo("Some opportunities are not yet available in English, so they are shown in another"
                        + " language.");
    }

    @Test
    void the_map_s_geojson_says_which_language_a_fallen_back_marker_speaks_by_the_list_s_rule() throws Exception {
        GeoPoint place = new GeoPoint(46.1391, 14.7190);
        Opportunity o = approved(at(place, Map.of("sl", slovenian("Kolesarska popravljalnica"))));
        english();
        CityOpportunitiesView city = cityPageAround(place);
        // What the browser asks (its box added): the pop-up gets lang="sl" from the feature's lang (mesta-map.ts).
        JsonNode feature = feature(city.map.getMarkerSource().orElseThrow(), place, o.getId());
        assertThat(feature.get("title").asString()).isEqualTo("Kolesarska popravljalnica");
        assertThat(feature.get("lang").asString()).isEqualTo("sl");

        // A Lithuanian reader of a card in Slovenian and English: the city's first language, as in the list.
        GeoPoint other = new GeoPoint(46.1433, 14.7301);
        Opportunity both = approved(at(
                other,
                Map.of(
                        "sl",
                        slovenian("Kolesarski izlet ob Savi"),
                        "en",
                        new Texts("Cycling by the Sava", "A short summary", "About it."))));
        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        city = cityPageAround(other);
        String url = city.map.getMarkerSource().orElseThrow();
        assertThat(url).contains("&lang=lt");
        assertThat(feature(url, other, both.getId()).get("lang").asString()).isEqualTo("sl");
        assertThat(single(city.cards()).text()).contains("Kolesarski izlet ob Savi");
    }

    /** The properties of the opportunity's feature in the GeoJSON the browser gets for a small box around a place. */
    private JsonNode feature(String markerSource, GeoPoint place, long id) throws Exception {
        String url = markerSource + "&bbox=" + (place.longitude() - 0.001) + "," + (place.latitude() - 0.001) + ","
                + (place.longitude() + 0.001) + "," + (place.latitude() + 0.001);
        String body = MockMvcBuilders.webAppContextSetup(web)
                .build()
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder()
                .build()
                .readTree(body)
                .get("features")
                .valueStream()
                .filter(f -> f.get("id").asLong() == id)
                .findFirst()
                .orElseThrow()
                .get("properties");
    }

    @Test
    void english_visitor_sees_an_english_card_unmarked_and_no_line_and_a_lithuanian_one_gets_the_city_s_language() {
        GeoPoint place = new GeoPoint(46.1419, 14.7262);
        Opportunity o = approved(at(
                place,
                Map.of(
                        "sl",
                        slovenian("Kolesarski izlet"),
                        "en",
                        new Texts("Cycling trip", "A short summary", "About it."))));
        english();
        CityOpportunitiesView city = cityPageAround(place);
        assertThat(city.listedIds()).containsExactly(o.getId());
        Element card = single(city.cards());
        Element heading = card.selectFirst("h3");
        assertThat(heading.text()).isEqualTo("Cycling trip");
        assertThat(heading.attr("lang")).isEqualTo("en");
        assertThat(card.select(".mesta-content-marker")).isEmpty();
        assertThat(city.fallback.isVisible()).isFalse();

        // Not in Lithuanian: the city's first language (Slovenian) comes before English.
        UI.getCurrent().setLocale(Locale.forLanguageTag("lt"));
        city = cityPageAround(place);
        card = single(city.cards());
        heading = card.selectFirst("h3");
        assertThat(heading.text()).isEqualTo("Kolesarski izlet");
        assertThat(heading.attr("lang")).isEqualTo("sl");
        assertThat(card.selectFirst(".mesta-content-marker").text()).isEqualTo("Kalba: slovėnų");
        assertThat(city.fallback.isVisible()).isTrue();
    }

    /** The one card the list shows. */
    private static Element single(org.jsoup.select.Elements cards) {
        assertThat(cards).hasSize(1);
        return cards.getFirst();
    }
}
