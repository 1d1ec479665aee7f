package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.opportunity.Markdown;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.opportunity.Texts;

/** An opportunity as the public sees it; the detail page, the wizard's review and the moderators share it. */
class OpportunityPreview extends Composite<Div> {

    OpportunityPreview(PublicOpportunity o, ZoneId zone) {
        this(o, zone, null);
    }

    /** On public pages: in the reader's language, else the city's first, else English, saying so. */
    OpportunityPreview(PublicOpportunity o, ZoneId zone, @Nullable String cityFirst) {
        Div root = getContent();
        root.addClassNames("mesta-opportunity");
        String shown = o.shownLanguage(getLocale(), cityFirst);
        Texts t = o.texts(shown == null ? TranslationProvider.tag(getLocale()) : shown);
        H2 title = new H2(t.title());
        title.setId("opportunity-title");
        Optional<Span> fallback = ContentLanguage.mark(title, shown, getLocale());
        Span kind = new Span(o.type() == null ? "" : getTranslation(o.type().translationKey()));
        kind.getElement().getThemeList().add("badge");
        Div themes = new Div();
        themes.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL, LumoUtility.FlexWrap.WRAP);
        themes.add(kind);
        o.themes().forEach(th -> {
            Span badge = new Span(getTranslation(th.translationKey()));
            badge.getElement().getThemeList().add("badge contrast");
            themes.add(badge);
        });
        if (o.hasImage() && o.revision() > 0) {
            PublicOpportunity.PictureAlt alt =
                    o.pictureAlt(getLocale(), cityFirst).orElse(new PublicOpportunity.PictureAlt("", null));
            Image picture = new Image("/api/opportunities/" + o.id() + "/image.jpg?r=" + o.revision(), alt.text());
            picture.setId("opportunity-picture");
            ContentLanguage.mark(picture, alt.language(), getLocale());
            picture.setMaxWidth("100%");
            picture.addClassNames(LumoUtility.BorderRadius.LARGE);
            root.add(picture);
        }
        Paragraph summary = new Paragraph(t.summary());
        summary.addClassNames(LumoUtility.FontSize.LARGE);
        ContentLanguage.mark(summary, shown, getLocale());
        root.add(title);
        fallback.ifPresent(note -> {
            note.setId("content-fallback");
            root.add(note);
        });
        root.add(themes, summary);
        String description = Markdown.toSafeHtml(t.description());
        if (!description.isEmpty()) {
            Html words = new Html("<div class=\"mesta-description\">" + description + "</div>");
            ContentLanguage.mark(words, shown, getLocale());
            root.add(words);
        }
        root.add(fact("opportunity.preview.by", o.organisationName()));
        root.add(fact("opportunity.preview.when", when(o, zone)));
        if (o.format() != null) {
            root.add(
                    fact("opportunity.preview.format", getTranslation(o.format().translationKey())));
        }
        String where = Stream.of(o.venue(), o.address())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        if (!where.isEmpty()) {
            root.add(fact("opportunity.preview.where", where));
        }
        if (o.onlineUrl() != null) {
            root.add(link("opportunity.preview.online", o.onlineUrl()));
        }
        root.add(fact("opportunity.preview.who", who(o)));
        if (o.capacity() != null) {
            root.add(fact("opportunity.preview.capacity", String.valueOf(o.capacity())));
        }
        root.add(fact("opportunity.preview.cost", o.free() ? getTranslation("opportunity.free") : o.price()));
        if (!o.languages().isEmpty()) {
            root.add(fact(
                    "opportunity.preview.languages",
                    o.languages().stream()
                            .sorted()
                            .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(getLocale()))
                            .collect(Collectors.joining(", "))));
        }
        if (!o.access().isEmpty() || o.accessibilityNotes() != null) {
            String access = o.access().stream()
                    .map(a -> getTranslation(a.translationKey()))
                    .sorted()
                    .collect(Collectors.joining(", "));
            if (o.accessibilityNotes() != null) {
                access = access.isEmpty() ? o.accessibilityNotes() : access + ". " + o.accessibilityNotes();
            }
            root.add(fact("opportunity.preview.access", access));
        }
        if (o.joinUrl() != null) root.add(link("opportunity.preview.join", o.joinUrl()));
        if (o.joinEmail() != null) root.add(link("opportunity.preview.join-email", "mailto:" + o.joinEmail()));
        if (o.joinPhone() != null)
            root.add(link(
                    "opportunity.preview.join-phone", "tel:" + o.joinPhone().replace(" ", "")));
    }

    private String when(PublicOpportunity o, ZoneId zone) {
        if (o.startsAt() == null) {
            return getTranslation("opportunity.ongoing");
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        return o.meetings().stream()
                .map(m -> m.endsAt() == null
                        ? f.format(m.startsAt())
                        : f.format(m.startsAt()) + " – " + f.format(m.endsAt()))
                .collect(Collectors.joining("; "));
    }

    private String who(PublicOpportunity o) {
        if (o.ageMin() == null && o.ageMax() == null) return getTranslation("opportunity.age.all");
        if (o.ageMax() == null) return getTranslation("opportunity.age.from", o.ageMin());
        if (o.ageMin() == null) return getTranslation("opportunity.age.to", o.ageMax());
        return getTranslation("opportunity.age.range", o.ageMin(), o.ageMax());
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "mesta-fact-label");
        Div row = new Div(label, new Span(value == null ? "" : value));
        row.addClassNames("mesta-fact");
        return row;
    }

    private Div link(String labelKey, String href) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "mesta-fact-label");
        Anchor a = new Anchor(href, href.replaceFirst("^(mailto|tel):", ""), AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener nofollow");
        Div row = new Div(label, a);
        row.addClassNames("mesta-fact");
        return row;
    }
}
