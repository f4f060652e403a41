-- Projects, their reference data (programmes), indicators, consortium, documents, and members' participation.
CREATE SEQUENCE programme_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE programme (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    name             VARCHAR(150) NOT NULL,
    private_funding  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT programme_name_uq UNIQUE (name)
);
INSERT INTO programme (id, version, name, private_funding) VALUES
    (1, 0, 'Horizon 2020', FALSE),
    (2, 0, 'Horizon Europe', FALSE),
    (3, 0, 'FENG (Fundusze Europejskie dla Nowoczesnej Gospodarki)', FALSE),
    (4, 0, 'Interreg', FALSE),
    (5, 0, 'Program regionalny (Fundusze Europejskie dla Kujaw i Pomorza)', FALSE),
    (6, 0, 'Środki własne / own funds', TRUE),
    (7, 0, 'Inne / other', FALSE);

CREATE SEQUENCE project_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE project (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    title_pl              VARCHAR(300)   NOT NULL,
    title_en              VARCHAR(300)   NOT NULL,
    acronym               VARCHAR(40),
    kind                  VARCHAR(30)    NOT NULL,
    programme_id          BIGINT         NOT NULL REFERENCES programme (id),
    call_number           VARCHAR(100),
    grant_number          VARCHAR(100),
    cluster_role          VARCHAR(10)    NOT NULL,
    lead_partner_id       BIGINT         REFERENCES partner_organisation (id),
    start_date            DATE           NOT NULL,
    end_date              DATE,
    status                VARCHAR(20)    NOT NULL,
    budget_amount         NUMERIC(15, 2),
    budget_currency       VARCHAR(3),
    share_amount          NUMERIC(15, 2),
    share_currency        VARCHAR(3),
    objectives            VARCHAR(4000),
    applications_open     BOOLEAN        NOT NULL DEFAULT FALSE,
    application_deadline  DATE,
    max_participants      INTEGER,
    CONSTRAINT project_kind_chk CHECK (kind IN ('RD', 'TRAINING', 'INTERNATIONALISATION', 'PROMOTION', 'EU_CONSORTIUM')),
    CONSTRAINT project_status_chk CHECK (status IN ('PLANNED', 'SUBMITTED', 'RUNNING', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT project_role_chk CHECK (cluster_role IN ('LEADER', 'PARTNER')),
    CONSTRAINT project_dates_chk CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT project_share_chk CHECK (share_amount IS NULL OR (budget_amount IS NOT NULL AND share_amount <= budget_amount
                                        AND share_currency = budget_currency)),
    CONSTRAINT project_money_chk CHECK ((budget_amount IS NULL OR budget_amount >= 0) AND (share_amount IS NULL OR share_amount >= 0))
);
CREATE INDEX project_status_idx ON project (status);
CREATE INDEX project_open_idx ON project (applications_open, application_deadline);
CREATE INDEX project_programme_idx ON project (programme_id);
CREATE INDEX project_start_idx ON project (start_date);

CREATE TABLE project_indicator (
    project_id      BIGINT         NOT NULL REFERENCES project (id),
    position        INTEGER        NOT NULL,
    indicator_type  VARCHAR(30)    NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    unit            VARCHAR(40)    NOT NULL,
    planned_value   NUMERIC(14, 2) NOT NULL,
    achieved_value  NUMERIC(14, 2),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_capability (
    project_id     BIGINT NOT NULL REFERENCES project (id),
    capability_id  BIGINT NOT NULL REFERENCES capability (id),
    PRIMARY KEY (project_id, capability_id)
);
CREATE TABLE project_pkd (
    project_id  BIGINT      NOT NULL REFERENCES project (id),
    pkd_code    VARCHAR(10) NOT NULL REFERENCES pkd_code (code),
    PRIMARY KEY (project_id, pkd_code)
);
CREATE TABLE project_partner_organisation (
    project_id  BIGINT NOT NULL REFERENCES project (id),
    partner_id  BIGINT NOT NULL REFERENCES partner_organisation (id),
    PRIMARY KEY (project_id, partner_id)
);
CREATE TABLE project_consortium_member (
    project_id  BIGINT NOT NULL REFERENCES project (id),
    member_id   BIGINT NOT NULL REFERENCES member (id),
    PRIMARY KEY (project_id, member_id)
);

CREATE SEQUENCE project_status_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE project_status_change (
    id            BIGINT        NOT NULL PRIMARY KEY,
    project_id    BIGINT        NOT NULL REFERENCES project (id),
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)   NOT NULL,
    effective_on  DATE          NOT NULL,
    reason        VARCHAR(1000),
    changed_by    VARCHAR(64)   NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX project_status_change_project_idx ON project_status_change (project_id);

CREATE SEQUENCE project_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE project_document (
    id            BIGINT       NOT NULL PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES project (id),
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    data          BYTEA        NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX project_document_project_idx ON project_document (project_id);

CREATE SEQUENCE participation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE participation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    project_id       BIGINT        NOT NULL REFERENCES project (id),
    member_id        BIGINT        NOT NULL REFERENCES member (id),
    status           VARCHAR(20)   NOT NULL,
    active_key       BIGINT,
    role             VARCHAR(20),
    motivation       VARCHAR(4000),
    offered_effort   NUMERIC(7, 1),
    planned_effort   NUMERIC(7, 1),
    reported_effort  NUMERIC(7, 1),
    start_date       DATE,
    end_date         DATE,
    applied_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by       VARCHAR(64)   NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(64),
    decision_reason  VARCHAR(1000),
    CONSTRAINT participation_one_live_uq UNIQUE (project_id, active_key),
    CONSTRAINT participation_status_chk CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'ENDED')),
    CONSTRAINT participation_role_chk CHECK (role IS NULL OR role IN ('PARTNER', 'PILOT_SITE', 'SUBCONTRACTOR', 'TRAINEE', 'OBSERVER')),
    CONSTRAINT participation_live_key_chk CHECK ((status IN ('PENDING', 'APPROVED')) = (active_key IS NOT NULL))
);
CREATE INDEX participation_project_idx ON participation (project_id, status);
CREATE INDEX participation_member_idx ON participation (member_id, status);
CREATE INDEX participation_pending_idx ON participation (status, applied_at);

CREATE TABLE participation_capability (
    participation_id  BIGINT NOT NULL REFERENCES participation (id),
    capability_id     BIGINT NOT NULL REFERENCES capability (id),
    PRIMARY KEY (participation_id, capability_id)
);

CREATE SEQUENCE participation_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE participation_change (
    id                BIGINT        NOT NULL PRIMARY KEY,
    participation_id  BIGINT        NOT NULL REFERENCES participation (id),
    from_status       VARCHAR(20),
    to_status         VARCHAR(20)   NOT NULL,
    effective_on      DATE          NOT NULL,
    reason            VARCHAR(1000),
    changed_by        VARCHAR(64)   NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX participation_change_participation_idx ON participation_change (participation_id);
