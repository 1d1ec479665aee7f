-- Badges an opportunity leads to (the wizard's Recognition step); shown on its public page.
CREATE TABLE opportunity_badge (
    opportunity_id BIGINT NOT NULL,
    badge_id       BIGINT NOT NULL,
    PRIMARY KEY (opportunity_id, badge_id),
    CONSTRAINT fk_opportunity_badge_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id) ON DELETE CASCADE,
    CONSTRAINT fk_opportunity_badge_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE
);
