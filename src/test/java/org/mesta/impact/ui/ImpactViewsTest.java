package org.mesta.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.RateLimits;
import org.mesta.base.RateLimitsTestAccess;
import org.mesta.base.ui.UserErrorView;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.impact.Chart;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactService;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The impact dashboards without a browser: who may open them, filters in the URL, publishing, the public page. */
class ImpactViewsTest extends ViewTest {

    @Autowired
    ImpactService impact;

    @Autowired
    CityService cities;

    long ljubljana;
    Set<Figure> publishedBefore;

    @Autowired
    RateLimits limits;

    @BeforeEach
    @AfterEach
    void forgetLimits() {
        RateLimitsTestAccess.forgetAll(limits);
    }

    @BeforeEach
    void remember() {
        ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        publishedBefore = impact.publishedFigures(ljubljana);
    }

    /** The demo's publication choice is shared by every test: put it back. */
    @AfterEach
    void restore() {
        SignedIn.run(
                users,
                CITY_ADMIN,
                () -> impact.publish(
                        ljubljana,
                        publishedBefore.isEmpty() ? EnumSet.noneOf(Figure.class) : EnumSet.copyOf(publishedBefore)));
    }

    @Test
    void city_admin_sees_every_figure_as_chart_table_and_downloads() {
        login(CITY_ADMIN);
        english();
        CityImpactView view = navigate(CityImpactView.class);

        assertThat(view.board.panels).extracting(p -> p.numbers.figure()).containsExactly(Figure.values());
        FigurePanel byTheme = view.board.panels.getFirst();
        assertThat(byTheme.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(byTheme.chart.summary()).startsWith("Opportunities by theme: Opportunities,");
        assertThat(byTheme.chart.getElement().getProperty("data")).contains("\"categories\":[");
        assertThat(text(byTheme.table)).contains("Theme").contains("Opportunities");
        assertThat(byTheme.csv.getHref()).isNotBlank();
        assertThat(byTheme.numbers.csv()).startsWith("Theme,Opportunities\r\n");
        assertThat(text(view.board)).contains("learner is active in a month");
        assertThat(text(view.board))
                .as("distinct people are sketch estimates, and the board says so")
                .contains("active learners and providers are estimates");
        assertThat(view.city.isVisible())
                .as("a city admin sees their own city only")
                .isFalse();
    }

    @Test
    void the_filters_come_from_the_url_so_a_filtered_view_can_be_shared() {
        login(CITY_ADMIN);
        english();
        UI.getCurrent()
                .navigate(
                        "admin/impact",
                        QueryParameters.simple(Map.of("from", "2025-01", "to", "2025-03", "theme", "INCLUSION")));
        CityImpactView view = (CityImpactView) getCurrentView();

        assertThat(view.filters.theme.getValue()).isEqualTo(Theme.INCLUSION);
        assertThat(view.filters.from.getValue()).hasToString("2025-01");
        assertThat(text(view.board)).contains("Period: Jan 2025 – Mar 2025; theme: Inclusion");
        assertThat(view.filters.query().getParameters())
                .containsEntry("theme", List.of("INCLUSION"))
                .containsEntry("to", List.of("2025-03"));
        Chart byTheme = impact.cityFigures(
                        ljubljana,
                        new org.mesta.impact.ImpactFilter(
                                java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 3), Theme.INCLUSION))
                .charts()
                .get(Figure.OPPORTUNITIES_BY_THEME);
        assertThat(view.board.panels.getFirst().numbers.keys()).isEqualTo(byTheme.categories());
    }

