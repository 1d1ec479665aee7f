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
}
