-- Partner organisations (bodies outside the cluster) and their contact persons.
CREATE SEQUENCE partner_organisation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE partner_organisation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    name            VARCHAR(300)  NOT NULL,
    acronym         VARCHAR(40),
    partner_type    VARCHAR(30)   NOT NULL,
    country_code    VARCHAR(2)    NOT NULL,
    city            VARCHAR(100),
    website         VARCHAR(500),
    relation        VARCHAR(20),
    relation_since  DATE,
    relation_until  DATE,
    notes           VARCHAR(4000),
    CONSTRAINT partner_type_chk CHECK (partner_type IN ('FOREIGN_CLUSTER', 'ALLIANCE', 'RESEARCH_INSTITUTE', 'CHAMBER_OF_COMMERCE', 'PUBLIC_BODY', 'COMPANY', 'OTHER')),
    CONSTRAINT partner_relation_chk CHECK (relation IS NULL OR relation IN ('CO_FOUNDER', 'MEMBER', 'PARTNER', 'MOU'))
);
CREATE INDEX partner_organisation_name_idx ON partner_organisation (name);
CREATE INDEX partner_organisation_country_idx ON partner_organisation (country_code);

CREATE SEQUENCE partner_contact_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE partner_contact (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    partner_id  BIGINT       NOT NULL REFERENCES partner_organisation (id),
    full_name   VARCHAR(200) NOT NULL,
    job_title   VARCHAR(150),
    email       VARCHAR(254),
    phone       VARCHAR(40)
);
CREATE INDEX partner_contact_partner_idx ON partner_contact (partner_id);
