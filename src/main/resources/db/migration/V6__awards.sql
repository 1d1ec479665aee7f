-- Awards of published badges. The recipient's e-mail stays private (to notify them and to find "my badges");
-- public artefacts carry only its salted SHA-256 hash. Claim codes let learners redeem a badge themselves.
CREATE TABLE claim_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    badge_id    BIGINT      NOT NULL,
    code        VARCHAR(20) NOT NULL,
    valid_from  DATETIME(6) NOT NULL,
    valid_until DATETIME(6) NOT NULL,
    max_uses    INT         NOT NULL,
    uses        INT         NOT NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_claim_code UNIQUE (code),
    CONSTRAINT fk_claim_code_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);

CREATE TABLE award (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    public_id            VARCHAR(36)   NOT NULL,
    badge_id             BIGINT        NOT NULL,
    organisation_id      BIGINT        NOT NULL,
    recipient_email      VARCHAR(255)  NOT NULL,
    recipient_account_id BIGINT,
    salt                 VARCHAR(32)   NOT NULL,
    recipient_hash       VARCHAR(80)   NOT NULL,
    language             VARCHAR(8)    NOT NULL,
    issued_at            DATETIME(6)   NOT NULL,
    expires_at           DATETIME(6),
    revoked_at           DATETIME(6),
    revocation_reason    VARCHAR(500),
    issued_by            BIGINT        NOT NULL,
    claim_code_id        BIGINT,
    credential           TEXT,
    CONSTRAINT uq_award_public_id UNIQUE (public_id),
    CONSTRAINT fk_award_badge FOREIGN KEY (badge_id) REFERENCES badge (id),
    CONSTRAINT fk_award_account FOREIGN KEY (recipient_account_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_award_badge ON award (badge_id, issued_at);
CREATE INDEX ix_award_account ON award (recipient_account_id);
CREATE INDEX ix_award_email ON award (recipient_email);

-- One Ed25519 signing key per issuing organisation (Open Badges 3.0). The private key is encrypted with a key
-- from configuration (mesta.badge.key-secret); the public key is published as a did:key.
CREATE TABLE issuer_key (
    organisation_id BIGINT       NOT NULL PRIMARY KEY,
    public_key      VARCHAR(100) NOT NULL,
    private_key     VARCHAR(300) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_issuer_key_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);
