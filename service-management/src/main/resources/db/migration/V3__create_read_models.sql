-- What management knows of each order: enough to take back its contribution to the aggregates
-- when it is modified, cancelled or costed later, and to issue its documents. Dashboards never
-- read this table; they read the aggregates below.
CREATE TABLE sale_order (
  order_id VARCHAR(64) NOT NULL PRIMARY KEY,
  number VARCHAR(64) NULL,
  pizzeria_id BIGINT NOT NULL,
  customer_id VARCHAR(64) NULL,
  customer_name VARCHAR(200) NULL,
  delivery_address VARCHAR(400) NULL,
  channel VARCHAR(16) NOT NULL,
  fulfilment VARCHAR(16) NOT NULL,
  placed_at DATETIME(6) NOT NULL,
  business_date DATE NOT NULL,
  business_hour TINYINT NOT NULL,
  status VARCHAR(24) NOT NULL,
  payment_method VARCHAR(24) NULL,
  paid BOOLEAN NOT NULL DEFAULT FALSE,
  prepared BOOLEAN NOT NULL DEFAULT FALSE,
  content JSON NOT NULL,
  received_at DATETIME(6) NULL,
  preparation_started_at DATETIME(6) NULL,
  ready_at DATETIME(6) NULL,
  left_at DATETIME(6) NULL,
  finished_at DATETIME(6) NULL,
  KEY ix_sale_order_customer (customer_id),
  KEY ix_sale_order_pizzeria_date (pizzeria_id, business_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ingredient cost of each order from the stock feed, which may arrive before or after the order.
CREATE TABLE order_cost (
  order_id VARCHAR(64) NOT NULL PRIMARY KEY,
  reserved_cost DECIMAL(12, 4) NOT NULL DEFAULT 0,
  released_cost DECIMAL(12, 4) NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per pizzeria and business day (Europe/Paris).
CREATE TABLE daily_sales (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  orders INT NOT NULL DEFAULT 0,
  revenue_excl_vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  revenue_incl_vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  cost_of_goods DECIMAL(12, 4) NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_product_sales (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  product_id BIGINT NOT NULL,
  size VARCHAR(16) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  product_name VARCHAR(120) NOT NULL,
  quantity INT NOT NULL DEFAULT 0,
  revenue_excl_vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  revenue_incl_vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  cost_of_goods DECIMAL(12, 4) NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id, product_id, size, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE daily_vat (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  vat_rate DECIMAL(5, 2) NOT NULL,
  vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id, vat_rate)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hourly_sales (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  business_hour TINYINT NOT NULL,
  channel VARCHAR(16) NOT NULL,
  orders INT NOT NULL DEFAULT 0,
  revenue_excl_vat DECIMAL(12, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id, business_hour, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Losses at cost: WASTE, INVENTORY_SHRINK (net of surpluses found), INCIDENT,
-- CANCELLED_AFTER_PREPARATION.
CREATE TABLE daily_losses (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  reason VARCHAR(32) NOT NULL,
  amount DECIMAL(12, 4) NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id, reason)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Durations as whole-minute histograms, so percentiles over any period come from a few rows.
-- Stages: WAITING (received -> in preparation), PREPARATION (-> ready), DELIVERY (left -> delivered).
CREATE TABLE daily_durations (
  pizzeria_id BIGINT NOT NULL,
  business_date DATE NOT NULL,
  stage VARCHAR(16) NOT NULL,
  minutes SMALLINT NOT NULL,
  orders INT NOT NULL DEFAULT 0,
  PRIMARY KEY (business_date, pizzeria_id, stage, minutes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE low_stock_alert (
  pizzeria_id BIGINT NOT NULL,
  ingredient_id BIGINT NOT NULL,
  ingredient_name VARCHAR(120) NOT NULL,
  quantity DECIMAL(12, 3) NOT NULL,
  threshold DECIMAL(12, 3) NOT NULL,
  raised_at DATETIME(6) NOT NULL,
  PRIMARY KEY (pizzeria_id, ingredient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Maps the client service's customer id (in order events) to the auth account (token subject).
CREATE TABLE customer_account (
  customer_id VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id VARCHAR(64) NULL,
  erased BOOLEAN NOT NULL DEFAULT FALSE,
  KEY ix_customer_account_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
