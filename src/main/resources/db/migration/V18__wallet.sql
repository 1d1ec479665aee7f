-- Portable between H2 (MODE=MySQL) and MySQL/MariaDB.

-- The learner's wallet: one row per badge a person holds. An award of ours arrives WAITING until they accept or
-- decline it; a badge earned elsewhere (imported) is ACCEPTED when kept. Visibility: PRIVATE (only them and the
-- issuer), LINK (anyone with its address), PROFILE (also on their public profile).
CREATE TABLE wallet_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    award_id    BIGINT,
    imported_id BIGINT,
    state       VARCHAR(16) NOT NULL,
    visibility  VARCHAR(16) NOT NULL,
    added_at    DATETIME(6) NOT NULL,
    decided_at  DATETIME(6),
    CONSTRAINT uq_wallet_entry_award UNIQUE (account_id, award_id),
    CONSTRAINT fk_wallet_entry_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_wallet_entry_award FOREIGN KEY (award_id) REFERENCES award (id) ON DELETE CASCADE
);
CREATE INDEX ix_wallet_entry_account ON wallet_entry (account_id, state);
CREATE INDEX ix_wallet_entry_award ON wallet_entry (award_id);

-- Awards already held by an account before the wallet existed are theirs already: accepted, shown by link as before.
INSERT INTO wallet_entry (version, account_id, award_id, state, visibility, added_at, decided_at)
SELECT 0, recipient_account_id, id, 'ACCEPTED', 'LINK', issued_at, issued_at
FROM award WHERE recipient_account_id IS NOT NULL;
