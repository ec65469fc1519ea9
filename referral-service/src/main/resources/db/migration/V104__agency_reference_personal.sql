-- The agency's reference (a crime number, a pupil's case number) identifies the family in the agency's own
-- records, so it is personal data: encrypted in the event store and blanked in the read model on erasure.
ALTER TABLE referral_view ALTER COLUMN agency_reference DROP NOT NULL;
