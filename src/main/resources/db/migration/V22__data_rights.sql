-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- The full birth date (older rows keep only birth_year and are treated conservatively); the e-mail address counts
-- once confirmed; under the age of digital consent a guardian's consent is needed until guardian_needed_until.
ALTER TABLE account ADD COLUMN birth_date DATE;
ALTER TABLE account ADD COLUMN email_confirmed_at DATETIME(6);
ALTER TABLE account ADD COLUMN guardian_email VARCHAR(255);
ALTER TABLE account ADD COLUMN guardian_needed_until DATE;
ALTER TABLE account ADD COLUMN guardian_consent_at DATETIME(6);
ALTER TABLE account ADD COLUMN guardian_withdrawn_at DATETIME(6);

-- Accounts made before confirmation existed (demo, invited staff, first admin) count as confirmed.
UPDATE account SET email_confirmed_at = created_at;

-- One-time links about an account: confirming an e-mail address (at registration or a change to NEW_EMAIL) and a
-- guardian's consent. Only the SHA-256 of the token is stored.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    new_email   VARCHAR(255),
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_account_token UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_account_token_account ON account_token (account_id, kind);

-- An award whose recipient deleted their account: the row stays (the signed credential and the organisation's
-- figures need it) but the e-mail is blanked and the hosted assertion answers 410 Gone.
ALTER TABLE award ADD COLUMN recipient_erased_at DATETIME(6);

-- A child's tick was never consent: the guardian's answer (guardian_consent_at) replaces it.
ALTER TABLE account DROP COLUMN guardian_consent;
