package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V30: a picture's one description becomes the description in the opportunity's language. */
class PictureDescriptionMigrationTest {

    @Test
    void a_single_description_moves_to_the_city_s_first_language_or_else_the_language_the_opportunity_is_written_in() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v30-" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Flyway before = flyway(db, "28");
        before.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into city (id, version, slug, country, latitude, longitude, zoom, default_language,"
                + " time_zone) values (1, 0, 'ljubljana', 'SI', 46.05, 14.5, 12, 'sl', 'Europe/Ljubljana')");
        jdbc.update("insert into organisation (id, version, city_id, name, contact_email)"
                + " values (1, 0, 1, 'Centre', 'c@example.org')");
        // 10: written in Slovenian (the city's first language); 11: in English only; 12: a blank description.
        for (long id : List.of(10L, 11L, 12L)) {
            jdbc.update(
                    "insert into opportunity (id, version, organisation_id, city_id, status, wizard_step, ongoing,"
                            + " free, created_by, created_at, updated_at, archived)"
                            + " values (?, 0, 1, 1, 'DRAFT', 1, false, true, 1, current_timestamp, current_timestamp,"
                            + " false)",
                    id);
            jdbc.update(
                    "insert into opportunity_image (opportunity_id, version, alt_text, width, height, data, updated_at)"
                            + " values (?, 0, ?, 1, 1, X'FF', current_timestamp)",
                    id,
                    id == 12 ? "" : "Picture " + id);
            jdbc.update(
                    "insert into published_image (opportunity_id, alt_text, data) values (?, 'Picture', X'FF')", id);
        }
        text(jdbc, 10, "sl");
        text(jdbc, 10, "en");
        text(jdbc, 11, "en");

        flyway(db, "30").migrate();

        List<Map<String, Object>> alts =
                jdbc.queryForList("select opportunity_id, language, alt_text from opportunity_image_alt"
                        + " order by opportunity_id, language");
        assertThat(alts)
                .containsExactly(
                        Map.of("opportunity_id", 10L, "language", "sl", "alt_text", "Picture 10"),
                        Map.of("opportunity_id", 11L, "language", "en", "alt_text", "Picture 11"));
        assertThat(jdbc.queryForObject("select count(*) from opportunity_image", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from published_image", Integer.class))
                .isEqualTo(3);
    }

    private static void text(JdbcTemplate jdbc, long id, String language) {
        jdbc.update(
                "insert into opportunity_text (opportunity_id, language, title, summary, description)"
                        + " values (?, ?, 'T', '', '')",
                id,
                language);
    }

    private static Flyway flyway(JdbcDataSource db, String target) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .placeholders(Map.of("event_publication_id", "UUID"))
                .target(target)
                .load();
    }
}
