-- Pizzerias, catalogue, stock, reservations and supplier orders (ARCHITECTURE §2).
-- Money DECIMAL(10,2), unit costs DECIMAL(12,4), quantities DECIMAL(12,3), UTC DATETIME(6).
-- The hot tables (stock_level, stock_movement, reservation*) reference only rows a writer already
-- holds, so foreign-key checks never add locks that could deadlock concurrent reservations.

CREATE TABLE pizzeria (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  street VARCHAR(200) NOT NULL,
  postcode VARCHAR(10) NOT NULL,
  city VARCHAR(100) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  siret CHAR(14) NOT NULL,
  status VARCHAR(16) NOT NULL,
  delivery_fee DECIMAL(10,2) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_pizzeria_name UNIQUE (name),
  CONSTRAINT uk_pizzeria_siret UNIQUE (siret)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pizzeria_opening_range (
  pizzeria_id BIGINT NOT NULL,
  day_of_week VARCHAR(9) NOT NULL,
  opens_at TIME NOT NULL,
  closes_at TIME NOT NULL,
  PRIMARY KEY (pizzeria_id, day_of_week, opens_at),
  CONSTRAINT fk_opening_range_pizzeria FOREIGN KEY (pizzeria_id) REFERENCES pizzeria (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pizzeria_delivery_postcode (
  pizzeria_id BIGINT NOT NULL,
  postcode VARCHAR(10) NOT NULL,
  PRIMARY KEY (pizzeria_id, postcode),
  CONSTRAINT fk_delivery_postcode_pizzeria FOREIGN KEY (pizzeria_id) REFERENCES pizzeria (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ingredient (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  unit VARCHAR(10) NOT NULL,
  unit_cost DECIMAL(12,4) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_ingredient_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ingredient_allergen (
  ingredient_id BIGINT NOT NULL,
  allergen VARCHAR(16) NOT NULL,
  PRIMARY KEY (ingredient_id, allergen),
  CONSTRAINT fk_allergen_ingredient FOREIGN KEY (ingredient_id) REFERENCES ingredient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  category VARCHAR(10) NOT NULL,
  description VARCHAR(500) NOT NULL,
  photo_url VARCHAR(500) NULL,
  vat_rate DECIMAL(4,2) NOT NULL,
  active BOOLEAN NOT NULL,
  memory_aid VARCHAR(2000) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_product_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sizes a product is sold in; the recipe factor of each size is fixed by the domain.
CREATE TABLE product_size (
  product_id BIGINT NOT NULL,
  size VARCHAR(8) NOT NULL,
  price_excl_vat DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (product_id, size),
  CONSTRAINT fk_product_size_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quantities of the medium size (factor 1).
CREATE TABLE recipe_line (
  product_id BIGINT NOT NULL,
  ingredient_id BIGINT NOT NULL,
  quantity DECIMAL(12,3) NOT NULL,
  PRIMARY KEY (product_id, ingredient_id),
  KEY ix_recipe_line_ingredient (ingredient_id),
  CONSTRAINT fk_recipe_line_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_recipe_line_ingredient FOREIGN KEY (ingredient_id) REFERENCES ingredient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stock_level (
  pizzeria_id BIGINT NOT NULL,
  ingredient_id BIGINT NOT NULL,
  quantity DECIMAL(12,3) NOT NULL,
  threshold DECIMAL(12,3) NOT NULL,
  PRIMARY KEY (pizzeria_id, ingredient_id),
  CONSTRAINT ck_stock_level_not_negative CHECK (quantity >= 0 AND threshold >= 0),
  CONSTRAINT fk_stock_level_pizzeria FOREIGN KEY (pizzeria_id) REFERENCES pizzeria (id),
  CONSTRAINT fk_stock_level_ingredient FOREIGN KEY (ingredient_id) REFERENCES ingredient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bumped by every transaction that changes a pizzeria's stock, after its stock rows: a cheap
-- version for the menu cache and the last lock every stock change takes.
CREATE TABLE stock_version (
  pizzeria_id BIGINT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  CONSTRAINT fk_stock_version_pizzeria FOREIGN KEY (pizzeria_id) REFERENCES pizzeria (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bumped by every catalogue change that the menu shows.
CREATE TABLE catalogue_version (
  id TINYINT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO catalogue_version (id, version) VALUES (1, 0);

CREATE TABLE stock_movement (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pizzeria_id BIGINT NOT NULL,
  ingredient_id BIGINT NOT NULL,
  reason VARCHAR(24) NOT NULL,
  quantity DECIMAL(12,3) NOT NULL,
  unit_cost DECIMAL(12,4) NOT NULL,
  order_id VARCHAR(64) NULL,
  supplier_order_id BIGINT NULL,
  actor VARCHAR(100) NOT NULL,
  note VARCHAR(200) NULL,
  occurred_at DATETIME(6) NOT NULL,
  KEY ix_movement_pizzeria_time (pizzeria_id, occurred_at),
  KEY ix_movement_pizzeria_ingredient_time (pizzeria_id, ingredient_id, occurred_at),
  KEY ix_movement_order (order_id),
  CONSTRAINT fk_movement_stock_level FOREIGN KEY (pizzeria_id, ingredient_id)
    REFERENCES stock_level (pizzeria_id, ingredient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per order id; RELEASED is final, so a late or replayed reservation of a cancelled
-- order can never take stock again.
CREATE TABLE reservation (
  order_id VARCHAR(64) NOT NULL PRIMARY KEY,
  pizzeria_id BIGINT NULL,
  status VARCHAR(10) NOT NULL,
  cost_of_goods DECIMAL(10,2) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lines as reserved, with the catalogue values answered at that time.
CREATE TABLE reservation_line (
  order_id VARCHAR(64) NOT NULL,
  line_no INT NOT NULL,
  product_id BIGINT NOT NULL,
  size VARCHAR(8) NOT NULL,
  item_count INT NOT NULL,
  product_name VARCHAR(100) NOT NULL,
  unit_price_excl_vat DECIMAL(10,2) NOT NULL,
  vat_rate DECIMAL(4,2) NOT NULL,
  cost_of_goods DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (order_id, line_no),
  CONSTRAINT fk_reservation_line_reservation FOREIGN KEY (order_id) REFERENCES reservation (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the reservation holds of each ingredient: exactly what a release gives back.
CREATE TABLE reservation_holding (
  order_id VARCHAR(64) NOT NULL,
  ingredient_id BIGINT NOT NULL,
  quantity DECIMAL(12,3) NOT NULL,
  PRIMARY KEY (order_id, ingredient_id),
  CONSTRAINT fk_reservation_holding_reservation FOREIGN KEY (order_id)
    REFERENCES reservation (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(200) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uk_supplier_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pizzeria_id BIGINT NOT NULL,
  supplier_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NULL,
  version BIGINT NOT NULL,
  KEY ix_supplier_order_pizzeria (pizzeria_id, created_at),
  CONSTRAINT fk_supplier_order_pizzeria FOREIGN KEY (pizzeria_id) REFERENCES pizzeria (id),
  CONSTRAINT fk_supplier_order_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier_order_line (
  supplier_order_id BIGINT NOT NULL,
  ingredient_id BIGINT NOT NULL,
  ordered_quantity DECIMAL(12,3) NOT NULL,
  expected_unit_cost DECIMAL(12,4) NOT NULL,
  received_quantity DECIMAL(12,3) NOT NULL,
  PRIMARY KEY (supplier_order_id, ingredient_id),
  CONSTRAINT fk_supplier_order_line_order FOREIGN KEY (supplier_order_id)
    REFERENCES supplier_order (id),
  CONSTRAINT fk_supplier_order_line_ingredient FOREIGN KEY (ingredient_id)
    REFERENCES ingredient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
