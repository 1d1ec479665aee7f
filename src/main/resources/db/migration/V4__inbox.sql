-- In-app notices. A notice is addressed to one person, to every member of an organisation, or to everyone
-- with a role in a city (e.g. the city's moderators), so people who join later see what concerns them too.
-- Read receipts are per person.
CREATE TABLE notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at      DATETIME(6)   NOT NULL,
    account_id      BIGINT,
    organisation_id BIGINT,
    city_id         BIGINT,
    role            VARCHAR(30),
    message_key     VARCHAR(100)  NOT NULL,
    args            VARCHAR(4000) NOT NULL,
    link            VARCHAR(300),
    CONSTRAINT fk_notice_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);
CREATE INDEX ix_notice_account ON notice (account_id, created_at);
CREATE INDEX ix_notice_organisation ON notice (organisation_id, created_at);
CREATE INDEX ix_notice_city ON notice (city_id, role, created_at);

CREATE TABLE notice_read (
    notice_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (notice_id, account_id),
    CONSTRAINT fk_notice_read_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
