-- An organisation's signing key can be replaced (rotated). Credentials signed with an earlier key stay
-- genuine, so each replaced public key is kept here; its private key is not kept (nothing is signed with it again).
CREATE TABLE retired_issuer_key (
    public_key      VARCHAR(100) NOT NULL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    retired_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_retired_issuer_key_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);
CREATE INDEX ix_retired_issuer_key_organisation ON retired_issuer_key (organisation_id);
