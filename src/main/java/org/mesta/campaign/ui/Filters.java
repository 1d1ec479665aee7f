package org.mesta.campaign.ui;

import java.util.function.Function;
import org.mesta.base.ui.EnumSelect;

/**
 * The campaign screens' filter menus: one value or "Any", labelled from the translations. Their options live in the
 * browser ({@link EnumSelect}, #17): a board is open for long, and as a Select each menu was eight nodes or more of
 * the session's state.
 */
final class Filters {

    private Filters() {}

    static <E extends Enum<E>> void any(
            EnumSelect<E> select, String labelKey, Function<E, String> key, Runnable changed) {
        select.setLabel(select.getTranslation(labelKey));
        select.setOptions(select.getTranslation("campaign.filter.any"), v -> select.getTranslation(key.apply(v)));
        select.addValueChangeListener(e -> changed.run());
    }
}
