-- The tables of Spring Authorization Server's JDBC stores (registered clients, authorizations,
-- consents), written for MySQL 8 and MariaDB alike: DATETIME(6) holding UTC instead of the
-- zone-shifting TIMESTAMP of the reference schema, and case-sensitive TEXT instead of BLOB for
-- token values and attributes (MariaDB's driver reports BLOB columns as LONGVARBINARY, for which
-- the JDBC store sends strings the driver refuses; TEXT is read and written as strings on both).
CREATE TABLE oauth2_registered_client (
  id VARCHAR(100) NOT NULL,
  client_id VARCHAR(100) NOT NULL,
  client_id_issued_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  client_secret VARCHAR(200) DEFAULT NULL,
  client_secret_expires_at DATETIME(6) DEFAULT NULL,
  client_name VARCHAR(200) NOT NULL,
  client_authentication_methods VARCHAR(1000) NOT NULL,
  authorization_grant_types VARCHAR(1000) NOT NULL,
  redirect_uris VARCHAR(1000) DEFAULT NULL,
  post_logout_redirect_uris VARCHAR(1000) DEFAULT NULL,
  scopes VARCHAR(1000) NOT NULL,
  client_settings VARCHAR(2000) NOT NULL,
  token_settings VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_oauth2_registered_client_client_id (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE oauth2_authorization (
  id VARCHAR(100) NOT NULL,
  registered_client_id VARCHAR(100) NOT NULL,
  principal_name VARCHAR(200) NOT NULL,
  authorization_grant_type VARCHAR(100) NOT NULL,
  authorized_scopes VARCHAR(1000) DEFAULT NULL,
  attributes MEDIUMTEXT COLLATE utf8mb4_bin DEFAULT NULL,
  state VARCHAR(500) DEFAULT NULL,
  authorization_code_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  authorization_code_issued_at DATETIME(6) DEFAULT NULL,
  authorization_code_expires_at DATETIME(6) DEFAULT NULL,
  authorization_code_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  access_token_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  access_token_issued_at DATETIME(6) DEFAULT NULL,
  access_token_expires_at DATETIME(6) DEFAULT NULL,
  access_token_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  access_token_type VARCHAR(100) DEFAULT NULL,
  access_token_scopes VARCHAR(1000) DEFAULT NULL,
  oidc_id_token_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  oidc_id_token_issued_at DATETIME(6) DEFAULT NULL,
  oidc_id_token_expires_at DATETIME(6) DEFAULT NULL,
  oidc_id_token_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  refresh_token_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  refresh_token_issued_at DATETIME(6) DEFAULT NULL,
  refresh_token_expires_at DATETIME(6) DEFAULT NULL,
  refresh_token_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  user_code_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  user_code_issued_at DATETIME(6) DEFAULT NULL,
  user_code_expires_at DATETIME(6) DEFAULT NULL,
  user_code_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  device_code_value TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  device_code_issued_at DATETIME(6) DEFAULT NULL,
  device_code_expires_at DATETIME(6) DEFAULT NULL,
  device_code_metadata TEXT COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_oauth2_authorization_principal (principal_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE oauth2_authorization_consent (
  registered_client_id VARCHAR(100) NOT NULL,
  principal_name VARCHAR(200) NOT NULL,
  authorities VARCHAR(1000) NOT NULL,
  PRIMARY KEY (registered_client_id, principal_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens already exchanged for a new one: presenting one again means it was stolen, and
-- the whole authorization it belonged to is revoked.
CREATE TABLE used_refresh_token (
  token_hash CHAR(64) NOT NULL,
  authorization_id VARCHAR(100) NOT NULL,
  used_at DATETIME(6) NOT NULL,
  PRIMARY KEY (token_hash),
  KEY ix_used_refresh_token_used_at (used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
