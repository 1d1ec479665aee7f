package org.mesta.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * One-file uploads, set up the same everywhere: accepted types, a size limit and translated words. The limit is
 * enforced on the server while the bytes arrive (the browser's limit is only a hint anyone can skip): a file
 * declared or found to be bigger is refused without reading the rest, and the person is told it is too big.
 */
public final class Uploads {

    private Uploads() {}

    /**
     * @param received called in the UI with the whole file, only when it is within {@code maxBytes}
     * @param texts    the already translated words: choose a file, drop it here, too big, wrong type
     */
    public static Upload single(InMemoryUploadCallback received, int maxBytes, Texts texts, String... acceptedTypes) {
        Upload upload = new Upload();
        Limited handler = new Limited(
                maxBytes,
                received,
                () -> ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, texts.tooBig())),
                texts.tooBig());
        upload.setUploadHandler(handler);
        ComponentUtil.setData(upload, Limited.class, handler);
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

    /** The server-side handler behind an upload made by {@link #single}, e.g. for a test to send it bytes. */
    public static UploadHandler handlerOf(Upload upload) {
        return ComponentUtil.getData(upload, Limited.class);
    }

    /**
     * The stream's bytes if there are at most {@code max} of them, else null, having read no more than
     * {@code max + 1} bytes (and none at all when the declared length is already over).
     */
    static byte @Nullable [] readAtMost(InputStream in, long declared, int max) throws IOException {
        if (declared > max) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, max)));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1L - total))) > 0) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Reads into memory up to the limit; over it, refuses the file (HTTP 422) and tells the UI. */
    static final class Limited implements UploadHandler {

        private final int maxBytes;
        private final InMemoryUploadCallback received;
        private final SerializableRunnable tooBig;
        private final String tooBigText;

        Limited(int maxBytes, InMemoryUploadCallback received, SerializableRunnable tooBig, String tooBigText) {
            this.maxBytes = maxBytes;
            this.received = received;
            this.tooBig = tooBig;
            this.tooBigText = tooBigText;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = readAtMost(in, event.getFileSize(), maxBytes);
            }
            UI ui = event.getUI();
            if (data == null) {
                event.reject(tooBigText);
                ui.accessSynchronously(tooBig::run);
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
            ui.accessSynchronously(() -> {
                try {
                    received.complete(metadata, data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Multipart uploads are measured by Vaadin before the handler runs; these say the same limit. */
        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + 64 * 1024L;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    public record Texts(String choose, String drop, String tooBig, String wrongType) {}
}
