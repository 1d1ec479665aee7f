package org.mesta.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Writes known rows straight into the tables the impact queries read: a city of its own, nothing of the demo's. */
final class ImpactData {

    private final JdbcClient jdbc;

    ImpactData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp at(String isoInstant) {
        return Timestamp.from(Instant.parse(isoInstant));
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(Arrays.asList(params)).update(keys, "id");
        return keys.getKey().longValue();
    }

    long city(String slug) {
        return insert(
                "INSERT INTO city (version, slug, country, latitude, longitude, zoom, default_language, time_zone)"
                        + " VALUES (0, ?, 'SI', 46.0, 14.5, 12, 'en', 'Europe/Ljubljana')",
                slug);
    }

    long organisation(long city, String name) {
        return insert(
                "INSERT INTO organisation (version, city_id, name, contact_email) VALUES (0, ?, ?, 'org@example.org')",
                city,
                name);
    }

    long account(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    long opportunity(long city, long org, String type, String publishedAt, String... themes) {
        Timestamp t = at(publishedAt);
        long id = insert(
                "INSERT INTO opportunity (version, organisation_id, city_id, status, wizard_step, type, format, ongoing,"
                        + " free, created_by, created_at, updated_at, archived)"
                        + " VALUES (0, ?, ?, 'PUBLISHED', 5, ?, 'IN_PERSON', FALSE, TRUE, 1, ?, ?, FALSE)",
                org,
                city,
                type,
                t,
                t);
        for (String theme : themes) {
            jdbc.sql("INSERT INTO opportunity_theme (opportunity_id, theme) VALUES (?, ?)")
                    .params(id, theme)
                    .update();
        }
        jdbc.sql("INSERT INTO published_opportunity (opportunity_id, city_id, organisation_id, revision, published_at,"
                        + " type, format, ongoing, free, themes, access, card, content)"
                        + " VALUES (?, ?, ?, 1, ?, ?, 'IN_PERSON', FALSE, TRUE, ?, '', '{}', '{}')")
                .params(id, city, org, t, type, String.join(",", themes))
                .update();
        return id;
    }

    long badge(long city, long org, String tags, long... opportunities) {
        Timestamp t = at("2024-01-01T00:00:00Z");
        long id = insert(
                "INSERT INTO badge (version, organisation_id, city_id, status, design, tags, created_by, created_at,"
                        + " updated_at) VALUES (0, ?, ?, 'PUBLISHED', '{}', ?, 1, ?, ?)",
                org,
                city,
                tags,
                t,
                t);
        for (long o : opportunities) {
            jdbc.sql("INSERT INTO opportunity_badge (opportunity_id, badge_id) VALUES (?, ?)")
                    .params(o, id)
                    .update();
        }
        return id;
    }

    long award(long badge, long org, Long account, String issuedAt) {
        return insert(
                "INSERT INTO award (version, public_id, badge_id, organisation_id, recipient_email,"
                        + " recipient_account_id, salt, recipient_hash, language, issued_at, issued_by)"
                        + " VALUES (0, ?, ?, ?, 'someone@example.org', ?, 's', 'h', 'en', ?, 1)",
                UUID.randomUUID().toString(),
                badge,
                org,
                account,
                at(issuedAt));
    }

    void revoke(long award) {
        jdbc.sql("UPDATE award SET revoked_at = ? WHERE id = ?")
                .params(at("2025-01-20T00:00:00Z"), award)
                .update();
    }

    void wallet(long account, long award, String state, String visibility) {
        jdbc.sql("INSERT INTO wallet_entry (version, account_id, award_id, state, visibility, added_at)"
                        + " VALUES (0, ?, ?, ?, ?, ?)")
                .params(account, award, state, visibility, at("2025-01-20T00:00:00Z"))
                .update();
    }

    long session(long opportunity, String startsAt) {
        return insert(
                "INSERT INTO joining_session (version, opportunity_id, starts_at, title) VALUES (0, ?, ?, 'Session')",
                opportunity,
                at(startsAt));
    }

    void participant(long session, long account, String checkedInAt) {
        jdbc.sql(
                        "INSERT INTO joining_participant (version, session_id, account_id, email, display_name, language,"
                                + " status, asked_at, checked_in_at) VALUES (0, ?, ?, 'p@example.org', 'P', 'en', 'JOINED', ?, ?)")
                .params(session, account, at("2025-01-01T00:00:00Z"), checkedInAt == null ? null : at(checkedInAt))
                .update();
    }

    void application(long badge, long org, long account, String submittedAt) {
        jdbc.sql("INSERT INTO badge_application (version, badge_id, organisation_id, account_id, applicant_name, email,"
                        + " language, evidence_text, status, submitted_at)"
                        + " VALUES (0, ?, ?, ?, 'A', 'a@example.org', 'en', 'done', 'SUBMITTED', ?)")
                .params(badge, org, account, at(submittedAt))
                .update();
    }

    void campaign(
            long city,
            String stage,
            String createdAt,
            String endsOn,
            Integer peopleReached,
            Integer eventsHeld,
            String theme) {
        long id = insert(
                "INSERT INTO campaign (version, city_id, title, kind, goal, planned_actions, stage, sort_order, ends_on,"
                        + " online, people_reached, events_held, created_by, created_at, updated_at)"
                        + " VALUES (0, ?, 'C', 'ADVOCACY', 'g', 'p', ?, 0, ?, FALSE, ?, ?, 1, ?, ?)",
                city,
                stage,
                endsOn == null ? null : java.sql.Date.valueOf(endsOn),
                peopleReached,
                eventsHeld,
                at(createdAt),
                at(createdAt));
        jdbc.sql("INSERT INTO campaign_theme (campaign_id, theme) VALUES (?, ?)")
                .params(id, theme)
                .update();
    }
}
