-- Personal API tokens (issue 9): a signed-in user creates one on the profile page, sees it once, and sends it
-- as "Authorization: Bearer <token>". Only the SHA-256 hash is kept, so whoever reads the database cannot use
-- a token. A revoked token stays (revoked_at set) so the profile page can show what existed and when it went.
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    account_id    BIGINT       NOT NULL REFERENCES user_account (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
