-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- A learning pathway (playlist): the working copy as JSON (texts per language, theme, ordered steps, groups, the
-- milestone badge) and, once approved, the published snapshot the public sees until a revision is approved.
CREATE TABLE pathway (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    city_id           BIGINT       NOT NULL,
    organisation_id   BIGINT,
    status            VARCHAR(24)  NOT NULL,
    content           TEXT         NOT NULL,
    published_content TEXT,
    decision_reason   VARCHAR(1000),
    created_by        BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    submitted_at      DATETIME(6),
    published_at      DATETIME(6)
);
CREATE INDEX ix_pathway_city ON pathway (city_id, status);
CREATE INDEX ix_pathway_organisation ON pathway (organisation_id);

-- The pathway's picture, re-encoded: the working one and the published one (copied at approval).
CREATE TABLE pathway_image (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    pathway_id  BIGINT       NOT NULL,
    published   BOOLEAN      NOT NULL,
    data        MEDIUMBLOB   NOT NULL,
    CONSTRAINT uk_pathway_image UNIQUE (pathway_id, published),
    CONSTRAINT fk_pathway_image FOREIGN KEY (pathway_id) REFERENCES pathway (id) ON DELETE CASCADE
);

-- A learner following a pathway; next_step is the index of the next step to do (for the organiser's figures).
CREATE TABLE pathway_enrolment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    pathway_id    BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    enrolled_at   DATETIME(6)  NOT NULL,
    next_step     INT,
    completed_at  DATETIME(6),
    CONSTRAINT uk_pathway_enrolment UNIQUE (pathway_id, account_id),
    CONSTRAINT fk_pathway_enrolment FOREIGN KEY (pathway_id) REFERENCES pathway (id) ON DELETE CASCADE
);
CREATE INDEX ix_pathway_enrolment_account ON pathway_enrolment (account_id);

-- The milestone badge awarded for a completed pathway: at most once per learner and pathway (the unique key makes
-- a second, concurrent award fail and roll back).
CREATE TABLE pathway_milestone (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    pathway_id        BIGINT       NOT NULL,
    account_id        BIGINT       NOT NULL,
    award_public_id   VARCHAR(64),
    awarded_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uk_pathway_milestone UNIQUE (pathway_id, account_id)
);

-- Check-ins heard from the joining side (TakingPart.CheckedIn): an opportunity step counts as done.
CREATE TABLE pathway_attendance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    opportunity_id  BIGINT       NOT NULL,
    session_start   DATETIME(6),
    CONSTRAINT uk_pathway_attendance UNIQUE (account_id, opportunity_id)
);
