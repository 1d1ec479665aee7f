package org.mesta.badge;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a list of new awards in JDBC batches (with {@code rewriteBatchedStatements} on MySQL: a few statements
 * for thousands of rows). Hibernate cannot batch them: award ids come from the column's AUTO_INCREMENT (IDENTITY),
 * and Hibernate sends those inserts one by one to learn each id; a sequence or id table instead would need a
 * migration, and rows inserted elsewhere with AUTO_INCREMENT would collide with its ids. The rows are written in
 * the caller's transaction (the JPA transaction exposes its connection to JDBC), then read back as entities.
 */
@Component
class AwardRows {

    private static final int BATCH = 500;
    private static final String INSERT = "INSERT INTO award (version, public_id, badge_id, organisation_id,"
            + " recipient_email, recipient_account_id, salt, recipient_hash, language, issued_at, expires_at, issued_by,"
            + " claim_code_id, credential, evidence_narrative, status_index) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final AwardRepository awards;

    AwardRows(JdbcTemplate jdbc, AwardRepository awards) {
        this.jdbc = jdbc;
        this.awards = awards;
    }

    /** Inserts the new awards and returns them as stored (with their ids), in the same order. */
    List<Award> insert(List<Award> fresh) {
        jdbc.batchUpdate(INSERT, fresh, BATCH, AwardRows::bind);
        Map<String, Award> stored = new HashMap<>();
        for (int i = 0; i < fresh.size(); i += 1000) {
            awards.findByPublicIdIn(fresh.subList(i, Math.min(fresh.size(), i + 1000)).stream()
                            .map(Award::getPublicId)
                            .toList())
                    .forEach(a -> stored.put(a.getPublicId(), a));
        }
        List<Award> inOrder = new ArrayList<>(fresh.size());
        for (Award a : fresh) inOrder.add(stored.get(a.getPublicId()));
        return inOrder;
    }

    private static void bind(PreparedStatement ps, Award a) throws SQLException {
        ps.setString(1, a.getPublicId());
        ps.setLong(2, a.getBadgeId());
        ps.setLong(3, a.getOrganisationId());
        ps.setString(4, a.getRecipientEmail());
        setLong(ps, 5, a.getRecipientAccountId());
        ps.setString(6, a.getSalt());
        ps.setString(7, a.getRecipientHash());
        ps.setString(8, a.getLanguage());
        // As Hibernate binds an Instant here (hibernate.type.preferred_instant_jdbc_type=TIMESTAMP).
        ps.setTimestamp(9, timestamp(a.getIssuedAt()));
        ps.setTimestamp(10, timestamp(a.getExpiresAt()));
        ps.setLong(11, a.getIssuedBy());
        setLong(ps, 12, a.getClaimCodeId());
        ps.setString(13, a.getCredential());
        ps.setString(14, a.getEvidenceNarrative());
        if (a.getStatusIndex() == null) ps.setNull(15, Types.INTEGER);
        else ps.setInt(15, a.getStatusIndex());
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, value);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
