-- Events this service publishes, written in the same transaction as the change they report
-- and served in id order at /internal/events.
CREATE TABLE event_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type VARCHAR(64) NOT NULL,
  aggregate_id VARCHAR(64) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  payload JSON NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
