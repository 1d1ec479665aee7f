package org.mesta.badge.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.badge.EndorsementService;

/**
 * A badge's active endorsements on its pages: "Endorsed by <organisation>: <comment>" with the date. The comment is
 * plain text (never HTML); the whole section is hidden while there is none.
 */
public class EndorsementList extends Div {

    private final H3 heading = new H3();
    private final Div items = new Div();
    private final Paragraph note = new Paragraph();

    public EndorsementList() {
        setId("endorsements");
        addClassName("endorse-list");
        heading.setText(getTranslation("endorse.shown.title"));
        items.addClassName("endorse-items");
        note.addClassName("endorse-note");
        add(heading, items, note);
        setVisible(false);
    }

    /** @param noteKey a translation key for a line under the list (e.g. how credentials carry them), or null */
    public void show(List<EndorsementService.Shown> endorsements, ZoneId zone, String noteKey) {
        items.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(zone);
        for (EndorsementService.Shown e : endorsements) {
            Span who = new Span(getTranslation("endorse.shown.by", e.endorser()));
            who.addClassName("endorse-by");
            Paragraph comment = new Paragraph(e.comment());
            comment.addClassName("endorse-comment");
            comment.getElement().setAttribute("lang", e.language());
            Span date = new Span(getTranslation("endorse.shown.date", when.format(e.issuedAt())));
            date.addClassName("endorse-date");
            Div item = new Div(who, comment, date);
            item.addClassName("endorse-item");
            items.add(item);
        }
        note.setText(noteKey == null ? "" : getTranslation(noteKey));
        note.setVisible(noteKey != null);
        setVisible(!endorsements.isEmpty());
    }
}
