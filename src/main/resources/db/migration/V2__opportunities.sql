-- Opportunities: the working copy a provider edits, and (separately) the approved, published version that
-- the public sees, so a revision under moderation never hides what was approved before.

CREATE TABLE opportunity (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    city_id             BIGINT        NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    wizard_step         INT           NOT NULL,
    type                VARCHAR(32),
    format              VARCHAR(16),
    starts_at           DATETIME(6),
    ends_at             DATETIME(6),
    ongoing             BOOLEAN       NOT NULL,
    latitude            DOUBLE,
    longitude           DOUBLE,
    venue               VARCHAR(200),
    address             VARCHAR(300),
    online_url          VARCHAR(500),
    age_min             INT,
    age_max             INT,
    capacity            INT,
    free                BOOLEAN       NOT NULL,
    price               VARCHAR(60),
    join_url            VARCHAR(500),
    join_email          VARCHAR(255),
    join_phone          VARCHAR(40),
    accessibility_notes VARCHAR(1000),
    created_by          BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    submitted_at        DATETIME(6),
    decision_reason     VARCHAR(2000),
    archived            BOOLEAN       NOT NULL,
    CONSTRAINT fk_opportunity_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_opportunity_city FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX ix_opportunity_queue ON opportunity (city_id, status, submitted_at);
CREATE INDEX ix_opportunity_organisation ON opportunity (organisation_id, updated_at);

CREATE TABLE opportunity_text (
    opportunity_id BIGINT        NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(500)  NOT NULL,
    description    VARCHAR(6000) NOT NULL,
    PRIMARY KEY (opportunity_id, language),
    CONSTRAINT fk_opportunity_text FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

CREATE TABLE opportunity_theme (
    opportunity_id BIGINT      NOT NULL,
    theme          VARCHAR(32) NOT NULL,
    PRIMARY KEY (opportunity_id, theme),
    CONSTRAINT fk_opportunity_theme FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

CREATE TABLE opportunity_language (
    opportunity_id BIGINT     NOT NULL,
    language       VARCHAR(8) NOT NULL,
    PRIMARY KEY (opportunity_id, language),
    CONSTRAINT fk_opportunity_language FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

CREATE TABLE opportunity_access (
    opportunity_id BIGINT      NOT NULL,
    feature        VARCHAR(32) NOT NULL,
    PRIMARY KEY (opportunity_id, feature),
    CONSTRAINT fk_opportunity_access FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

-- The public read model: one row per approved opportunity, flat for fast viewport queries.
CREATE TABLE published_opportunity (
    opportunity_id  BIGINT        NOT NULL PRIMARY KEY,
    city_id         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    revision        INT           NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    type            VARCHAR(32)   NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    starts_at       DATETIME(6),
    ends_at         DATETIME(6),
    ongoing         BOOLEAN       NOT NULL,
    latitude        DOUBLE,
    longitude       DOUBLE,
    age_min         INT,
    age_max         INT,
    free            BOOLEAN       NOT NULL,
    themes          VARCHAR(400)  NOT NULL,
    access          VARCHAR(400)  NOT NULL,
    -- What a map marker or list row needs (titles and summaries per language, organisation), small JSON.
    card            VARCHAR(4000) NOT NULL,
    content         TEXT          NOT NULL,
    CONSTRAINT fk_published_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);
CREATE INDEX ix_published_viewport ON published_opportunity (city_id, latitude, longitude);
CREATE INDEX ix_published_bbox ON published_opportunity (latitude, longitude);
CREATE INDEX ix_published_city_time ON published_opportunity (city_id, published_at);

CREATE TABLE moderation_decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    opportunity_id BIGINT        NOT NULL,
    moderator_id   BIGINT        NOT NULL,
    moderator_name VARCHAR(120)  NOT NULL,
    decision       VARCHAR(24)   NOT NULL,
    reason         VARCHAR(2000),
    decided_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_moderation_decision FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);
CREATE INDEX ix_moderation_decision ON moderation_decision (opportunity_id, decided_at);

-- One picture per opportunity: checked, resized and re-encoded on upload (no camera metadata kept).
CREATE TABLE opportunity_image (
    opportunity_id BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    alt_text       VARCHAR(300) NOT NULL,
    width          INT          NOT NULL,
    height         INT          NOT NULL,
    data           MEDIUMBLOB   NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_opportunity_image FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

-- Further sessions of an opportunity that meets more than once (the first is starts_at/ends_at above).
CREATE TABLE opportunity_session (
    opportunity_id BIGINT      NOT NULL,
    position       INT         NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    ends_at        DATETIME(6),
    PRIMARY KEY (opportunity_id, position),
    CONSTRAINT fk_opportunity_session FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);
