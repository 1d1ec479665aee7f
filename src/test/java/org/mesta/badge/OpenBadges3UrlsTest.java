package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenBadges3UrlsTest {

    private final OpenBadges3 ob3 = new OpenBadges3("https://mesta.example/");

    @Test
    void addresses_under_our_base_url_claim_to_be_ours_whatever_their_case_or_scheme() {
        assertThat(ob3.isOurs("https://mesta.example/ob/v3/credentials/x")).isTrue();
        assertThat(ob3.isOurs("HTTP://Mesta.Example/ob/v2/badges/1")).isTrue();
        assertThat(ob3.isOurs("https://mesta.example")).isTrue();
        assertThat(ob3.isOurs("https://mesta.example.evil.test/ob/v3/credentials/x"))
                .isFalse();
        assertThat(ob3.isOurs("https://evil.test/https://mesta.example/")).isFalse();
        assertThat(ob3.isOurs("")).isFalse();
    }
}
