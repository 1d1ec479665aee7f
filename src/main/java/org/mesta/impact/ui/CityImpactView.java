package org.mesta.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService;

/**
 * A city's impact dashboard: its figures for a period and theme, and which of them its public impact page shows.
 * City admins see their own city; network admins choose one.
 */
@Route("admin/impact")
@Menu(title = "nav.impact", order = 46, icon = "vaadin:chart")
@RolesAllowed({Role.CITY_ADMIN_, Role.NETWORK_ADMIN_})
public class CityImpactView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<City> city = new Select<>();
    final ImpactFilters filters;
    final ImpactBoard board = new ImpactBoard();
    final CheckboxGroup<Figure> published = new CheckboxGroup<>();
    final Button savePublished = new Button();
    final Anchor publicPage = new Anchor();
    final Paragraph noCity = new Paragraph();
    private final Div publishing = new Div();
    private final ImpactService impact;
    private final CityService cities;
    private final Clock clock;
    private @Nullable City shown;

    CityImpactView(ImpactService impact, CityService cities, Clock clock) {
        this.impact = impact;
        this.cities = cities;
        this.clock = clock;
        this.filters = new ImpactFilters(clock);
        addClassNames(
                "impact-view",
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        H1 title = new H1(getTranslation("impact.city.title"));
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation("impact.city.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        city.setLabel(getTranslation("impact.filter.city"));
        city.setId("impact-city");
        city.setItemLabelGenerator(c -> c.name(getLocale()));
        city.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                filters.keep("city", e.getValue().getSlug());
                filters.apply();
            }
        });
        boolean network =
                MestaUser.current().map(u -> u.has(Role.NETWORK_ADMIN)).orElse(false);
        city.setVisible(network);
        if (network) {
            city.setItems(cities.allCities(getLocale()));
        }
        filters.getContent().addComponentAsFirst(city);

        published.setLabel(getTranslation("impact.publish.label"));
        published.setId("impact-published");
        published.setItems(Arrays.asList(Figure.values()));
        published.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        savePublished.setText(getTranslation("impact.publish.save"));
        savePublished.setId("impact-publish-save");
        savePublished.addThemeVariants(ButtonVariant.PRIMARY);
        savePublished.addClickListener(e -> savePublished());
        publicPage.setId("impact-public-link");
        publicPage.setText(getTranslation("impact.publish.open"));
        H2 publishTitle = new H2(getTranslation("impact.publish.title"));
        publishTitle.addClassNames(LumoUtility.FontSize.LARGE);
        Paragraph publishIntro = new Paragraph(getTranslation("impact.publish.intro"));
        publishing.add(publishTitle, publishIntro, published, new Div(savePublished), publicPage);
        publishing.setId("impact-publishing");
        noCity.setText(getTranslation("impact.no-city"));
        noCity.setVisible(false);

        add(title, intro, filters, noCity, board, publishing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        ImpactFilter filter = filters.read(query, clock);
        MestaUser user = MestaUser.require();
        City c;
        if (user.has(Role.NETWORK_ADMIN)) {
            c = query.getSingleParameter("city")
                    .flatMap(cities::findCityBySlug)
                    .orElseGet(() -> user.cityId() != null
                            ? cities.findCity(user.cityId()).orElse(null)
                            : cities.allCities(getLocale()).stream().findFirst().orElse(null));
        } else {
            c = cities.findCity(user.cityId()).orElse(null);
        }
        shown = c;
        noCity.setVisible(c == null);
        board.setVisible(c != null);
        publishing.setVisible(c != null);
        if (c == null) return;
        if (city.isVisible()) {
            city.setValue(city.getListDataView()
                    .getItems()
                    .filter(x -> x.getId().equals(c.getId()))
                    .findFirst()
                    .orElse(null));
            filters.keep("city", c.getSlug());
        }
        board.show(impact.cityFigures(c.getId(), filter), filter, c.getSlug(), "impact-" + c.getSlug());
        var chosen = impact.publishedFigures(c.getId());
        published.setValue(chosen);
        showPublicLink(c, !chosen.isEmpty());
    }

    private void showPublicLink(City c, boolean any) {
        publicPage.setHref("cities/" + c.getSlug() + "/impact");
        publicPage.setVisible(any);
    }

    private void savePublished() {
        if (shown == null) return;
        EnumSet<Figure> chosen =
                published.getValue().isEmpty() ? EnumSet.noneOf(Figure.class) : EnumSet.copyOf(published.getValue());
        impact.publish(shown.getId(), chosen);
        showPublicLink(shown, !chosen.isEmpty());
        Notification.show(getTranslation("impact.publish.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("impact.city.title");
    }
}
