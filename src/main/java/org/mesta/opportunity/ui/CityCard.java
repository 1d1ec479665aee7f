package org.mesta.opportunity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.opportunity.Card;
import org.mesta.opportunity.Theme;

/**
 * One opportunity in a city's list: its picture (with its description), title linking to it (marked with the language
 * it is shown in when that is not the reader's), organisation, date and themes.
 */
class CityCard extends Div {

    private final long id;

    CityCard(Card card, Card.Shown shown, ZoneId zone, String cityFirst) {
        this.id = card.id();
        addClassName("city-card");
        getElement().setAttribute("role", "listitem");
        card.picture(getLocale(), cityFirst).ifPresent(p -> {
            Image picture = new Image(p.url(), p.alt());
            ContentLanguage.mark(picture, p.altLanguage(), getLocale());
            picture.addClassName("city-card-picture");
            picture.getElement().setAttribute("loading", "lazy");
            add(picture);
        });
        Anchor link = new Anchor("opportunities/" + card.id(), shown.title());
        link.addClassName("city-card-link");
        H3 heading = new H3(link);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        ContentLanguage.mark(heading, shown.language(), getLocale());
        Span by = new Span(shown.organisation());
        by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span when = new Span(CardDates.when(this, card, getLocale(), zone));
        when.addClassNames(LumoUtility.FontSize.SMALL);
        Div tags = new Div();
        tags.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL);
        for (String name : card.themes() == null ? new String[0] : card.themes().split(",")) {
            if (!name.isBlank()) {
                Span tag = new Span(getTranslation(Theme.valueOf(name).translationKey()));
                tag.getElement().getThemeList().add("badge contrast small");
                tags.add(tag);
            }
        }
        Div words = new Div(heading, by, when, tags);
        words.addClassName("city-card-words");
        ContentLanguage.marker(this, shown.language(), getLocale()).ifPresent(words::add);
        add(words);
    }

    long id() {
        return id;
    }
}
