-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- Badges a person earned elsewhere and brought into their wallet: what they brought, exactly as received (the
-- credential or assertion JSON, bounded to 256 KB; the baked image if they uploaded one, bounded to 2 MB), what it
-- claims (badge, issuer, date: shown next to the verdict, never as proven), and the verdict of the last check.
-- credential_key is the credential's or assertion's id (or the SHA-256 of what was brought): one import per person.
CREATE TABLE imported_badge (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    credential_key  VARCHAR(512)  NOT NULL,
    source_url      VARCHAR(2048),
    received        MEDIUMTEXT    NOT NULL,
    image           MEDIUMBLOB,
    image_type      VARCHAR(32),
    badge_name      VARCHAR(512)  NOT NULL,
    issuer_name     VARCHAR(512)  NOT NULL,
    issued_on       DATETIME(6),
    verdict         VARCHAR(32)   NOT NULL,
    verdict_detail  VARCHAR(2048),
    verified_at     DATETIME(6)   NOT NULL,
    imported_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_imported_badge_key UNIQUE (account_id, credential_key),
    CONSTRAINT fk_imported_badge_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
