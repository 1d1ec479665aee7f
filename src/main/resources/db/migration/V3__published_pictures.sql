-- The public picture belongs to the approved version: a new picture on a published opportunity waits for
-- moderation like any other change, and the approved one stays public meanwhile.
CREATE TABLE published_image (
    opportunity_id BIGINT       NOT NULL PRIMARY KEY,
    alt_text       VARCHAR(300) NOT NULL,
    data           MEDIUMBLOB   NOT NULL,
    CONSTRAINT fk_published_image FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE
);

INSERT INTO published_image (opportunity_id, alt_text, data)
SELECT i.opportunity_id, i.alt_text, i.data
FROM opportunity_image i JOIN published_opportunity p ON p.opportunity_id = i.opportunity_id;
