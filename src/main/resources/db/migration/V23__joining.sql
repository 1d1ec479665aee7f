-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- Whether people join the opportunity's sessions in Mesta, and whether the linked badge goes automatically to
-- everyone checked in after each session.
ALTER TABLE opportunity ADD COLUMN join_in_mesta BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE opportunity ADD COLUMN award_on_check_in BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per session someone joined (an opportunity's meeting, named by its start): the row joins lock, so
-- places are counted one join at a time.
CREATE TABLE joining_session (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    opportunity_id  BIGINT       NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6),
    organisation_id BIGINT,
    title           VARCHAR(255) NOT NULL,
    awarded_at      DATETIME(6),
    CONSTRAINT uk_joining_session UNIQUE (opportunity_id, starts_at)
);
CREATE INDEX ix_joining_session_start ON joining_session (starts_at);

-- A person's place in a session: joined, waiting (in order of asking) or cancelled; checked in when they came.
CREATE TABLE joining_participant (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    session_id     BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    email          VARCHAR(255) NOT NULL,
    display_name   VARCHAR(255) NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    asked_at       DATETIME(6)  NOT NULL,
    checked_in_at  DATETIME(6),
    reminded_at    DATETIME(6),
    awarded_at     DATETIME(6),
    CONSTRAINT uk_joining_participant UNIQUE (session_id, account_id),
    CONSTRAINT fk_joining_participant_session FOREIGN KEY (session_id) REFERENCES joining_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_joining_participant_account ON joining_participant (account_id);

-- Check-in codes a person has used (their signature), so one code does not check in twice; kept past expiry.
CREATE TABLE joining_used_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    used_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_joining_used_code UNIQUE (account_id, code_hash)
);
CREATE INDEX ix_joining_used_code_used ON joining_used_code (used_at);
