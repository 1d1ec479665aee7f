-- A picture's description (alt text) follows the city's languages like the opportunity's other words: one per
-- language. The single description so far is kept as written in the opportunity's language: the city's first
-- language when the opportunity is written in it, else the first language it is written in.
CREATE TABLE opportunity_image_alt (
    opportunity_id BIGINT       NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    alt_text       VARCHAR(300) NOT NULL,
    PRIMARY KEY (opportunity_id, language),
    CONSTRAINT fk_opportunity_image_alt FOREIGN KEY (opportunity_id)
        REFERENCES opportunity_image (opportunity_id) ON DELETE CASCADE
);

INSERT INTO opportunity_image_alt (opportunity_id, language, alt_text)
SELECT i.opportunity_id,
       COALESCE(
           (SELECT t.language FROM opportunity_text t
            WHERE t.opportunity_id = i.opportunity_id AND t.language = c.default_language),
           (SELECT MIN(t.language) FROM opportunity_text t WHERE t.opportunity_id = i.opportunity_id),
           c.default_language),
       i.alt_text
FROM opportunity_image i
JOIN opportunity o ON o.id = i.opportunity_id
JOIN city c ON c.id = o.city_id
WHERE i.alt_text <> '';

ALTER TABLE opportunity_image DROP COLUMN alt_text;

-- The public description travels in the published snapshot; the published picture keeps only its bytes.
ALTER TABLE published_image DROP COLUMN alt_text;
