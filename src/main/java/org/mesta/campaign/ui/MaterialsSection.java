package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import org.mesta.base.Languages;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.base.ui.MultilingualField;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.Uploads;
import org.mesta.campaign.MaterialsService;

/**
 * Pictures among the campaign's materials (posters, artworks, photos of actions), each described for screen readers:
 * one input per city language, at least one filled; shown in the reader's language, else the city's first, else
 * English, with {@code lang} saying which.
 */
class MaterialsSection extends Section {

    static final int MAX_MB = 5;
    final MultilingualField description;
    final Upload upload;
    final Span problem = new Span();
    final Div pictures = new Div();
    private final MaterialsService service;
    private final long campaignId;
    private final boolean editable;

    MaterialsSection(MaterialsService service, long campaignId, Languages languages, boolean editable) {
        super("campaign.materials");
        this.service = service;
        this.campaignId = campaignId;
        this.editable = editable;
        pictures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        description = MultilingualField.line("campaign.image.description.in", languages);
        description.setHelperText(getTranslation("campaign.image.description.helper"));
        description.setMaxLength(MaterialsService.MAX_ALT);
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
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        problem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        problem.getElement().setAttribute("role", "alert");
        Div form = new Div(description, upload, problem);
        form.setVisible(editable);
        add(pictures, form);
        refresh();
    }

    /** An uploaded picture, added with the description typed in the inputs. */
    void received(byte[] data) {
        try {
            service.addImage(campaignId, data, description.getValue());
            problem.setText("");
            description.setValue(MultilingualText.EMPTY);
        } catch (UserError e) {
            problem.setText(getTranslation(e.key(), e.params()));
        }
        upload.clearFileList();
        refresh();
    }

    void refresh() {
        pictures.removeAll();
        String first = description.getLanguages().first();
        for (MaterialsService.ImageRef ref : service.images(campaignId)) {
            String alt = ref.altTexts().best(getLocale(), first).orElse("");
            Image image = new Image(
                    DownloadHandler.fromInputStream(event -> {
                                byte[] jpeg = service.image(ref.id());
                                return new DownloadResponse(
                                        new ByteArrayInputStream(jpeg), "material.jpg", "image/jpeg", jpeg.length);
                            })
                            .inline(),
                    alt);
            ContentLanguage.mark(
                    image, ref.altTexts().shownLanguage(getLocale(), first).orElse(null), getLocale());
            image.setMaxWidth("12rem");
            image.setMaxHeight("9rem");
            Div item = new Div(image);
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
            if (editable) {
                Button remove = new Button(getTranslation("campaign.image.remove"), e -> {
                    if (Notifications.attempt(() -> service.removeImage(ref.id()))) refresh();
                });
                remove.setAriaLabel(getTranslation("campaign.image.remove-named", alt));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(remove);
            }
            pictures.add(item);
        }
    }
}
