package org.mesta.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.mesta.base.ui.Notifications;
import org.mesta.wallet.CollectionService;
import org.mesta.wallet.CollectionService.MyCollection;
import org.mesta.wallet.WalletService.Item;

/** Chooses which of the wallet's accepted badges are in a collection (a labelled group of checkboxes). */
class BadgePicker extends Dialog {

    final CheckboxGroup<Item> badges = new CheckboxGroup<>();
    final Button save = new Button();

    BadgePicker(CollectionService collections, MyCollection collection, List<Item> accepted, Runnable onChange) {
        setHeaderTitle(getTranslation("collections.pick.title", collection.name()));
        badges.setLabel(getTranslation("collections.pick.label"));
        badges.setItems(accepted);
        badges.setItemLabelGenerator(i -> i.issuer().isEmpty() ? i.name() : i.name() + " · " + i.issuer());
        badges.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        badges.setValue(Set.copyOf(accepted.stream()
                .filter(i -> collection.entryIds().contains(i.entryId()))
                .toList()));
        if (accepted.isEmpty()) add(new Paragraph(getTranslation("collections.pick.none")));
        else add(badges);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!accepted.isEmpty());
        save.addClickListener(e -> {
            // New badges go last in the order the wallet lists them; the ones kept stay where they were.
            List<Long> chosen = accepted.stream()
                    .filter(badges.getValue()::contains)
                    .map(Item::entryId)
                    .toList();
            Runnable reload = () -> {
                close();
                onChange.run();
            };
            if (Notifications.attemptChange(
                    () -> collections.choose(collection.id(), collection.version(), chosen), reload)) {
                Notifications.success(getTranslation("collections.saved"));
                reload.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36em, 100%)");
    }
}
