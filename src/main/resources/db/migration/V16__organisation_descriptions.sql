-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- An organisation describes itself in each language its city offers. The older single description stays in
-- organisation.description as text of no known language: it is shown only where no language's text exists.
CREATE TABLE organisation_description (
    organisation_id BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (organisation_id, language),
    CONSTRAINT fk_organisation_description_organisation FOREIGN KEY (organisation_id)
        REFERENCES organisation (id) ON DELETE CASCADE
);
