-- Orders with their price snapshots, status history and payments; the idempotency keys of
-- placement; the per-pizzeria daily number sequences; and the leases of the background jobs.
CREATE TABLE orders (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  number VARCHAR(32) NOT NULL,
  pizzeria_id BIGINT NOT NULL,
  channel VARCHAR(16) NOT NULL,
  fulfilment VARCHAR(16) NOT NULL,
  customer_account_id VARCHAR(64) NULL,
  customer_id VARCHAR(64) NULL,
  customer_name VARCHAR(210) NULL,
  customer_phone VARCHAR(32) NULL,
  address_street VARCHAR(200) NULL,
  address_complement VARCHAR(200) NULL,
  address_postcode VARCHAR(10) NULL,
  address_city VARCHAR(100) NULL,
  address_instructions VARCHAR(500) NULL,
  delivery_fee DECIMAL(10,2) NOT NULL,
  total_excl_vat DECIMAL(10,2) NOT NULL,
  total_vat DECIMAL(10,2) NOT NULL,
  total_incl_vat DECIMAL(10,2) NOT NULL,
  status VARCHAR(24) NOT NULL,
  payment_method VARCHAR(16) NOT NULL,
  payment_status VARCHAR(16) NOT NULL,
  amount_paid DECIMAL(10,2) NOT NULL,
  courier_id VARCHAR(64) NULL,
  rejection_reason VARCHAR(500) NULL,
  release_pending BOOLEAN NOT NULL DEFAULT FALSE,
  placed_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_orders_public_id UNIQUE (public_id),
  CONSTRAINT uk_orders_number UNIQUE (number),
  INDEX ix_orders_pizzeria_status (pizzeria_id, status, placed_at),
  INDEX ix_orders_status_updated (status, updated_at),
  INDEX ix_orders_release (release_pending),
  INDEX ix_orders_customer (customer_account_id, placed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_lines (
  order_id BIGINT NOT NULL,
  position INT NOT NULL,
  product_id BIGINT NOT NULL,
  product_name VARCHAR(120) NOT NULL,
  size VARCHAR(16) NOT NULL,
  item_count INT NOT NULL,
  unit_price_excl_vat DECIMAL(10,2) NOT NULL,
  vat_rate DECIMAL(5,2) NOT NULL,
  line_total_excl_vat DECIMAL(10,2) NOT NULL,
  line_vat DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (order_id, position),
  CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_status_history (
  order_id BIGINT NOT NULL,
  position INT NOT NULL,
  at DATETIME(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  from_status VARCHAR(24) NULL,
  to_status VARCHAR(24) NOT NULL,
  reason VARCHAR(500) NULL,
  PRIMARY KEY (order_id, position),
  CONSTRAINT fk_order_history_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_payments (
  order_id BIGINT NOT NULL,
  position INT NOT NULL,
  method VARCHAR(16) NOT NULL,
  amount DECIMAL(10,2) NOT NULL,
  status VARCHAR(16) NOT NULL,
  reference VARCHAR(64) NULL,
  at DATETIME(6) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (order_id, position),
  CONSTRAINT fk_order_payments_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idempotency_keys (
  caller_id VARCHAR(64) NOT NULL,
  idem_key VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  order_public_id CHAR(36) NOT NULL,
  response_status INT NULL,
  response_body TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (caller_id, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE order_number_sequences (
  pizzeria_id BIGINT NOT NULL,
  day DATE NOT NULL,
  last_value INT NOT NULL,
  PRIMARY KEY (pizzeria_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_leases (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  owner VARCHAR(100) NOT NULL,
  expires_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Values generated once and shared by every replica, e.g. the payment simulator's signing secret
-- when none is configured.
CREATE TABLE generated_settings (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  value VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
