-- The first schema: member companies (the core of it; issue 3 adds the rest) and user accounts.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode. Ids come from sequences whose
-- increment equals the JPA allocationSize (50).

CREATE SEQUENCE member_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE member (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    legal_name  VARCHAR(300) NOT NULL,
    short_name  VARCHAR(100),
    status      VARCHAR(20)  NOT NULL,
    CONSTRAINT member_status_chk CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'RESIGNED', 'EXPELLED'))
);

CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    username        VARCHAR(64)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    member_id       BIGINT       REFERENCES member (id),
    company_admin   BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash   VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_account_username_uq UNIQUE (username),
    CONSTRAINT user_account_role_chk CHECK (role IN ('MEMBER', 'STAFF', 'MANAGEMENT', 'ADMIN')),
    CONSTRAINT user_account_member_chk CHECK ((role = 'MEMBER') = (member_id IS NOT NULL))
);

CREATE INDEX user_account_member_idx ON user_account (member_id);
