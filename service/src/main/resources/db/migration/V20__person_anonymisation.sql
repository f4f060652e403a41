-- Personal data (GDPR): a contact person who leaves can be anonymised by ADMIN. The row stays (its id is what
-- registrations and reports count), its names and addresses are replaced by placeholders, and this column says
-- when that happened, so it is never done twice and the person is no longer edited.
ALTER TABLE contact_person ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- A consent date belongs only to a consent that is given: clear any date left on a withdrawn one.
UPDATE contact_person SET directory_consent_at = NULL WHERE directory_consent = FALSE AND directory_consent_at IS NOT NULL;
