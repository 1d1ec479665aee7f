-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- An organisation vouches for another organisation's badge with a short comment: hosted as an Open Badges 2.0
-- Endorsement and signed as a 3.0 EndorsementCredential with the endorser's key (its revocation bit in the
-- endorser's status list). active_key is "<organisation>:<badge>" while active and NULL once withdrawn, so the
-- unique index allows one active endorsement per pair and any number of withdrawn ones.
CREATE TABLE endorsement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    public_id       VARCHAR(36)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    badge_id        BIGINT        NOT NULL,
    badge_organisation_id BIGINT  NOT NULL,
    comment         VARCHAR(500)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    endorsed_by     BIGINT        NOT NULL,
    issued_at       DATETIME(6)   NOT NULL,
    withdrawn_at    DATETIME(6),
    status_index    INT,
    credential      TEXT          NOT NULL,
    active_key      VARCHAR(41),
    CONSTRAINT uq_endorsement_public_id UNIQUE (public_id),
    CONSTRAINT uq_endorsement_active UNIQUE (active_key),
    CONSTRAINT fk_endorsement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_endorsement_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);
CREATE INDEX ix_endorsement_badge ON endorsement (badge_id, withdrawn_at);
CREATE INDEX ix_endorsement_badge_organisation ON endorsement (badge_organisation_id, issued_at);
