-- A young ambassadors' campaign action can be a public event of the city: it is moderated and published like
-- an opportunity, but has no organisation; "organiser" names who runs it.
ALTER TABLE opportunity MODIFY organisation_id BIGINT NULL;
ALTER TABLE opportunity ADD COLUMN organiser VARCHAR(200);
ALTER TABLE published_opportunity MODIFY organisation_id BIGINT NULL;
-- What an award was given for, when it was not an application (e.g. a campaign's outcomes); goes into the
-- badge's evidence.
ALTER TABLE award ADD COLUMN evidence_narrative VARCHAR(4000);
