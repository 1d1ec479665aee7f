package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Upload limits hold on the server: an over-limit stream is refused without being read to its end. */
class UploadsTest {

    @Test
    void a_stream_of_unknown_length_is_cut_off_just_past_the_limit() throws Exception {
        ZeroStream hundredMegabytes = new ZeroStream(100L * 1024 * 1024);
        assertThat(Uploads.readAtMost(hundredMegabytes, -1, 1024 * 1024)).isNull();
        assertThat(hundredMegabytes.served()).isLessThanOrEqualTo(1024 * 1024 + 1);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_reading_anything() throws Exception {
        ZeroStream declaredBig = new ZeroStream(10L * 1024 * 1024);
        assertThat(Uploads.readAtMost(declaredBig, 10L * 1024 * 1024, 1024 * 1024))
                .isNull();
        assertThat(declaredBig.served()).isZero();
    }

    @Test
    void a_file_up_to_the_limit_is_read_whole_even_when_it_understates_its_length() throws Exception {
        byte[] exactly = new byte[1024];
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(exactly), 1024, 1024))
                .hasSize(1024);
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(new byte[1025]), 10, 1024))
                .isNull();
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(new byte[0]), 0, 1024))
                .isEmpty();
    }
}
