-- Failed sign-ins (issue 8): after 5 failures for one user name within 15 minutes that name is locked for 15
-- minutes, and an address with too many failures is throttled. Kept per user name as typed (lower-cased), whether
-- or not such an account exists, so the lock answers the same for both and reveals nothing. In the shared database,
-- so the rule holds across every instance of a cluster. Rows older than a day are deleted as new ones come.
CREATE SEQUENCE sign_in_failure_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sign_in_failure (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username_key  VARCHAR(254) NOT NULL,
    address       VARCHAR(64),
    failed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_user_idx ON sign_in_failure (username_key, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (address, failed_at);
CREATE INDEX sign_in_failure_time_idx ON sign_in_failure (failed_at);
