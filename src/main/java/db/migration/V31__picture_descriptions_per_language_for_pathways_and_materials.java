package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A picture's description follows the city's languages for pathways and campaign materials too (V30 did it for
 * opportunities). Each single description so far is kept as written in the city's first language:
 *
 * <ul>
 *   <li>campaign materials: a {@code campaign_image_alt} row per language, like {@code opportunity_image_alt};
 *   <li>pathways: the description lives in the pathway's JSON (working copy and published snapshot), where a plain
 *       string becomes a text per language ({@code {"texts": {"sl": "..."}}}). JSON is rewritten here in Java because
 *       H2 and MySQL/MariaDB share no JSON functions.
 * </ul>
 *
 * Java rather than SQL only for the JSON; the SQL statements stay portable like the SQL migrations. Self-contained
 * (no application classes), so later changes to them cannot change what this migration did.
 */
public class V31__picture_descriptions_per_language_for_pathways_and_materials extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        materials(db);
        pathways(db);
    }

    private static void materials(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE campaign_image_alt ("
                    + " image_id BIGINT NOT NULL,"
                    + " language VARCHAR(8) NOT NULL,"
                    + " alt_text VARCHAR(300) NOT NULL,"
                    + " PRIMARY KEY (image_id, language),"
                    + " CONSTRAINT fk_campaign_image_alt FOREIGN KEY (image_id)"
                    + " REFERENCES campaign_image (id) ON DELETE CASCADE)");
            s.execute("INSERT INTO campaign_image_alt (image_id, language, alt_text)"
                    + " SELECT i.id, c.default_language, i.alt_text"
                    + " FROM campaign_image i"
                    + " JOIN campaign k ON k.id = i.campaign_id"
                    + " JOIN city c ON c.id = k.city_id"
                    + " WHERE i.alt_text <> ''");
            s.execute("ALTER TABLE campaign_image DROP COLUMN alt_text");
        }
    }

    private static void pathways(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT p.id, p.content, p.published_content, c.default_language"
                        + " FROM pathway p JOIN city c ON c.id = p.city_id");
                PreparedStatement update =
                        db.prepareStatement("UPDATE pathway SET content = ?, published_content = ? WHERE id = ?")) {
            while (rows.next()) {
                String language = rows.getString(4);
                String content = rows.getString(2);
                String published = rows.getString(3);
                String newContent = described(content, language);
                String newPublished = published == null ? null : described(published, language);
                if (!newContent.equals(content) || (published != null && !newPublished.equals(published))) {
                    update.setString(1, newContent);
                    update.setString(2, newPublished);
                    update.setLong(3, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    /** The pathway's JSON with a plain-string picture description turned into the city's first language's. */
    static String described(String json, String language) {
        JsonNode root = JSON.readTree(json);
        if (!(root instanceof ObjectNode content)) return json;
        JsonNode alt = content.get("imageAlt");
        if (alt == null || !alt.isString()) return json;
        String text = alt.stringValue().strip();
        if (text.isEmpty()) {
            content.putNull("imageAlt");
        } else {
            content.putObject("imageAlt").putObject("texts").put(language, text);
        }
        return JSON.writeValueAsString(content);
    }
}
