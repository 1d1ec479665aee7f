-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- Bumped whenever a person's roles, memberships, city or password change; a session signed in under an older
-- generation is ended on its next request (on whichever app node it lands).
ALTER TABLE account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

-- A city admin may withdraw an invitation before it is accepted.
ALTER TABLE invitation ADD COLUMN cancelled_at DATETIME(6);

-- Evaluated campaigns wait for the city admin's confirmation before the campaign badge is awarded.
ALTER TABLE campaign ADD COLUMN evaluation_confirmed_at DATETIME(6);
ALTER TABLE campaign ADD COLUMN evaluation_confirmed_by BIGINT;

-- Who has received a campaign's badge: the key makes "once per person per campaign" hold even when a campaign
-- is confirmed twice or moves back and forth.
CREATE TABLE campaign_badge_award (
    campaign_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    awarded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (campaign_id, account_id),
    CONSTRAINT fk_campaign_badge_award_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_badge_award_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
