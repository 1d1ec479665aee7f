package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.mesta.badge.EndorsementService;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.city.Organisation;

/** The comment an endorsement carries (plain text, at most 500 characters) and the language it is written in. */
class EndorseDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Select<String> language = new Select<>();
    final Button send = new Button();
    private final EndorsementService service;
    private final Organisation as;
    private final EndorsementService.Candidate badge;
    private final Runnable done;

    EndorseDialog(EndorsementService service, Organisation as, EndorsementService.Candidate badge, Runnable done) {
        this.service = service;
        this.as = as;
        this.badge = badge;
        this.done = done;
        setId("endorse-dialog");
        setHeaderTitle(getTranslation("endorse.dialog.title", badge.name()));
        comment.setId("endorse-comment");
        comment.setLabel(getTranslation("endorse.comment"));
        comment.setHelperText(getTranslation("endorse.comment.helper", 500));
        comment.setMaxLength(500);
        comment.setRequired(true);
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        List<String> codes = service.languages(as.getId(), badge.badge().getId());
        language.setId("endorse-language");
        language.setLabel(getTranslation("endorse.language"));
        language.setItems(codes);
        language.setItemLabelGenerator(c -> Languages.displayName(c, getLocale()));
        String reader = TranslationProvider.tag(getLocale());
        language.setValue(codes.contains(reader) ? reader : codes.getFirst());
        send.setId("endorse-send");
        send.setText(getTranslation("endorse.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("endorse.dialog.as", as.getName(), badge.organisation())), comment, language);
        getFooter().add(cancel, send);
        setWidth("min(36rem, 100vw)");
    }

    void send() {
        comment.setInvalid(false);
        try {
            service.endorse(as.getId(), badge.badge().getId(), comment.getValue(), language.getValue());
        } catch (UserError e) {
            String message = getTranslation(e.key(), e.params());
            if (e.key().startsWith("endorse.error.comment")) {
                comment.setErrorMessage(message);
                comment.setInvalid(true);
            } else {
                Notifications.error(message);
            }
            return;
        }
        Notifications.success(getTranslation("endorse.sent", badge.organisation()));
        close();
        done.run();
    }
}
