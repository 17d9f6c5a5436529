-- Gap-free numbering: one row per series, locked and advanced in the transaction that inserts the
-- document, so a rolled-back issue gives its number back.
CREATE TABLE document_counter (
  series VARCHAR(16) NOT NULL PRIMARY KEY,
  last_value BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO document_counter (series, last_value) VALUES ('INVOICE', 0), ('CREDIT_NOTE', 0);

-- Invoices and credit notes: legal documents, inserted once and never updated nor deleted. The
-- content is the frozen snapshot every rendering is made from.
CREATE TABLE invoice (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  series VARCHAR(16) NOT NULL,
  sequence_value BIGINT NOT NULL,
  number VARCHAR(32) NOT NULL,
  order_id VARCHAR(64) NOT NULL,
  corrects_number VARCHAR(32) NULL,
  pizzeria_id BIGINT NOT NULL,
  customer_id VARCHAR(64) NULL,
  issued_at DATETIME(6) NOT NULL,
  total_excl_vat DECIMAL(12, 2) NOT NULL,
  total_incl_vat DECIMAL(12, 2) NOT NULL,
  content JSON NOT NULL,
  UNIQUE KEY uk_invoice_number (number),
  UNIQUE KEY uk_invoice_sequence (series, sequence_value),
  KEY ix_invoice_order (order_id),
  KEY ix_invoice_pizzeria (pizzeria_id, issued_at),
  KEY ix_invoice_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quotes entered by a manager for a customer (e.g. a company ordering 40 pizzas): pro-formas only.
CREATE TABLE quote (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference VARCHAR(32) NOT NULL,
  pizzeria_id BIGINT NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  content JSON NOT NULL,
  UNIQUE KEY uk_quote_reference (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
