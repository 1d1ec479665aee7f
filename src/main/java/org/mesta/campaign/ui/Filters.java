package org.mesta.campaign.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Function;

/** The campaign screens' filter menus: one value or "Any", labelled from the translations. */
final class Filters {

    private Filters() {}

    @SafeVarargs
    static <T> void any(Select<T> select, String labelKey, Function<T, String> key, Runnable changed, T... values) {
        String any = select.getTranslation("campaign.filter.any");
        select.setLabel(select.getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? any : select.getTranslation(key.apply(v)));
        select.addValueChangeListener(e -> changed.run());
    }
}
