-- Badge classes: what an organisation recognises, how it looks (a design model as JSON) and its words per
-- language. Renders (PNG per language and size) are cached by a fingerprint of design and words.
CREATE TABLE badge (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    city_id         BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    design          VARCHAR(4000) NOT NULL,
    criteria_url    VARCHAR(500),
    tags            VARCHAR(1000) NOT NULL,
    expiry_months   INT,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_badge_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_badge_city FOREIGN KEY (city_id) REFERENCES city (id)
);
CREATE INDEX ix_badge_organisation ON badge (organisation_id, status);

CREATE TABLE badge_text (
    badge_id    BIGINT        NOT NULL,
    language    VARCHAR(8)    NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    subtitle    VARCHAR(120)  NOT NULL,
    ribbon      VARCHAR(60)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    criteria    VARCHAR(4000) NOT NULL,
    image_alt   VARCHAR(300)  NOT NULL,
    PRIMARY KEY (badge_id, language),
    CONSTRAINT fk_badge_text FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);

-- Frameworks a badge aligns to (name, URL, code), in order.
CREATE TABLE badge_alignment (
    badge_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    url      VARCHAR(500) NOT NULL,
    code     VARCHAR(100) NOT NULL,
    PRIMARY KEY (badge_id, position),
    CONSTRAINT fk_badge_alignment FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);

CREATE TABLE badge_render (
    badge_id    BIGINT      NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    size        INT         NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    png         MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (badge_id, language, size),
    CONSTRAINT fk_badge_render FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);
