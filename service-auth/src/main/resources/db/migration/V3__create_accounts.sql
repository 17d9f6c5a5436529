-- People who log in: customers and staff. public_id is the token subject; the sequential id
-- never leaves this schema.
CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id CHAR(36) NOT NULL,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200) DEFAULT NULL,
  first_name VARCHAR(100) NOT NULL,
  last_name VARCHAR(100) NOT NULL,
  phone VARCHAR(30) DEFAULT NULL,
  pizzeria_id BIGINT DEFAULT NULL,
  enabled BOOLEAN NOT NULL,
  failed_logins INT NOT NULL,
  locked_until DATETIME(6) DEFAULT NULL,
  created_at DATETIME(6) NOT NULL,
  disabled_at DATETIME(6) DEFAULT NULL,
  disabled_by CHAR(36) DEFAULT NULL,
  version BIGINT NOT NULL,
  UNIQUE KEY uk_account_public_id (public_id),
  UNIQUE KEY uk_account_email (email),
  KEY ix_account_pizzeria (pizzeria_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every login attempt and its outcome, for investigations; never read by the login itself.
CREATE TABLE login_audit (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at DATETIME(6) NOT NULL,
  email VARCHAR(254) NOT NULL,
  account_id BIGINT DEFAULT NULL,
  client_ip VARCHAR(45) DEFAULT NULL,
  outcome VARCHAR(20) NOT NULL,
  KEY ix_login_audit_occurred_at (occurred_at),
  KEY ix_login_audit_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use links to set a password (reset or staff invitation); only the SHA-256 of the token
-- is stored.
CREATE TABLE password_reset_token (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  account_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at DATETIME(6) DEFAULT NULL,
  UNIQUE KEY uk_password_reset_token_hash (token_hash),
  CONSTRAINT fk_password_reset_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- E-mails to send, written in the transaction that decides them; a mailer relays and stamps them.
CREATE TABLE mail_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) DEFAULT NULL,
  KEY ix_mail_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
