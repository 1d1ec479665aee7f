package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;

/**
 * Content written by people is shown in the language {@link Languages#pick} chose: its element says which
 * ({@code lang}, so screen readers switch voice), and a note beside it says when it is not the reader's.
 */
public final class ContentLanguage {

    private ContentLanguage() {}

    /**
     * Marks the element holding the text with its language, and returns the note to place beside it when
     * the reader asked for another ("Shown in English — not yet available in Slovenian").
     */
    public static Optional<Span> mark(Component holder, @Nullable String shown, Locale reader) {
        if (shown == null || shown.isEmpty()) return Optional.empty();
        holder.getElement().setAttribute("lang", shown);
        if (shown.equals(TranslationProvider.tag(reader))) return Optional.empty();
        Span note = new Span(holder.getTranslation("content.fallback", Languages.displayName(shown, reader)));
        note.addClassNames("mesta-content-fallback", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        note.getElement().setAttribute("lang", TranslationProvider.tag(reader));
        return Optional.of(note);
    }

    /**
     * For one item of a list (a card, a step) whose text is in another language than the reader's: a short marker
     * ("In Slovenian"), where a whole note per item would drown the list. Marking the text itself stays with
     * {@link #mark}.
     */
    public static Optional<Span> marker(Component translator, @Nullable String shown, Locale reader) {
        return markerText(translator, shown, reader).map(text -> {
            Span marker = new Span(text);
            marker.addClassNames("mesta-content-marker", LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            marker.getElement().setAttribute("lang", TranslationProvider.tag(reader));
            return marker;
        });
    }

    /** The text of {@link #marker}, for an item drawn as markup; in the reader's language. */
    public static Optional<String> markerText(Component translator, @Nullable String shown, Locale reader) {
        if (shown == null || shown.isEmpty() || shown.equals(TranslationProvider.tag(reader))) return Optional.empty();
        return Optional.of(translator.getTranslation("content.fallback.short", Languages.displayName(shown, reader)));
    }
}
