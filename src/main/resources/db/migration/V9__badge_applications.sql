-- Learners apply for a badge with evidence (text, a link, a file); a reviewer of the organisation approves
-- (the badge is awarded) or returns it with feedback. Evidence is seen only by the applicant and the
-- organisation's reviewers, and never goes into public badge data.
CREATE TABLE badge_application (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    badge_id           BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    applicant_name     VARCHAR(200)  NOT NULL,
    email              VARCHAR(255)  NOT NULL,
    language           VARCHAR(8)    NOT NULL,
    evidence_text      VARCHAR(4000) NOT NULL,
    evidence_url       VARCHAR(500),
    evidence_file      MEDIUMBLOB,
    evidence_file_name VARCHAR(200),
    evidence_file_type VARCHAR(100),
    status             VARCHAR(20)   NOT NULL,
    feedback           VARCHAR(2000),
    reviewed_by        BIGINT,
    submitted_at       DATETIME(6)   NOT NULL,
    reviewed_at        DATETIME(6),
    award_public_id    VARCHAR(36),
    CONSTRAINT fk_application_badge FOREIGN KEY (badge_id) REFERENCES badge (id) ON DELETE CASCADE,
    CONSTRAINT fk_application_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_application_badge ON badge_application (badge_id, status);
CREATE INDEX ix_application_account ON badge_application (account_id);
