-- Revocation that travels with Open Badges 3.0 credentials (W3C Bitstring Status List v1.0): each organisation
-- publishes one signed status list; each award owns one bit of it, at an index chosen at random among the free
-- ones (the unique index is the last guard against two awards sharing a bit). Awards issued before lists
-- existed keep a null index and are checked against this database only.
ALTER TABLE award ADD COLUMN status_index INT;
CREATE UNIQUE INDEX uq_award_status_index ON award (organisation_id, status_index);

-- The organisation's signed status list credential as served, re-signed only when a bit changes, and the bits
-- already given to awards (read and written under this row's lock, so concurrent issuers never share one).
CREATE TABLE status_list (
    organisation_id BIGINT          NOT NULL PRIMARY KEY,
    version         BIGINT          NOT NULL,
    credential      TEXT            NOT NULL,
    signed_at       DATETIME(6)     NOT NULL,
    allocated       VARBINARY(16384),
    CONSTRAINT fk_status_list_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);
