package org.mesta.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/** One-file uploads, set up the same everywhere: accepted types, a size limit and translated words. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @param texts the already translated words: choose a file, drop it here, too big, wrong type
     */
    public static Upload single(UploadHandler handler, int maxBytes, Texts texts, String... acceptedTypes) {
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.choose()));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.drop()));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(texts.tooBig()).setIncorrectFileType(texts.wrongType()));
        upload.setI18n(i18n);
        return upload;
    }

    public record Texts(String choose, String drop, String tooBig, String wrongType) {
    }
}
