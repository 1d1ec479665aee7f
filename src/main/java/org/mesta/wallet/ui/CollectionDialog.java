package org.mesta.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mesta.base.ui.FormBinder;
import org.mesta.base.ui.Notifications;
import org.mesta.wallet.CollectionDraft;
import org.mesta.wallet.CollectionService;
import org.mesta.wallet.CollectionService.MyCollection;

/** Creates a collection, or renames one, changes its description and whether it is public. */
class CollectionDialog extends Dialog {

    public record CollectionForm(
            @NotBlank(message = "{error.required}") @Size(max = 80, message = "{error.too-long}") String name,

            @Size(max = 300, message = "{error.too-long}") String description,
            boolean shown) {}

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Checkbox shown = new Checkbox();
    final Button save = new Button();
    private final FormBinder<CollectionForm> binder = new FormBinder<>(CollectionForm.class);

    CollectionDialog(CollectionService collections, @Nullable MyCollection existing, Runnable onChange) {
        setHeaderTitle(getTranslation(existing == null ? "collections.dialog.new" : "collections.dialog.edit"));
        name.setLabel(getTranslation("collections.name"));
        name.setMaxLength(80);
        description.setLabel(getTranslation("collections.description"));
        description.setHelperText(getTranslation("collections.description.help"));
        description.setMaxLength(300);
        shown.setLabel(getTranslation("collections.shown"));
        binder.forField(name).bind("name");
        binder.forField(description).bind("description");
        binder.forField(shown).bind("shown");
        binder.readRecord(
                existing == null
                        ? new CollectionForm("", "", false)
                        : new CollectionForm(
                                existing.name(),
                                existing.description() == null ? "" : existing.description(),
                                existing.shown()));
        FormLayout form = new FormLayout(name, description, shown);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.save(
                    f -> {
                        CollectionDraft draft = new CollectionDraft(f.name(), f.description(), f.shown());
                        if (existing == null) collections.create(draft);
                        else collections.update(existing.id(), existing.version(), draft);
                    },
                    () -> {
                        close();
                        onChange.run();
                    })) {
                Notifications.success(getTranslation("collections.saved"));
                close();
                onChange.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36em, 100%)");
    }
}
