-- The core schema: member companies with their reference data (PKD codes, capability tags, export markets),
-- contact persons, membership history, fees, user accounts with their single-use tokens, the audit trail and
-- the mail outbox. Runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode. Every id comes from a
-- sequence whose increment equals the JPA allocationSize (50). Lengths match domain.common.Lengths.

CREATE TABLE pkd_code (
    code     VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_pl  VARCHAR(300) NOT NULL,
    name_en  VARCHAR(300) NOT NULL,
    level    VARCHAR(10)  NOT NULL,
    CONSTRAINT pkd_code_level_chk CHECK (level IN ('DIVISION', 'SUBCLASS'))
);

CREATE SEQUENCE capability_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE capability (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    name      VARCHAR(100) NOT NULL,
    category  VARCHAR(20)  NOT NULL,
    CONSTRAINT capability_name_uq UNIQUE (name),
    CONSTRAINT capability_category_chk CHECK (category IN ('PROCESS', 'MATERIAL', 'MACHINE', 'CERTIFICATION', 'OTHER'))
);

CREATE SEQUENCE member_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE member (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    legal_name      VARCHAR(300)  NOT NULL,
    short_name      VARCHAR(100),
    nip             VARCHAR(10),
    regon           VARCHAR(14),
    krs             VARCHAR(10),
    street          VARCHAR(200),
    postal_code     VARCHAR(12),
    city            VARCHAR(100)  NOT NULL,
    voivodeship     VARCHAR(30),
    country_code    VARCHAR(2)    NOT NULL,
    member_type     VARCHAR(20)   NOT NULL,
    size_class      VARCHAR(10)   NOT NULL,
    website         VARCHAR(500),
    email           VARCHAR(254),
    phone           VARCHAR(40),
    description_pl  VARCHAR(4000),
    description_en  VARCHAR(4000),
    status          VARCHAR(20)   NOT NULL,
    applied_on      DATE          NOT NULL,
    joined_on       DATE,
    left_on         DATE,
    has_logo        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT member_nip_uq UNIQUE (nip),
    CONSTRAINT member_status_chk CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'RESIGNED', 'EXPELLED')),
    CONSTRAINT member_type_chk CHECK (member_type IN ('ENTERPRISE', 'RD_BODY', 'UNIVERSITY', 'PUBLIC_BODY', 'BUSINESS_SUPPORT', 'OTHER')),
    CONSTRAINT member_size_chk CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'))
);
CREATE INDEX member_status_idx ON member (status);
CREATE INDEX member_type_idx ON member (member_type);
CREATE INDEX member_size_idx ON member (size_class);
CREATE INDEX member_voivodeship_idx ON member (voivodeship);
CREATE INDEX member_city_idx ON member (city);
CREATE INDEX member_legal_name_idx ON member (legal_name);

CREATE TABLE member_pkd (
    member_id  BIGINT      NOT NULL REFERENCES member (id),
    pkd_code   VARCHAR(10) NOT NULL REFERENCES pkd_code (code),
    PRIMARY KEY (member_id, pkd_code)
);
CREATE INDEX member_pkd_code_idx ON member_pkd (pkd_code);

CREATE TABLE member_capability (
    member_id      BIGINT NOT NULL REFERENCES member (id),
    capability_id  BIGINT NOT NULL REFERENCES capability (id),
    PRIMARY KEY (member_id, capability_id)
);
CREATE INDEX member_capability_cap_idx ON member_capability (capability_id);

CREATE TABLE member_export_market (
    member_id     BIGINT     NOT NULL REFERENCES member (id),
    country_code  VARCHAR(2) NOT NULL,
    PRIMARY KEY (member_id, country_code)
);

