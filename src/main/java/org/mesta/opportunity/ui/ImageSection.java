package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.base.ui.MultilingualField;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.Uploads;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;

/**
 * The opportunity's picture: upload (checked and resized on the server), its description in each of the city's
 * languages, removal.
 */
class ImageSection extends Composite<Div> {

    static final int MAX_MB = 5;

    private final OpportunityService service;
    private final long id;
    final Upload upload;
    final MultilingualField description;
    final Button remove = new Button();
    private final Div picture = new Div();
    final Span problem = new Span();

    /** What the wizard needs to know after each change: the opportunity's new version and status. */
    private final Consumer<Opportunity> changed;

    ImageSection(
            OpportunityService service, long id, Languages languages, boolean editable, Consumer<Opportunity> changed) {
        this.service = service;
        this.id = id;
        this.changed = changed;
        NativeLabel label = new NativeLabel(getTranslation("opportunity.image.label"));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        upload = Uploads.single(
                (metadata, data) -> received(data),
                MAX_MB * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("opportunity.image.choose"),
                        getTranslation("opportunity.image.drop"),
                        getTranslation("opportunity.error.image-size", MAX_MB),
                        getTranslation("opportunity.error.image-type")),
                "image/jpeg",
                "image/png",
                ".jpg",
                ".jpeg",
                ".png");
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        description = MultilingualField.line("opportunity.image.description.in", languages);
        description.setHelperText(getTranslation("opportunity.image.description.helper"));
        description.setMaxLength(OpportunityService.MAX_ALT);
        description.addValueChangeListener(e -> {
            if (e.isFromClient()) Notifications.attempt(() -> changed.accept(service.describeImage(id, e.getValue())));
        });
        remove.setText(getTranslation("opportunity.image.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            if (Notifications.attempt(() -> changed.accept(service.removeImage(id)))) refresh();
        });
        problem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        problem.setId("image-problem");
        problem.getElement().setAttribute("role", "alert");
        upload.setVisible(editable);
        description.setReadOnly(!editable);
        remove.setVisible(editable);
        getContent().add(label, picture, upload, problem, description, remove);
        getContent().addClassNames(LumoUtility.Margin.Top.MEDIUM);
        refresh();
    }

    private void received(byte[] data) {
        try {
            changed.accept(service.setImage(id, data, description.getValue()));
            problem.setText("");
        } catch (UserError e) {
            showProblem(getTranslation(e.key(), e.params()));
        }
        upload.clearFileList();
        refresh();
    }

    private Languages languages() {
        return description.getLanguages();
    }

    private void showProblem(String text) {
        problem.setText(text);
    }

    private void refresh() {
        picture.removeAll();
        var bytes = service.image(id);
        bytes.ifPresent(jpeg -> {
            Image image = new Image(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                    new ByteArrayInputStream(jpeg), "picture.jpg", "image/jpeg", jpeg.length))
                            .inline(),
                    service.imageDescription(id)
                            .flatMap(alts -> alts.best(getLocale(), languages().first()))
                            .orElse(""));
            image.setMaxWidth("20rem");
            image.setId("opportunity-image");
            picture.add(image);
        });
        description.setValue(service.imageDescription(id).orElse(MultilingualText.EMPTY));
        description.setVisible(bytes.isPresent());
        remove.setEnabled(bytes.isPresent());
    }
}
