-- Customer profiles: registered customers (linked to an auth account) and phone customers
-- created at the counter (no account until they register with the same phone or e-mail).
CREATE TABLE customer (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  account_id VARCHAR(64) NULL,
  email VARCHAR(254) NULL,
  first_name VARCHAR(100) NULL,
  last_name VARCHAR(100) NULL,
  phone VARCHAR(20) NULL,
  preferred_pizzeria_id BIGINT NULL,
  marketing_consent BOOLEAN NOT NULL DEFAULT FALSE,
  marketing_consent_at DATETIME(6) NULL,
  status VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  erased_at DATETIME(6) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uk_customer_public_id UNIQUE (public_id),
  CONSTRAINT uk_customer_account UNIQUE (account_id),
  INDEX idx_customer_phone (phone),
  INDEX idx_customer_email (email),
  INDEX idx_customer_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_address (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  customer_id BIGINT NOT NULL,
  label VARCHAR(40) NOT NULL,
  street VARCHAR(200) NOT NULL,
  complement VARCHAR(200) NULL,
  postcode CHAR(5) NOT NULL,
  city VARCHAR(100) NOT NULL,
  instructions VARCHAR(500) NULL,
  is_default BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_customer_address_public_id UNIQUE (public_id),
  CONSTRAINT fk_customer_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Orders as the order service's feed tells them, kept per customer for statistics; they hold no
-- personal data and survive an erasure.
CREATE TABLE customer_order (
  order_id VARCHAR(64) NOT NULL PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  pizzeria_id BIGINT NOT NULL,
  total_incl_vat DECIMAL(10, 2) NOT NULL,
  placed_at DATETIME(6) NOT NULL,
  cancelled BOOLEAN NOT NULL DEFAULT FALSE,
  INDEX idx_customer_order_customer (customer_id, placed_at),
  CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE customer_order_line (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id VARCHAR(64) NOT NULL,
  product_id BIGINT NOT NULL,
  product_name VARCHAR(120) NOT NULL,
  size VARCHAR(16) NOT NULL,
  item_count INT NOT NULL,
  INDEX idx_customer_order_line_order (order_id),
  CONSTRAINT fk_customer_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Erasures are irreversible and recorded without the personal data they removed.
CREATE TABLE erasure_log (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_public_id CHAR(36) NOT NULL,
  erased_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
