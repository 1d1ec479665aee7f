-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema v2): each reaction of
-- another module to an event is stored with the transaction that published it, and marked completed when the
-- listener succeeds, so a crash between two steps leaves it here to be resubmitted on restart.
-- The jar's schema-h2.sql and schema-mysql.sql differ only in types: the id is a native UUID on H2 (Modulith reads
-- it back as java.util.UUID there) and VARCHAR(36) on MySQL/MariaDB, hence the placeholder
-- (application.properties: UUID; application-mysql.properties: VARCHAR(36)). DATETIME(6) instead of TIMESTAMP:
-- MySQL gives a first TIMESTAMP column ON UPDATE CURRENT_TIMESTAMP on servers without explicit_defaults_for_timestamp.
-- Upper case name: Modulith queries EVENT_PUBLICATION, and MySQL table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION
(
    ID                     ${event_publication_id} NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       DATETIME(6)   NOT NULL,
    COMPLETION_DATE        DATETIME(6)   NULL,
    STATUS                 VARCHAR(20)   NULL,
    COMPLETION_ATTEMPTS    INT           NULL,
    LAST_RESUBMISSION_DATE DATETIME(6)   NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
