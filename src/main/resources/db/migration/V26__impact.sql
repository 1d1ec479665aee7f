-- Impact: which figures a city shows on its public impact page.
CREATE TABLE impact_publication (
    city_id BIGINT      NOT NULL,
    figure  VARCHAR(40) NOT NULL,
    PRIMARY KEY (city_id, figure),
    CONSTRAINT fk_impact_publication_city FOREIGN KEY (city_id) REFERENCES city (id) ON DELETE CASCADE
);

-- The impact figures' aggregate queries: a city's badges and awards by time, network-wide publications and
-- awards by time, sessions by opportunity and check-ins by time, applications by time.
CREATE INDEX ix_badge_city ON badge (city_id);
CREATE INDEX ix_award_issued ON award (issued_at, badge_id);
CREATE INDEX ix_published_time ON published_opportunity (published_at);
CREATE INDEX ix_joining_session_opportunity ON joining_session (opportunity_id, starts_at);
CREATE INDEX ix_joining_participant_checked_in ON joining_participant (checked_in_at);
CREATE INDEX ix_application_submitted ON badge_application (submitted_at);
CREATE INDEX ix_campaign_city_created ON campaign (city_id, created_at);
