-- Impact rollups (issue #16): the dashboard reads these instead of passing over a city's awards of a year.
-- Awards per badge and month of issue (the month as YYYYMM): issued (not revoked), accepted into a wallet, and
-- accepted and shown on the holder's profile. Kept exact: recounted for one badge and month when an award changes.
CREATE TABLE impact_badge_month (
    badge_id BIGINT NOT NULL,
    month_key INT NOT NULL,
    city_id BIGINT NOT NULL,
    issued BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    shared BIGINT NOT NULL,
    PRIMARY KEY (badge_id, month_key)
);
CREATE INDEX ix_impact_badge_month_city ON impact_badge_month (city_id, month_key);

-- Who was active through awards per city, month and theme ('' = every theme): an UltraLogLog sketch of the
-- recipients' accounts (kind 'L') and of the issuing organisations (kind 'P'). Sketches merge, so a period's
-- distinct total is the merge of its months; they only grow, as the exact figures do (revoked awards still count).
CREATE TABLE impact_people_month (
    city_id BIGINT NOT NULL,
    month_key INT NOT NULL,
    theme VARCHAR(40) NOT NULL,
    kind CHAR(1) NOT NULL,
    sketch VARBINARY(4096) NOT NULL,
    PRIMARY KEY (city_id, month_key, theme, kind)
);

-- When the rollups were last built from the awards: none on a fresh or upgraded database, so the first start
-- backfills them.
CREATE TABLE impact_rollup_state (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    built_at TIMESTAMP(6) NOT NULL
);