    @Test
    void a_provider_cannot_open_the_city_dashboard_nor_a_city_admin_the_network_one() {
        login(PROVIDER);
        navigate("admin/impact", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(CityImpactView.class);
        SecurityContextHolder.clearContext();
        login(CITY_ADMIN);
        navigate("network/impact", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(NetworkImpactView.class);
    }

    @Test
    void the_public_page_shows_only_what_the_city_admin_ticked() {
        login(CITY_ADMIN);
        english();
        CityImpactView admin = navigate(CityImpactView.class);
        admin.published.setValue(Set.of(Figure.OPPORTUNITIES_BY_THEME, Figure.BADGES_BY_THEME));
        test(admin.savePublished).click();
        assertThat(admin.publicPage.isVisible()).isTrue();
        SecurityContextHolder.clearContext();

        PublicImpactView page = navigate("cities/ljubljana/impact", PublicImpactView.class);
        assertThat(page.board.panels)
                .extracting(p -> p.numbers.figure())
                .containsExactly(Figure.OPPORTUNITIES_BY_THEME, Figure.BADGES_BY_THEME);
        assertThat(text(page))
                .doesNotContain("Active learners")
                .doesNotContain("Campaign outcomes")
                .doesNotContain("are estimates");
        assertThat(page.getPageTitle()).isEqualTo("Impact of Ljubljana");

        navigate("cities/ljubljana", Component.class);
        assertThat($(Anchor.class).id("city-impact-link").isVisible())
                .as("the city page links to its impact page")
                .isTrue();
    }

    @Test
    void a_city_that_published_nothing_has_no_public_impact_page() {
        City quiet = cities.allCities(java.util.Locale.ENGLISH).stream()
                .filter(c -> impact.publishedFigures(c.getId()).isEmpty())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> navigate("cities/" + quiet.getSlug() + "/impact", PublicImpactView.class))
                .hasMessageContaining("NotFoundView");
        navigate("cities/" + quiet.getSlug(), Component.class);
        assertThat($(Anchor.class).all())
                .as("no visible link to an impact page")
                .noneMatch(a -> a.getId().filter("city-impact-link"::equals).isPresent());
    }

    @Test
    void network_admin_sees_the_network_with_a_line_per_city_and_may_pick_a_city() {
        login(NETWORK_ADMIN);
        english();
        NetworkImpactView network = navigate(NetworkImpactView.class);
        assertThat(network.board.panels).hasSize(Figure.values().length);
        assertThat(text(network.perCity)).contains("Ljubljana");

        UI.getCurrent().navigate("admin/impact", QueryParameters.of("city", "ljubljana"));
        CityImpactView city = (CityImpactView) getCurrentView();
        assertThat(city.city.isVisible()).isTrue();
        assertThat(city.city.getValue().getSlug()).isEqualTo("ljubljana");
    }

    @Test
    void the_network_table_downloads_as_csv_and_json_like_every_figure() {
        login(NETWORK_ADMIN);
        english();
        NetworkImpactView network = navigate(NetworkImpactView.class);

        assertThat(network.perCityCsv.getText()).isEqualTo("CSV");
        assertThat(network.perCityCsv.getElement().getAttribute("aria-label"))
                .isEqualTo("Download \u201CCities in figures\u201D as CSV");
        String csv = download(network.perCityCsv);
        assertThat(csv)
                .startsWith("City,Opportunities published,Badges issued,Active learners,Providers active\r\n")
                .contains("\r\nLjubljana,")
                .isEqualTo(network.perCityNumbers.csv());
        assertThat(csv.split("\r\n")).hasSize(network.perCityNumbers.lines().size() + 1);

        String json = download(network.perCityJson);
        assertThat(json)
                .startsWith("{\"from\":\"")
                .contains("{\"key\":\"issued\",\"label\":\"Badges issued\"}")
                .contains("{\"city\":\"ljubljana\",\"name\":\"Ljubljana\",\"opportunities\":");
        assertThat(network.perCityJson.getElement().getAttribute("download")).isNotNull();
    }

    @Test
    void city_names_that_a_spreadsheet_would_run_are_defused_in_the_network_table() {
        PerCityTable t = new PerCityTable(
                List.of("City", "Opportunities", "Issued", "Learners", "Providers"),
                List.of(new PerCityTable.Line("x", "=cmd|' /C calc'!A0", List.of(1L, 2L, 3L, 4L))));
        assertThat(t.csv())
                .isEqualTo("City,Opportunities,Issued,Learners,Providers\r\n'=cmd|' /C calc'!A0,1,2,3,4\r\n");
    }

    @Test
    void an_anonymous_visitor_opening_the_public_page_again_and_again_is_told_to_wait() {
        publish(EnumSet.of(Figure.OPPORTUNITIES_BY_THEME));
        SecurityContextHolder.clearContext();
        english();
        for (int i = 0; i < RateLimits.Action.IMPACT_PAGE.perAddress(); i++) {
            navigate("cities/ljubljana/impact", PublicImpactView.class);
        }

        navigate("cities/ljubljana/impact", Component.class);
        assertThat(getCurrentView()).isInstanceOf(UserErrorView.class);
        assertThat(text((Component) getCurrentView()))
                .contains("Too many attempts")
                .containsPattern("try again in \\d+ minutes?\\.");
    }

    @Test
    void the_public_page_downloads_count_against_the_same_limit_and_are_refused_with_429() {
        publish(EnumSet.of(Figure.OPPORTUNITIES_BY_THEME));
        SecurityContextHolder.clearContext();
        english();
        PublicImpactView page = navigate("cities/ljubljana/impact", PublicImpactView.class);
        FigurePanel panel = page.board.panels.getFirst();
        for (int i = 1; i < RateLimits.Action.IMPACT_PAGE.perAddress(); i++) {
            assertThat(download(i % 2 == 0 ? panel.csv : panel.json)).isNotEmpty();
        }

        assertThat(download(panel.csv)).as("refused: nothing served").isEmpty();
        assertThat(status()).isEqualTo(429);
        navigate("cities/ljubljana/impact", Component.class);
        assertThat(getCurrentView()).isInstanceOf(UserErrorView.class);
    }

    @Test
    void the_admins_dashboards_are_not_limited_like_the_public_page() {
        login(CITY_ADMIN);
        english();
        CityImpactView view = navigate(CityImpactView.class);
        FigurePanel panel = view.board.panels.getFirst();
        for (int i = 0; i <= RateLimits.Action.IMPACT_PAGE.perAddress(); i++) {
            assertThat(download(panel.csv)).startsWith("Theme,");
        }
    }

    private void publish(Set<Figure> figures) {
        SignedIn.run(users, CITY_ADMIN, () -> impact.publish(ljubljana, figures));
    }

    private String download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int status() {
        return ((VaadinServletResponse) VaadinResponse.getCurrent())
                .getHttpServletResponse()
                .getStatus();
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_are_defused() {
        FigureTable t = new FigureTable(
                Figure.BADGES_BY_SKILL,
                "t",
                "Skill",
                List.of("=HYPERLINK(\"x\")", "@sum"),
                List.of("a", "b"),
                List.of(new FigureTable.Named("issued", "Issued", List.of(1L, 2L))));
        assertThat(t.csv()).isEqualTo("Skill,Issued\r\n\"'=HYPERLINK(\"\"x\"\")\",1\r\n'@sum,2\r\n");
    }
}
