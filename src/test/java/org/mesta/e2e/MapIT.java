package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.TranslationProvider;

/** The map component and the location picker in Chromium, on the developer demo page, offline. */
class MapIT extends BrowserTest {

    final List<String> requests = new ArrayList<>();

    @BeforeEach
    void recordRequests() {
        page.onRequest(r -> requests.add(r.url()));
    }

    private Locator demoMap() {
        Locator map = page.locator("#demo-map");
        map.locator("canvas").first().waitFor();
        return map;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> counts() {
        return (Map<String, Integer>) page.locator("#demo-map").evaluate("m => m.renderedCounts()");
    }

    @Test
    void the_map_renders_offline_with_clustered_markers_and_no_errors() {
        open("dev/map?markers=2000");
        demoMap();
        page.waitForFunction("() => document.querySelector('#demo-map').renderedCounts().clusters > 0");
        assertThat(page.locator("#viewport-info")).containsText("of 2,000 markers in view");
        assertNoConsoleErrors();
        assertThat(requests).allMatch(u -> u.startsWith(url("")) || u.startsWith("data:") || u.startsWith("blob:"));
    }

    /**
     * The public city map takes its markers from the stateless GeoJSON endpoint (#17): the browser asks for the box it
     * shows with the page's filters, and a filter makes it ask again.
     */
    @Test
    void the_city_map_loads_its_markers_from_the_geojson_endpoint_with_the_filters() {
        open("cities/ljubljana");
        Locator map = page.locator("#city-map");
        map.locator("canvas").first().waitFor();
        page.waitForFunction("() => document.querySelector('#city-map').sourceLoads > 0");
        page.waitForFunction("() => { const c = document.querySelector('#city-map').renderedCounts();"
                + " return c.clusters + c.singles > 0; }");
        assertThat(requests).anyMatch(u -> u.startsWith(url("api/opportunities.geojson?city=ljubljana&lang=en&bbox=")));
        assertThat(requests).noneMatch(u -> u.contains("free=true"));

        page.getByText("Free only").click();
        page.waitForCondition(() -> requests.stream()
                .anyMatch(u -> u.startsWith(url("api/opportunities.geojson?city=ljubljana&lang=en&free=true&bbox="))));
        assertNoConsoleErrors();
    }

    /**
     * The city page's date and age filters are the web components alone (#17), and still speak the reader's language: a
     * Slovenian reader types a date the Slovenian way and sees Slovenian months, and both filters reach the markers.
     */
    @Test
    void the_city_page_s_date_and_age_filters_read_a_slovenian_date_and_narrow_the_markers() {
        Locale sl = Locale.forLanguageTag("sl");
        TranslationProvider texts = new TranslationProvider();
        Page p = context.browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("sl-SI")
                        .setViewportSize(1280, 860)
                        .setTimezoneId("Europe/Ljubljana"))
                .newPage();
        List<String> asked = new CopyOnWriteArrayList<>();
        p.onRequest(r -> asked.add(r.url()));
        p.navigate(url("cities/ljubljana"));
        p.waitForFunction("() => document.querySelector('#city-map')?.sourceLoads > 0");

        Locator from = p.getByLabel(
                texts.getTranslation("public.filter.from", sl), new Page.GetByLabelOptions().setExact(true));
        from.fill("24. 12. 2099");
        assertThat(p.getByText("december 2099", new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        from.press("Enter");
        p.waitForCondition(() -> asked.stream().anyMatch(u -> u.contains("&from=2099-12-24&bbox=")));
        assertThat(from).hasValue("24. 12. 2099");
        assertThat(p.locator("#opportunity-count")).hasText(texts.getTranslation("public.city.count", sl, 0));

        Locator age = p.getByLabel(
                texts.getTranslation("public.filter.age", sl), new Page.GetByLabelOptions().setExact(true));
        age.fill("17");
        age.press("Enter");
        p.waitForCondition(() -> asked.stream().anyMatch(u -> u.contains("&age=17&from=2099-12-24&bbox=")));
        p.context().close();
    }

    /**
     * A map that gets its marker source before it has a size (laid out later, as beside the list on a desktop) asks for
     * its markers as soon as it is given one, without being moved.
     */
    @Test
    void a_map_laid_out_after_its_marker_source_arrives_still_loads_its_markers() {
        open("cities/ljubljana");
        page.locator("#city-map canvas").first().waitFor();
        page.evaluate("""
                () => {
                  const box = document.createElement('div');
                  box.id = 'late-box';
                  box.style.display = 'none';
                  const map = document.createElement('mesta-map');
                  map.id = 'late-map';
                  map.style.height = '300px';
                  box.append(map);
                  document.body.append(box);
                  map.setMarkerSource('/api/opportunities.geojson?city=ljubljana&lang=en', 'default');
                  map.setMarkerSource('/api/opportunities.geojson?city=ljubljana&lang=en', 'default');
                }""");
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => document.querySelector('#late-map').sourceLoads"))
                .isEqualTo(0);

        page.evaluate("() => { document.querySelector('#late-box').style.display = 'block'; }");
        page.waitForFunction("() => document.querySelector('#late-map').sourceLoads > 0");
        page.waitForFunction("() => { const c = document.querySelector('#late-map').renderedCounts();"
                + " return c.clusters + c.singles > 0; }");
        assertNoConsoleErrors();
    }

    /**
     * A marker whose text fell back to another language than the page's says so in its pop-up's lang (WCAG 3.1.2), and
     * the keyboard reaches it (Enter at the centre cross). The endpoint's answer is replaced by one such marker.
     */
    @Test
    void a_pop_up_in_another_language_carries_its_lang_and_opens_with_the_keyboard() {
        open("cities/ljubljana");
        Locator map = page.locator("#city-map");
        map.locator("canvas").first().waitFor();
        page.waitForFunction("() => document.querySelector('#city-map').sourceLoads > 0");
        List<?> centre = (List<?>) map.evaluate("m => m.centre()");
        String feature = "{\"type\":\"FeatureCollection\",\"clustered\":false,\"features\":[{\"type\":\"Feature\","
                + "\"id\":4242,\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + centre.get(0) + ","
                + centre.get(1) + "]},\"properties\":{\"id\":4242,\"title\":\"Kolesarska delavnica\","
                + "\"summary\":\"Popravimo kolo skupaj.\",\"lang\":\"sl\"}}]}";
        page.route(
                "**/api/opportunities.geojson**",
                r -> r.fulfill(new Route.FulfillOptions()
                        .setContentType("application/geo+json")
                        .setBody(feature)));
        int loads = ((Number) map.evaluate("m => m.sourceLoads")).intValue();
        map.evaluate("m => m.setMarkerSource('/api/opportunities.geojson?city=ljubljana&lang=en', 'opportunity')");
        page.waitForFunction("n => document.querySelector('#city-map').sourceLoads > n", loads);

        // Enter at the centre cross, and the pop-up read in the same turn (the marker's click then opens its page).
        List<?> popup = (List<?>) map.evaluate("""
                m => { m.focus(); m.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
                  const p = m.querySelector('.mesta-map-popup'); return [p.getAttribute('lang'), p.textContent]; }""");
        assertThat(popup.get(0)).isEqualTo("sl");
        assertThat((String) popup.get(1)).contains("Kolesarska delavnica", "Popravimo kolo skupaj.");
        page.waitForURL(u -> u.endsWith("/opportunities/4242"));
    }

    @Test
    void clusters_split_into_single_markers_when_zooming_in() {
        open("dev/map?markers=2000");
        demoMap();
        page.waitForFunction("() => document.querySelector('#demo-map').renderedCounts().clusters > 0");
        Map<String, Integer> world = counts();
        assertThat(world.get("clusters")).isPositive();
        page.click("#zoom-ljubljana");
        page.waitForFunction("() => document.querySelector('#demo-map').zoom() > 13.9");
        page.waitForFunction("() => document.querySelector('#demo-map').renderedCounts().singles > 0");
        Map<String, Integer> city = counts();
        assertThat(city.get("singles")).isGreaterThan(world.get("singles"));
        assertThat(page.locator("#viewport-info")).containsText("zoom 14.0");
    }

    @Test
    void a_click_on_a_cluster_zooms_in() {
        open("dev/map?markers=100");
        Locator map = demoMap();
        page.waitForFunction("() => document.querySelector('#demo-map').renderedCounts().clusters > 0");
        double before = ((Number) map.evaluate("m => m.zoom()")).doubleValue();
        List<?> pixel = (List<?>) map.evaluate("""
                m => { const map = m.map; let best; map.getAllLayers().at(-1).getSource().getFeatures()
                  .forEach(f => { if ((f.get('features') || []).length > 1) best = f; });
                  return map.getPixelFromCoordinate(best.getGeometry().getCoordinates()); }""");
        map.click(new Locator.ClickOptions()
                .setPosition(((Number) pixel.get(0)).doubleValue(), ((Number) pixel.get(1)).doubleValue()));
        page.waitForFunction("z => document.querySelector('#demo-map').zoom() > z + 0.5", before);
    }

    @Test
    void the_map_is_keyboard_operable() {
        open("dev/map?markers=100");
        Locator map = demoMap();
        map.focus();
        double before = ((Number) map.evaluate("m => m.zoom()")).doubleValue();
        page.keyboard().press("+");
        page.waitForFunction("z => document.querySelector('#demo-map').zoom() > z", before);
        List<?> centre = (List<?>) map.evaluate("m => m.centre()");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("x => document.querySelector('#demo-map').centre()[0] > x", centre.get(0));
        assertThat(map.getAttribute("aria-label")).startsWith("Demo map");
    }

    @Test
    void clicking_the_map_in_a_location_picker_sets_its_value() {
        open("dev/map");
        Locator picker = page.locator("#demo-picker mesta-map");
        picker.scrollIntoViewIfNeeded();
        picker.locator("canvas").first().waitFor();
        page.waitForTimeout(500);
        picker.click(new Locator.ClickOptions().setPosition(200, 120));
        Locator latitude =
                page.locator("#demo-picker vaadin-number-field input").first();
        page.waitForFunction("el => el.value !== ''", latitude.elementHandle());
        double lat = Double.parseDouble(latitude.inputValue());
        assertThat(lat).isBetween(45.0, 47.5);
        page.click("text=Check the value");
        assertThat(page.locator("#picked-value")).containsText("Chosen: ");
        assertNoConsoleErrors();
    }

    @Test
    void place_search_selects_a_city_and_moves_the_map() {
        open("dev/map");
        Locator search = page.locator("#demo-picker vaadin-combo-box input");
        search.scrollIntoViewIfNeeded();
        search.fill("Maribo");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Maribor, SI"))
                .click();
        Locator latitude =
                page.locator("#demo-picker vaadin-number-field input").first();
        page.waitForFunction("el => el.value.startsWith('46.5')", latitude.elementHandle());
        page.waitForFunction(
                "() => Math.abs(document.querySelector('#demo-picker mesta-map').centre()[1] - 46.55) < 0.05");
        assertThat(page.locator("#demo-picker mesta-map").getAttribute("aria-label"))
                .contains("Venue location");
    }
}
