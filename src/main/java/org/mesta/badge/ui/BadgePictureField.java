package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Consumer;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeImageCheck;
import org.mesta.badge.BadgeService;
import org.mesta.base.UserError;
import org.mesta.base.ui.Uploads;

/**
 * The badge's own picture in the designer: upload (PNG, JPEG or SVG, checked on the server) or remove it. The
 * picture is stored at once; problems are shown beside the upload.
 */
class BadgePictureField extends Composite<Div> {

    private final BadgeService service;
    private final Consumer<Badge> stored;
    private long id;

    Upload upload;
    final Span problem = new Span();
    final Button remove = new Button();

    /** {@code stored} receives the badge after each change (its version moved, the preview is redrawn). */
    BadgePictureField(BadgeService service, Consumer<Badge> stored) {
        this.service = service;
        this.stored = stored;
        upload = Uploads.single(
                (metadata, data) -> {
                    setPicture(data);
                    this.upload.clearFileList();
                },
                BadgeImageCheck.MAX_BYTES,
                new Uploads.Texts(
                        getTranslation("badge.design.picture.choose"),
                        getTranslation("badge.design.picture.drop"),
                        getTranslation("badge.error.image-size", BadgeImageCheck.MAX_BYTES / 1024 / 1024),
                        getTranslation("badge.error.image-type")),
                "image/png",
                "image/jpeg",
                "image/svg+xml",
                ".png",
                ".jpg",
                ".jpeg",
                ".svg");
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        problem.setId("picture-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        remove.setText(getTranslation("badge.design.picture.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> setPicture(null));
        NativeLabel label = new NativeLabel(getTranslation("badge.design.picture"));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        getContent().add(label, upload, problem, remove);
    }

    /** Per badge: whether it has a picture to remove, and no problem left from the last one. */
    void show(long badgeId) {
        id = badgeId;
        remove.setVisible(service.hasImage(id));
        problem.setText("");
    }

    /** Stores an uploaded picture (checked on the server) or removes it (null). */
    void setPicture(byte[] picture) {
        try {
            Badge b = service.setImage(id, picture);
            problem.setText("");
            remove.setVisible(picture != null);
            stored.accept(b);
        } catch (UserError e) {
            problem.setText(getTranslation(e.key(), e.params()));
        }
    }
}
