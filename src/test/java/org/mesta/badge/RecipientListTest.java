package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV recipient lists: every row checked, problems with line numbers, nothing used unless all are right. */
class RecipientListTest {

    @Test
    void a_good_list_with_quotes_semicolons_and_a_bom_is_read() {
        var parsed = RecipientList.parse("\uFEFFEmail;Language\n\"ana@example.org\";sl\n\nBOR@example.org;\n", "en");
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.recipients())
                .containsExactly(
                        new RecipientList.Recipient("ana@example.org", "sl"),
                        new RecipientList.Recipient("bor@example.org", "en"));
    }

    @Test
    void problems_name_their_lines() {
        var parsed = RecipientList.parse(
                "name,email\nAna,ana@example.org\nBor,not-an-address\nCene,\nAna 2,ANA@example.org\n", "sl");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).extracting(RecipientList.Problem::line).containsExactly(3L, 4L, 5L);
        assertThat(parsed.problems())
                .extracting(RecipientList.Problem::key)
                .containsExactly("csv.error.email", "csv.error.email-missing", "csv.error.duplicate");
        assertThat(parsed.problems().get(2).value()).isEqualTo("ana@example.org (2)");
    }

    @Test
    void a_list_without_an_email_column_or_rows_is_refused() {
        assertThat(RecipientList.parse("name\nAna\n", "sl").problems())
                .extracting(RecipientList.Problem::key)
                .containsExactly("csv.error.no-email-column");
        assertThat(RecipientList.parse("email\n", "sl").problems())
                .extracting(RecipientList.Problem::key)
                .containsExactly("csv.error.empty");
    }
}