CREATE TABLE member_logo (
    member_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES member (id),
    content_type  VARCHAR(40)  NOT NULL,
    data          BYTEA        NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE membership_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE membership_change (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    member_id            BIGINT        NOT NULL REFERENCES member (id),
    from_status          VARCHAR(20),
    to_status            VARCHAR(20)   NOT NULL,
    effective_on         DATE          NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    board_resolution_on  DATE,
    recommender1_id      BIGINT        REFERENCES member (id),
    recommender2_id      BIGINT        REFERENCES member (id),
    changed_by           VARCHAR(64)   NOT NULL,
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX membership_change_member_idx ON membership_change (member_id);
CREATE INDEX membership_change_effective_idx ON membership_change (to_status, effective_on);

CREATE SEQUENCE contact_person_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE contact_person (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    member_id             BIGINT       NOT NULL REFERENCES member (id),
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    job_title             VARCHAR(150),
    email                 VARCHAR(254) NOT NULL,
    phone                 VARCHAR(40),
    directory_consent     BOOLEAN      NOT NULL DEFAULT FALSE,
    directory_consent_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX contact_person_member_idx ON contact_person (member_id);

CREATE SEQUENCE fee_rate_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE fee_rate (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL DEFAULT 0,
    fee_year    INTEGER        NOT NULL,
    size_class  VARCHAR(10)    NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    CONSTRAINT fee_rate_uq UNIQUE (fee_year, size_class),
    CONSTRAINT fee_rate_amount_chk CHECK (amount >= 0)
);

CREATE SEQUENCE member_fee_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE member_fee (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    member_id    BIGINT         NOT NULL REFERENCES member (id),
    fee_year     INTEGER        NOT NULL,
    amount_due   NUMERIC(12, 2) NOT NULL,
    amount_paid  NUMERIC(12, 2) NOT NULL DEFAULT 0,
    due_on       DATE           NOT NULL,
    CONSTRAINT member_fee_uq UNIQUE (member_id, fee_year),
    CONSTRAINT member_fee_amount_chk CHECK (amount_due >= 0 AND amount_paid >= 0)
);
CREATE INDEX member_fee_year_idx ON member_fee (fee_year);

CREATE SEQUENCE fee_payment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE fee_payment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    member_fee_id  BIGINT         NOT NULL REFERENCES member_fee (id),
    paid_on        DATE           NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    note           VARCHAR(300),
    recorded_by    VARCHAR(64)    NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fee_payment_amount_chk CHECK (amount > 0)
);
CREATE INDEX fee_payment_fee_idx ON fee_payment (member_fee_id);

CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE user_account (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    username           VARCHAR(64)  NOT NULL,
    full_name          VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    member_id          BIGINT       REFERENCES member (id),
    contact_person_id  BIGINT       REFERENCES contact_person (id),
    company_admin      BOOLEAN      NOT NULL DEFAULT FALSE,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash      VARCHAR(255),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at       TIMESTAMP WITH TIME ZONE,
    last_sign_in_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_account_username_uq UNIQUE (username),
    CONSTRAINT user_account_role_chk CHECK (role IN ('MEMBER', 'STAFF', 'MANAGEMENT', 'ADMIN')),
    CONSTRAINT user_account_member_chk CHECK ((role = 'MEMBER') = (member_id IS NOT NULL))
);
CREATE INDEX user_account_member_idx ON user_account (member_id);
CREATE INDEX user_account_contact_idx ON user_account (contact_person_id);
CREATE INDEX user_account_email_idx ON user_account (email);

CREATE SEQUENCE account_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE account_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX account_token_account_idx ON account_token (account_id);

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT        NOT NULL,
    member_id    BIGINT,
    action       VARCHAR(30)   NOT NULL,
    field        VARCHAR(60),
    old_value    VARCHAR(2000),
    new_value    VARCHAR(2000)
);
CREATE INDEX audit_entry_member_idx ON audit_entry (member_id, occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

CREATE SEQUENCE outbox_mail_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_mail_status_chk CHECK (status IN ('PENDING', 'SENT', 'KEPT'))
);
CREATE INDEX outbox_mail_due_idx ON outbox_mail (status, next_attempt_at);
