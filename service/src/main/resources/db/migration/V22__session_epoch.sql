-- Issue 24, finding 10: a new password ends the account's other sessions. A page session remembers the epoch its
-- account had when it signed in; setting a password (reset or first activation) moves the epoch on, and a session
-- of an older epoch is signed out on its next request, on whichever node it arrives.
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
