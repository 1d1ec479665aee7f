package org.mesta.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mesta.badge.BadgeService;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.campaign.BoardService;
import org.mesta.city.City;
import org.mesta.opportunity.PublicOpportunity;

/**
 * The front page's blocks of what is on across the network: opportunities as picture cards, badges to earn,
 * campaigns in action; each with an empty state that says what to do next. Plain links, no listeners, so a
 * visitor's view holds little.
 */
final class FrontPage {

    private final Component owner;
    private final Locale locale;
    private final Map<Long, City> cities;
    private final DateTimeFormatter date;
    private final ZoneId zone;

    FrontPage(Component owner, Locale locale, Map<Long, City> cities, ZoneId zone) {
        this.owner = owner;
        this.locale = locale;
        this.cities = cities;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Section opportunities(List<PublicOpportunity> found) {
        Section section = section("home-on-now", "home.on-now");
        if (found.isEmpty()) {
            section.add(empty("home.on-now.empty", "home.on-now.empty-action", "login"));
            return section;
        }
        UnorderedList grid = grid();
        for (PublicOpportunity o : found) {
            var texts = o.texts(TranslationProvider.tag(locale));
            ListItem card = new ListItem();
            card.addClassName("mesta-opportunity-card");
            if (o.hasImage()) {
                City city = cities.get(o.cityId());
                PublicOpportunity.PictureAlt alt = o.pictureAlt(locale, city == null ? null : city.getDefaultLanguage())
                        .orElse(new PublicOpportunity.PictureAlt("", null));
                Image picture = new Image("api/opportunities/" + o.id() + "/image.jpg?v=" + o.revision(), alt.text());
                ContentLanguage.mark(picture, alt.language(), locale);
                picture.addClassName("mesta-card-picture");
                picture.getElement().setAttribute("loading", "lazy");
                card.add(picture);
            } else {
                // No picture: a decorative tile of the card's colour, hidden from screen readers.
                Div noPicture = new Div(VaadinIcon.CALENDAR_USER.create());
                noPicture.addClassName("mesta-card-no-picture");
                noPicture.getElement().setAttribute("aria-hidden", "true");
                card.add(noPicture);
            }
            Div body = new Div();
            body.addClassName("mesta-card-body");
            H3 title = new H3(new Anchor("opportunities/" + o.id(), texts.title()));
            Span type = new Span(o.type() == null ? "" : t(o.type().translationKey()));
            type.getElement().getThemeList().add("badge");
            Span when = new Span(when(o));
            when.addClassNames(LumoUtility.FontSize.SMALL);
            Span where = new Span(o.organisationName() + " · " + cityName(o.cityId()));
            where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            body.add(type, title, when, where);
            card.add(body);
            grid.add(card);
        }
        section.add(grid);
        return section;
    }

    Section badges(List<BadgeService.Featured> featured) {
        Section section = section("home-badges", "home.badges");
        if (featured.isEmpty()) {
            section.add(empty("home.badges.empty", "home.badges.empty-action", "login"));
            return section;
        }
        UnorderedList grid = grid();
        for (BadgeService.Featured b : featured) {
            ListItem card = new ListItem();
            card.addClassNames("mesta-badge-card");
            Image image = new Image(
                    "api/badges/" + b.id() + "/image.png?size=128&lang=" + TranslationProvider.tag(locale) + "&v="
                            + b.version(),
                    b.alt() == null || b.alt().isBlank() ? b.name() : b.alt());
            image.setWidth("96px");
            image.setHeight("96px");
            Div body = new Div();
            body.addClassName("mesta-card-body");
            H3 name = new H3(b.name());
            Span who = new Span(b.organisation() + " · " + cityName(b.cityId()));
            who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            body.add(name, who);
            card.add(image, body);
            grid.add(card);
        }
        section.add(grid);
        return section;
    }

    Section campaigns(List<BoardService.Running> running) {
        Section section = section("home-campaigns", "home.campaigns");
        if (running.isEmpty()) {
            section.add(empty("home.campaigns.empty", "home.campaigns.empty-action", "login"));
            return section;
        }
        UnorderedList list = grid();
        for (BoardService.Running c : running) {
            ListItem card = new ListItem();
            Div body = new Div();
            body.addClassName("mesta-card-body");
            Span kind = new Span(t(c.kind().translationKey()));
            kind.getElement().getThemeList().add("badge contrast");
            Component title = c.eventOpportunityId() == null
                    ? new H3(c.title())
                    : new H3(new Anchor("opportunities/" + c.eventOpportunityId(), c.title()));
            Span where = new Span(cityName(c.cityId()) + dates(c.startsOn(), c.endsOn()));
            where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            body.add(kind, title, where);
            card.add(body);
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private Section section(String id, String titleKey) {
        Section section = new Section();
        section.setId(id);
        H2 title = new H2(t(titleKey));
        title.setId(id + "-title");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.addClassNames(LumoUtility.Margin.Top.LARGE);
        section.add(title);
        return section;
    }

    private static UnorderedList grid() {
        UnorderedList grid = new UnorderedList();
        grid.addClassName("mesta-card-grid");
        return grid;
    }

    /** What to do when there is nothing yet: a sentence and one link onward. */
    private Div empty(String textKey, String actionKey, String href) {
        Div empty = new Div(new Paragraph(t(textKey)), new Anchor(href, t(actionKey)));
        empty.addClassName("mesta-empty");
        return empty;
    }

    private String when(PublicOpportunity o) {
        if (o.ongoing() || o.startsAt() == null) {
            return t("opportunity.ongoing");
        }
        LocalDate start = o.startsAt().atZone(zone).toLocalDate();
        LocalDate end = o.endsAt() == null ? start : o.endsAt().atZone(zone).toLocalDate();
        return end.equals(start) ? date.format(start) : date.format(start) + " – " + date.format(end);
    }

    private String dates(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.equals(from)) {
            LocalDate one = from == null ? to : from;
            return one == null ? "" : " · " + date.format(one);
        }
        return " · " + date.format(from) + " – " + date.format(to);
    }

    private String cityName(long id) {
        City c = cities.get(id);
        return c == null ? "" : c.name(locale);
    }

    private String t(String key) {
        return owner.getTranslation(key);
    }
}
