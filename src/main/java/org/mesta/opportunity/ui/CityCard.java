package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.base.ui.Markup;
import org.mesta.opportunity.Card;
import org.mesta.opportunity.Theme;

/**
 * One opportunity in a city's list: its picture (with its description), title linking to it (marked with the language
 * it is shown in when that is not the reader's), organisation, date and themes.
 *
 * <p>Drawn as {@link Markup} into the list's one element (#17): built of components, a card was a dozen nodes of the
 * UI's state tree, and one node each when drawn as markup; the whole list is one node now, kept in every visitor's
 * session, and its HTML is shared by the visitors who see the same cards.
 */
final class CityCard {

    private CityCard() {}

    /** Appends the card to {@code list} (a Markup element), in the reader's language ({@code in} translates). */
    static void append(
            Element list, Component in, Locale locale, Card card, Card.Shown shown, ZoneId zone, String cityFirst) {
        String reader = TranslationProvider.tag(locale);
        Element box = list.appendElement("div").addClass("city-card").attr("role", "listitem");
        card.picture(locale, cityFirst).ifPresent(p -> {
            Element picture = box.appendElement("img")
                    .attr("src", p.url())
                    .attr("alt", p.alt())
                    .attr("loading", "lazy")
                    .addClass("city-card-picture");
            if (p.altLanguage() != null && !p.altLanguage().isEmpty()) picture.attr("lang", p.altLanguage());
        });
        Element words = box.appendElement("div").addClass("city-card-words");
        Element heading =
                words.appendElement("h3").addClass(LumoUtility.FontSize.MEDIUM).addClass(LumoUtility.Margin.NONE);
        if (shown.language() != null && !shown.language().isEmpty()) heading.attr("lang", shown.language());
        heading.appendElement("a")
                .attr("href", "opportunities/" + card.id())
                .addClass("city-card-link")
                .text(shown.title());
        words.appendElement("span")
                .addClass(LumoUtility.FontSize.SMALL)
                .addClass(LumoUtility.TextColor.SECONDARY)
                .text(shown.organisation() == null ? "" : shown.organisation());
        words.appendElement("span").addClass(LumoUtility.FontSize.SMALL).text(CardDates.when(in, card, locale, zone));
        Element tags = words.appendElement("div")
                .addClass(LumoUtility.Display.FLEX)
                .addClass(LumoUtility.FlexWrap.WRAP)
                .addClass(LumoUtility.Gap.XSMALL);
        for (String name : card.themes() == null ? new String[0] : card.themes().split(",")) {
            if (!name.isBlank()) {
                tags.appendElement("span")
                        .attr("theme", "badge contrast small")
                        .text(in.getTranslation(Theme.valueOf(name).translationKey()));
            }
        }
        ContentLanguage.markerText(in, shown.language(), locale)
                .ifPresent(text -> words.appendElement("span")
                        .addClass("mesta-content-marker")
                        .addClass(LumoUtility.FontSize.XSMALL)
                        .addClass(LumoUtility.TextColor.SECONDARY)
                        .attr("lang", reader)
                        .text(text));
    }
}
