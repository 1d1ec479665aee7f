-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB: no vendor-only types or functions.

CREATE TABLE city (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    slug             VARCHAR(64)  NOT NULL,
    country          VARCHAR(2)     NOT NULL,
    latitude         DOUBLE       NOT NULL,
    longitude        DOUBLE       NOT NULL,
    zoom             INT          NOT NULL,
    default_language VARCHAR(8)   NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_city_slug UNIQUE (slug)
);

CREATE TABLE city_name (
    city_id  BIGINT       NOT NULL,
    language VARCHAR(8)   NOT NULL,
    name     VARCHAR(120) NOT NULL,
    PRIMARY KEY (city_id, language),
    CONSTRAINT fk_city_name_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);

CREATE TABLE city_language (
    city_id  BIGINT     NOT NULL,
    language VARCHAR(8) NOT NULL,
    PRIMARY KEY (city_id, language),
    CONSTRAINT fk_city_language_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);

CREATE TABLE organisation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    city_id       BIGINT        NOT NULL,
    name          VARCHAR(160)  NOT NULL,
    description   VARCHAR(2000),
    website       VARCHAR(255),
    contact_email VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_organisation_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT uk_organisation_city_name UNIQUE (city_id, name)
);

CREATE TABLE account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    email              VARCHAR(255) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    city_id            BIGINT,
    preferred_language VARCHAR(8)   NOT NULL,
    birth_year         INT,
    guardian_consent   BOOLEAN      NOT NULL,
    privacy_accepted_at DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    failed_logins      INT          NOT NULL,
    locked_until       DATETIME(6),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_city FOREIGN KEY (city_id) REFERENCES city (id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    role            VARCHAR(16) NOT NULL,
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT uk_membership UNIQUE (organisation_id, account_id)
);

CREATE TABLE invitation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    token_hash        VARCHAR(64)  NOT NULL,
    email             VARCHAR(255) NOT NULL,
    role              VARCHAR(32)  NOT NULL,
    city_id           BIGINT       NOT NULL,
    organisation_id   BIGINT,
    organisation_role VARCHAR(16),
    invited_by        BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    accepted_at       DATETIME(6),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);

CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
