-- Issue 24 (the database outage): a write whose commit reached the database but whose answer was lost (the
-- connection cut between the two) is "in doubt" for the client. An API client that sends an Idempotency-Key header
-- with a POST can simply send it again: the key is stored in the same transaction as what the POST created, so a
-- retry with the same key answers the first result instead of creating a second one. Keys are per account (two
-- clients cannot see or collide with each other's) and are kept for a day.
CREATE TABLE idempotency_key (
    account_username VARCHAR(254) NOT NULL,
    idem_key         VARCHAR(100) NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    entity_type      VARCHAR(40)  NOT NULL,
    entity_id        BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_username, idem_key)
);
CREATE INDEX idempotency_key_time_idx ON idempotency_key (created_at);
