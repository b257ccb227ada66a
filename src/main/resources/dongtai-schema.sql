-- dongtai's own table, beside Spring Batch's and Quartz's. Portable SQL (H2, PostgreSQL).
-- One row per issue and subscriber: SENDING is written before the SMTP hand-off, SENT after it.
CREATE TABLE IF NOT EXISTS DONGTAI_DELIVERY (
    ISSUE_ID   VARCHAR(20)   NOT NULL,
    EMAIL      VARCHAR(320)  NOT NULL,
    STATUS     VARCHAR(12)   NOT NULL,
    MESSAGE_ID VARCHAR(300),
    DETAIL     VARCHAR(1000),
    UPDATED_AT TIMESTAMP     NOT NULL,
    PRIMARY KEY (ISSUE_ID, EMAIL)
);
