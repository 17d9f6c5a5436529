-- Position of the auth service in the client service's feed (customer erasures).
CREATE TABLE feed_cursor (
  source VARCHAR(64) NOT NULL PRIMARY KEY,
  last_event_id BIGINT NOT NULL DEFAULT 0,
  owner VARCHAR(128) NULL,
  lease_until DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
