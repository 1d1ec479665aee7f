package org.mesta.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.mesta.base.TooManyAttempts;

/**
 * The dashboards' files (CSV and JSON), served from the numbers already on the page. On the public page each
 * download counts against the visitor's limit, and a refused one answers 429 with Retry-After.
 */
final class ImpactDownloads {

    static final int TOO_MANY_REQUESTS = 429;

    /** Counts one download: empty when allowed, else how long to wait. */
    @FunctionalInterface
    interface Limit {

        Limit NONE = () -> Optional.empty();

        Optional<Duration> take();
    }

    private ImpactDownloads() {}

    static void csv(Anchor link, String csv, String fileName, Limit limit) {
        link.setHref(
                handler(csv.getBytes(StandardCharsets.UTF_8), fileName + ".csv", "text/csv;charset=UTF-8", limit),
                AttachmentType.DOWNLOAD);
    }

    static void json(Anchor link, String json, String fileName, Limit limit) {
        link.setHref(
                handler(json.getBytes(StandardCharsets.UTF_8), fileName + ".json", "application/json", limit),
                AttachmentType.DOWNLOAD);
    }

    private static DownloadHandler handler(byte[] bytes, String name, String type, Limit limit) {
        return DownloadHandler.fromInputStream(event -> {
            Optional<Duration> wait = limit.take();
            if (wait.isPresent()) {
                TooManyAttempts tooMany = TooManyAttempts.after(wait.get());
                VaadinResponse response = event.getResponse();
                if (response != null) {
                    response.setHeader("Retry-After", String.valueOf(tooMany.seconds()));
                }
                return DownloadResponse.error(
                        TOO_MANY_REQUESTS, event.getOwningComponent().getTranslation(tooMany.key(), tooMany.params()));
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
    }
}
