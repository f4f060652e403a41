-- International outreach: target markets, activities, registrations with a waiting list, outcome reports.
CREATE SEQUENCE target_market_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE target_market (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL DEFAULT 0,
    name_pl   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    priority  INTEGER      NOT NULL,
    CONSTRAINT target_market_priority_chk CHECK (priority BETWEEN 1 AND 5)
);
CREATE TABLE target_market_country (
    market_id     BIGINT     NOT NULL REFERENCES target_market (id),
    country_code  VARCHAR(2) NOT NULL,
    PRIMARY KEY (market_id, country_code)
);
CREATE INDEX target_market_country_code_idx ON target_market_country (country_code);

CREATE SEQUENCE outreach_activity_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outreach_activity (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    version                BIGINT         NOT NULL DEFAULT 0,
    activity_type          VARCHAR(30)    NOT NULL,
    title_pl               VARCHAR(300)   NOT NULL,
    title_en               VARCHAR(300)   NOT NULL,
    start_date             DATE           NOT NULL,
    end_date               DATE           NOT NULL,
    online                 BOOLEAN        NOT NULL DEFAULT FALSE,
    city                   VARCHAR(100),
    country_code           VARCHAR(2),
    organiser_id           BIGINT         REFERENCES partner_organisation (id),
    project_id             BIGINT         REFERENCES project (id),
    capacity               INTEGER,
    registration_deadline  DATE           NOT NULL,
    cost_amount            NUMERIC(15, 2),
    cost_currency          VARCHAR(3),
    description_pl         VARCHAR(4000),
    description_en         VARCHAR(4000),
    CONSTRAINT activity_type_chk CHECK (activity_type IN ('TRADE_FAIR', 'TRADE_MISSION', 'B2B_MATCHMAKING', 'CONFERENCE', 'STUDY_VISIT', 'WEBINAR')),
    CONSTRAINT activity_dates_chk CHECK (end_date >= start_date AND registration_deadline <= start_date),
    CONSTRAINT activity_capacity_chk CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX outreach_activity_start_idx ON outreach_activity (start_date);
CREATE INDEX outreach_activity_country_idx ON outreach_activity (country_code);
CREATE INDEX outreach_activity_project_idx ON outreach_activity (project_id);

CREATE TABLE activity_target_market (
    activity_id  BIGINT NOT NULL REFERENCES outreach_activity (id),
    market_id    BIGINT NOT NULL REFERENCES target_market (id),
    PRIMARY KEY (activity_id, market_id)
);
CREATE INDEX activity_target_market_market_idx ON activity_target_market (market_id);

CREATE SEQUENCE registration_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE registration (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    activity_id        BIGINT        NOT NULL REFERENCES outreach_activity (id),
    member_id          BIGINT        NOT NULL REFERENCES member (id),
    status             VARCHAR(20)   NOT NULL,
    active_key         BIGINT,
    registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by      VARCHAR(64)   NOT NULL,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status_reason      VARCHAR(1000),
    CONSTRAINT registration_one_live_uq UNIQUE (activity_id, active_key),
    CONSTRAINT registration_status_chk CHECK (status IN ('REGISTERED', 'CONFIRMED', 'WAITING', 'DECLINED', 'CANCELLED', 'ATTENDED', 'ABSENT'))
);
CREATE INDEX registration_activity_idx ON registration (activity_id, status, registered_at);
CREATE INDEX registration_member_idx ON registration (member_id);

CREATE TABLE registration_person (
    registration_id    BIGINT NOT NULL REFERENCES registration (id),
    contact_person_id  BIGINT NOT NULL REFERENCES contact_person (id),
    PRIMARY KEY (registration_id, contact_person_id)
);

CREATE SEQUENCE outcome_report_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outcome_report (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    registration_id  BIGINT         NOT NULL REFERENCES registration (id),
    b2b_meetings     INTEGER        NOT NULL,
    contacts_made    INTEGER        NOT NULL,
    leads            INTEGER        NOT NULL,
    agreements       INTEGER        NOT NULL,
    export_amount    NUMERIC(15, 2),
    export_currency  VARCHAR(3),
    notes            VARCHAR(4000),
    reported_by      VARCHAR(64)    NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_report_registration_uq UNIQUE (registration_id),
    CONSTRAINT outcome_report_counts_chk CHECK (b2b_meetings >= 0 AND contacts_made >= 0 AND leads >= 0 AND agreements >= 0)
);
CREATE TABLE outcome_country (
    outcome_id    BIGINT     NOT NULL REFERENCES outcome_report (id),
    country_code  VARCHAR(2) NOT NULL,
    PRIMARY KEY (outcome_id, country_code)
);
CREATE INDEX outcome_country_code_idx ON outcome_country (country_code);
