--liquibase formatted sql

--changeset kehu:control-1 comment:tenants, their users and sign-in attempts
CREATE TABLE kehu.tenant (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        varchar(40)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    schema_name varchar(63)  NOT NULL UNIQUE CHECK (schema_name ~ '^t_[a-z0-9_]{1,40}$'),
    status      varchar(20)  NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE kehu.app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     bigint       NOT NULL REFERENCES kehu.tenant (id),
    email         varchar(254) NOT NULL,
    display_name  varchar(100) NOT NULL,
    password_hash varchar(100) NOT NULL,
    role          varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'STAFF', 'VIEWER')),
    active        boolean      NOT NULL DEFAULT true,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_uk ON kehu.app_user (lower(email));
CREATE INDEX app_user_tenant_ix ON kehu.app_user (tenant_id);

-- Keyed by the e-mail as typed, known or not, so that lockout never tells whether an account exists.
CREATE TABLE kehu.login_attempt (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        varchar(254) NOT NULL,
    succeeded    boolean      NOT NULL,
    attempted_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_email_time_ix ON kehu.login_attempt (lower(email), attempted_at DESC);
