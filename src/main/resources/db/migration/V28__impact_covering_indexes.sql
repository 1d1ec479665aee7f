-- The impact figures read a city's awards of a period through its badges (ImpactQueries.badgesOf): with every
-- column those figures need in the index, the database answers from the index alone, without visiting the rows.
CREATE INDEX ix_award_impact ON award (badge_id, issued_at, revoked_at, recipient_account_id, organisation_id);
-- Accepted and shared (shown on the profile) are counted per award from the wallet entry.
CREATE INDEX ix_wallet_entry_impact ON wallet_entry (award_id, state, visibility);
