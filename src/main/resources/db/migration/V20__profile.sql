-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- A learner's collections: named, ordered groups of the badges in their wallet, each private or public (shown on
-- their public profile). The badges of a collection are wallet entries, in the learner's order.
CREATE TABLE badge_collection (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(300),
    shown       BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_badge_collection_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_badge_collection_account ON badge_collection (account_id, sort_order);

CREATE TABLE badge_collection_entry (
    collection_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    entry_id      BIGINT NOT NULL,
    PRIMARY KEY (collection_id, position),
    CONSTRAINT fk_badge_collection_entry_collection FOREIGN KEY (collection_id) REFERENCES badge_collection (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_badge_collection_entry_entry FOREIGN KEY (entry_id) REFERENCES wallet_entry (id) ON DELETE CASCADE
);
CREATE INDEX ix_badge_collection_entry_entry ON badge_collection_entry (entry_id);

-- A learner's public profile (/u/<handle>), opted into: off until they switch it on. The handle is unique and
-- lower-case; what the page shows is chosen per badge (visibility PROFILE) and per collection (shown).
CREATE TABLE public_profile (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    handle       VARCHAR(30)  NOT NULL,
    display_name VARCHAR(80)  NOT NULL,
    bio          VARCHAR(300),
    enabled      BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_public_profile_account UNIQUE (account_id),
    CONSTRAINT uq_public_profile_handle UNIQUE (handle),
    CONSTRAINT fk_public_profile_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
