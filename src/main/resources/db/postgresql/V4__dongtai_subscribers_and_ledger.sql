-- The subscribers, their lists and the delivery ledger (the same as dongtai-schema.sql, which H2 uses).

-- One row per person; EMAIL is stored lower-case.
CREATE TABLE IF NOT EXISTS DONGTAI_SUBSCRIBER (
    EMAIL        VARCHAR(254)  NOT NULL PRIMARY KEY,
    NAME         VARCHAR(200)  NOT NULL,
    ORGANIZATION VARCHAR(300)  NOT NULL,
    CREATED_AT   TIMESTAMP     NOT NULL
);

-- Which lists (briefs) a person receives. An unsubscribed row is kept, so that a later import
-- does not silently subscribe the person again.
CREATE TABLE IF NOT EXISTS DONGTAI_SUBSCRIPTION (
    EMAIL           VARCHAR(254) NOT NULL,
    LIST_NAME       VARCHAR(64)  NOT NULL,
    SUBSCRIBED_AT   TIMESTAMP    NOT NULL,
    UNSUBSCRIBED_AT TIMESTAMP,
    PRIMARY KEY (EMAIL, LIST_NAME)
);

-- The delivery ledger: one row per issue and subscriber.
-- STATUS: PENDING, SENDING (claimed, handed to SMTP), SENT, DEFERRED (4xx; retried at NEXT_ATTEMPT_AT), FAILED.
-- SENDER names the process (pid@host) that holds a SENDING row; POSSIBLE_DUPLICATE is set when a row was
-- found SENDING after that process died, so the message is sent again with the same MESSAGE_ID.
CREATE TABLE IF NOT EXISTS DONGTAI_MAIL_LEDGER (
    ISSUE_ID           VARCHAR(20)   NOT NULL,
    EMAIL              VARCHAR(254)  NOT NULL,
    LIST_NAME          VARCHAR(64)   NOT NULL,
    NAME               VARCHAR(200)  NOT NULL,
    STATUS             VARCHAR(10)   NOT NULL,
    ATTEMPTS           INTEGER       NOT NULL,
    LAST_REPLY         VARCHAR(1000),
    MESSAGE_ID         VARCHAR(300),
    NEXT_ATTEMPT_AT    TIMESTAMP,
    POSSIBLE_DUPLICATE BOOLEAN       NOT NULL,
    SENDER             VARCHAR(120),
    UPDATED_AT         TIMESTAMP     NOT NULL,
    PRIMARY KEY (ISSUE_ID, EMAIL)
);

-- One-off data migrations that have run (e.g. the old content/subscribers.csv imported once).
CREATE TABLE IF NOT EXISTS DONGTAI_MIGRATION (
    NAME    VARCHAR(100) NOT NULL PRIMARY KEY,
    DONE_AT TIMESTAMP    NOT NULL
);
