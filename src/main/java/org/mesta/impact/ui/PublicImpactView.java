package org.mesta.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.mesta.base.RateLimits;
import org.mesta.base.ui.ClientAddress;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.impact.ImpactFilter;
import org.mesta.impact.ImpactService;

/**
 * A city's public impact page: only the figures its admins chose to publish; not found when they published none.
 * The numbers are aggregates, cached per city and filter by the service, and the period is bounded; openings and
 * downloads are limited per visitor's address ({@link RateLimits.Action#IMPACT_PAGE}).
 */
@Route("cities/:slug/impact")
@AnonymousAllowed
public class PublicImpactView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final ImpactFilters filters;
    final ImpactBoard board = new ImpactBoard();
    final Anchor back = new Anchor();
    private final ImpactService impact;
    private final CityService cities;
    private final Clock clock;
    private final RateLimits limits;
    private @Nullable City city;

    PublicImpactView(ImpactService impact, CityService cities, Clock clock, RateLimits limits) {
        this.impact = impact;
        this.cities = cities;
        this.clock = clock;
        this.limits = limits;
        this.filters = new ImpactFilters(clock);
        addClassNames(
                "impact-view",
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
        Paragraph intro = new Paragraph(getTranslation("impact.public.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        back.setId("impact-city-page");
        add(title, intro, back, filters, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Anonymous and free to vary the period and theme: every opening counts against the visitor's address
        // before any query runs; too many end on the translated "try again in …" page (503 with Retry-After).
        limits.attempt(RateLimits.Action.IMPACT_PAGE, ClientAddress.current(), null);
        City c = event.getRouteParameters()
                .get("slug")
                .flatMap(cities::findCityBySlug)
                .orElse(null);
        if (c == null || impact.publishedFigures(c.getId()).isEmpty()) {
            throw new NotFoundException();
        }
        city = c;
        title.setText(getTranslation("impact.public.title", c.name(getLocale())));
        back.setText(getTranslation("impact.public.city-page", c.name(getLocale())));
        back.setHref("cities/" + c.getSlug());
        ImpactFilter filter = filters.read(event.getLocation().getQueryParameters(), clock);
        board.show(
                impact.publicFigures(c.getId(), filter),
                filter,
                c.getSlug(),
                "impact-" + c.getSlug(),
                () -> limits.refusal(RateLimits.Action.IMPACT_PAGE, ClientAddress.current(), null));
    }

    @Override
    public String getPageTitle() {
        return city == null
                ? getTranslation("impact.city.title")
                : getTranslation("impact.public.title", city.name(getLocale()));
    }
}
