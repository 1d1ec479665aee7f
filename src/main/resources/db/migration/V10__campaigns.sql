-- Young ambassadors' campaigns and the recommendations they carry.
-- A recommendation belongs to the network (city_id null) or to one city; ambassadors and city admins propose,
-- city admins (network admins for the network's own) curate.
CREATE TABLE recommendation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    city_id     BIGINT,
    theme       VARCHAR(40)  NOT NULL,
    source      VARCHAR(200) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    proposed_by BIGINT,
    proposed_at DATETIME(6)  NOT NULL,
    curated_by  BIGINT,
    curated_at  DATETIME(6),
    CONSTRAINT fk_recommendation_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);
CREATE INDEX ix_recommendation_city ON recommendation (city_id, status);

CREATE TABLE recommendation_text (
    recommendation_id BIGINT        NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    PRIMARY KEY (recommendation_id, language),
    CONSTRAINT fk_recommendation_text FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE
);

-- A card on the city's board. sort_order is the card's place within its stage's column.
CREATE TABLE campaign (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    city_id         BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    goal            VARCHAR(2000) NOT NULL,
    planned_actions VARCHAR(4000) NOT NULL,
    stage           VARCHAR(20)   NOT NULL,
    sort_order      INT           NOT NULL,
    starts_on       DATE,
    ends_on         DATE,
    online          BOOLEAN       NOT NULL,
    people_reached  INT,
    decision_makers INT,
    events_held     INT,
    media_mentions  INT,
    artworks        INT,
    outcome_story   VARCHAR(4000),
    event_opportunity_id BIGINT,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_campaign_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_board ON campaign (city_id, stage, sort_order);

CREATE TABLE campaign_member (
    campaign_id BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    is_lead     BOOLEAN NOT NULL,
    PRIMARY KEY (campaign_id, account_id),
    CONSTRAINT fk_campaign_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_member_account ON campaign_member (account_id);

CREATE TABLE campaign_theme (
    campaign_id BIGINT      NOT NULL,
    theme       VARCHAR(40) NOT NULL,
    PRIMARY KEY (campaign_id, theme),
    CONSTRAINT fk_campaign_theme FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE campaign_audience (
    campaign_id BIGINT      NOT NULL,
    audience    VARCHAR(40) NOT NULL,
    PRIMARY KEY (campaign_id, audience),
    CONSTRAINT fk_campaign_audience FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE campaign_recommendation (
    campaign_id       BIGINT NOT NULL,
    recommendation_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, recommendation_id),
    CONSTRAINT fk_campaign_rec_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_rec_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE
);

-- Where the campaign happens: named places, each optionally on the map.
CREATE TABLE campaign_place (
    campaign_id BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    name        VARCHAR(300) NOT NULL,
    latitude    DOUBLE,
    longitude   DOUBLE,
    PRIMARY KEY (campaign_id, sort_order),
    CONSTRAINT fk_campaign_place FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE campaign_link (
    campaign_id BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    url         VARCHAR(500) NOT NULL,
    PRIMARY KEY (campaign_id, sort_order),
    CONSTRAINT fk_campaign_link FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE campaign_image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT       NOT NULL,
    data         MEDIUMBLOB   NOT NULL,
    alt_text     VARCHAR(300) NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_campaign_image FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_image ON campaign_image (campaign_id);

CREATE TABLE campaign_task (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    campaign_id BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    assignee_id BIGINT,
    due_on      DATE,
    done        BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT fk_campaign_task FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_task_assignee FOREIGN KEY (assignee_id) REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX ix_campaign_task ON campaign_task (campaign_id, sort_order);

CREATE TABLE campaign_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    author_id   BIGINT,
    author_name VARCHAR(200)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_campaign_comment FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_comment ON campaign_comment (campaign_id, created_at);

-- Who moved or changed what, when: kept as a message key and its arguments, shown in the reader's language.
CREATE TABLE campaign_activity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    actor_name  VARCHAR(200)  NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    args        VARCHAR(2000) NOT NULL,
    happened_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_campaign_activity FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);
CREATE INDEX ix_campaign_activity ON campaign_activity (campaign_id, happened_at);

-- The badge a city awards to the team of an evaluated campaign (chosen by the city admin among the published
-- badges of the city's organisations).
CREATE TABLE campaign_setting (
    city_id  BIGINT NOT NULL PRIMARY KEY,
    badge_id BIGINT,
    CONSTRAINT fk_campaign_setting_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_setting_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE SET NULL
);
