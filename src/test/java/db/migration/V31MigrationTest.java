package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mesta.base.MultilingualText;
import org.mesta.pathway.PathwayContent;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** V31: single picture descriptions of pathways and campaign materials become the city's first language's. */
class V31MigrationTest {

    /** A pathway as stored before V31: the picture's description a plain string. */
    static final String OLD = "{\"title\":{\"texts\":{\"sl\":\"Zelena pot\",\"en\":\"Green pathway\"}},"
            + "\"story\":{\"texts\":{\"sl\":\"Zgodba\"}},\"theme\":\"SUSTAINABILITY\","
            + "\"imageAlt\":\"Mladi sadijo \\\"drevesa\\\"\",\"steps\":[{\"kind\":\"OPPORTUNITY\",\"targetId\":7,"
            + "\"required\":true,\"group\":0}],\"groups\":[],\"milestoneBadgeId\":3}";

    static final String WITHOUT = "{\"title\":{\"texts\":{\"hr\":\"Put\"}},\"story\":{\"texts\":{}},\"theme\":null,"
            + "\"imageAlt\":null,\"steps\":[],\"groups\":[],\"milestoneBadgeId\":null}";

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void descriptions_move_to_the_city_s_first_language_and_old_pathways_still_load() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v31-" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        flyway(db, "30").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        city(jdbc, 1, "ljubljana", "sl");
        city(jdbc, 2, "zagreb", "hr");
        // Pathway 10 (Ljubljana) described, published as well; 11 (Zagreb) without a description.
        jdbc.update(
                "insert into pathway (id, version, city_id, status, content, published_content, created_by,"
                        + " created_at, updated_at) values (10, 0, 1, 'PUBLISHED', ?, ?, 1, current_timestamp,"
                        + " current_timestamp)",
                OLD,
                OLD);
        jdbc.update(
                "insert into pathway (id, version, city_id, status, content, created_by, created_at, updated_at)"
                        + " values (11, 0, 2, 'DRAFT', ?, 1, current_timestamp, current_timestamp)",
                WITHOUT);
        // Campaign materials: one in Zagreb described, one blank.
        jdbc.update("insert into campaign (id, version, city_id, title, kind, goal, planned_actions, stage,"
                + " sort_order, online, created_by, created_at, updated_at) values (5, 0, 2, 'Mural', 'ARTS', '', '',"
                + " 'IDEA', 1, false, 1, current_timestamp, current_timestamp)");
        jdbc.update("insert into campaign_image (id, campaign_id, data, alt_text, uploaded_by, uploaded_at)"
                + " values (20, 5, X'FF', 'Skica murala', 1, current_timestamp)");
        jdbc.update("insert into campaign_image (id, campaign_id, data, alt_text, uploaded_by, uploaded_at)"
                + " values (21, 5, X'FF', '', 1, current_timestamp)");

        flyway(db, "31").migrate();

        PathwayContent working = read(jdbc, "content", 10);
        PathwayContent published = read(jdbc, "published_content", 10);
        assertThat(working.imageAlt().texts()).isEqualTo(Map.of("sl", "Mladi sadijo \"drevesa\""));
        assertThat(published).isEqualTo(working);
        assertThat(working.title().texts()).isEqualTo(Map.of("sl", "Zelena pot", "en", "Green pathway"));
        assertThat(working.steps()).hasSize(1);
        assertThat(working.milestoneBadgeId()).isEqualTo(3L);
        PathwayContent undescribed = read(jdbc, "content", 11);
        assertThat(undescribed.imageAlt().isEmpty()).isTrue();
        assertThat(undescribed.title().in("hr")).isEqualTo("Put");
        assertThat(jdbc.queryForObject("select published_content from pathway where id = 11", String.class))
                .isNull();

        assertThat(jdbc.queryForList("select image_id, language, alt_text from campaign_image_alt"))
                .containsExactly(Map.of("image_id", 20L, "language", "hr", "alt_text", "Skica murala"));
        assertThat(jdbc.queryForObject("select count(*) from campaign_image", Integer.class))
                .isEqualTo(2);
        assertThatThrownBy(() -> jdbc.queryForList("select alt_text from campaign_image"))
                .as("the single description is gone")
                .isInstanceOf(DataAccessException.class);
        jdbc.update("delete from campaign_image where id = 20");
        assertThat(jdbc.queryForObject("select count(*) from campaign_image_alt", Integer.class))
                .as("descriptions go with their picture")
                .isZero();
    }

    @Test
    void a_pathway_already_described_per_language_is_left_as_it_is() {
        PathwayContent described = new PathwayContent(
                MultilingualText.of(Map.of("en", "Green")),
                MultilingualText.EMPTY,
                null,
                MultilingualText.of(Map.of("en", "Young people planting trees")),
                List.of(),
                List.of(),
                null);
        String written = json.writeValueAsString(described);
        assertThat(json.readValue(written, PathwayContent.class)).isEqualTo(described);
        assertThat(V31__picture_descriptions_per_language_for_pathways_and_materials.described(written, "sl"))
                .isEqualTo(written);
    }

    private PathwayContent read(JdbcTemplate jdbc, String column, long id) {
        return json.readValue(
                jdbc.queryForObject("select " + column + " from pathway where id = ?", String.class, id),
                PathwayContent.class);
    }

    private static void city(JdbcTemplate jdbc, long id, String slug, String language) {
        jdbc.update(
                "insert into city (id, version, slug, country, latitude, longitude, zoom, default_language,"
                        + " time_zone) values (?, 0, ?, 'SI', 46.05, 14.5, 12, ?, 'Europe/Ljubljana')",
                id,
                slug,
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
