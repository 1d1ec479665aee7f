package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.base.ui.Uploads;
import org.mesta.base.ui.ZeroStream;

/** A file sent past the browser's limit (curl needs no browser) is refused by the server with the translated words. */
class OversizedUploadTest extends ViewTest {

    @Test
    void a_verify_upload_past_five_megabytes_is_refused_while_streaming_and_the_person_is_told_in_slovenian()
            throws Exception {
        slovenian();
        VerifyView view = navigate(VerifyView.class);
        ZeroStream fiftyMegabytes = new ZeroStream(50L * 1024 * 1024);
        UploadEvent event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(fiftyMegabytes);
        when(event.getFileSize()).thenReturn(-1L); // chunked: the length is not told in advance
        when(event.getFileName()).thenReturn("huge.png");
        when(event.getContentType()).thenReturn("image/png");
        when(event.getUI()).thenReturn(UI.getCurrent());

        Uploads.handlerOf(view.upload).handleUploadRequest(event);

        assertThat(fiftyMegabytes.served()).isLessThanOrEqualTo(VerifyView.MAX_MB * 1024L * 1024 + 1);
        verify(event).reject(anyString());
        assertThat(text(view.result))
                .isEqualTo(view.getTranslation("verify.too-big", VerifyView.MAX_MB))
                .doesNotStartWith("!");
    }

    @Test
    void a_verify_upload_within_the_limit_is_checked() throws Exception {
        english();
        VerifyView view = navigate(VerifyView.class);
        UploadEvent event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(new ZeroStream(1000));
        when(event.getFileSize()).thenReturn(1000L);
        when(event.getFileName()).thenReturn("small.png");
        when(event.getUI()).thenReturn(UI.getCurrent());

        Uploads.handlerOf(view.upload).handleUploadRequest(event);

        // A kilobyte of zeros is no badge, but it was read and checked rather than refused as too big.
        assertThat(text(view.result)).isNotEqualTo(view.getTranslation("verify.too-big", VerifyView.MAX_MB));
        assertThat(view.result.getChildren().count()).isPositive();
    }
}
