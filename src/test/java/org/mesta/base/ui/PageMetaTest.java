package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a link preview says: plain words, short enough for a messenger's two or three lines. */
class PageMetaTest {

    @Test
    void markdown_description_travels_as_plain_words() {
        PageMeta meta = new PageMeta(
                " Delavnica ",
                "**Opis** s [povezavo](https://example.org)\n\n# Naslov\n> citat",
                "opportunities/1",
                null,
                null,
                "sl",
                false,
                true);
        assertThat(meta.title()).isEqualTo("Delavnica");
        assertThat(meta.description()).isEqualTo("Opis s povezavo Naslov citat");
    }

    @Test
    void long_description_is_cut_at_a_word_with_an_ellipsis() {
        String words = "beseda ".repeat(100);
        String description = new PageMeta("t", words, "", null, null, "sl", false, true).description();
        assertThat(description)
                .hasSizeLessThanOrEqualTo(PageMeta.DESCRIPTION_CHARS)
                .endsWith("beseda…");
        assertThat(new PageMeta("t", null, "", null, null, "en", false, true).description())
                .isEmpty();
    }
}
