#!/bin/bash
# Runs once, when MySQL starts on an empty data directory: one schema and one user per service,
# each user granted its own schema only, as in production.
set -euo pipefail
for service in auth client stock order management; do
  variable="OCPIZZA_${service^^}_DB_PASSWORD"
  password="${!variable:?$variable is not set}"
  MYSQL_PWD="$MYSQL_ROOT_PASSWORD" mysql --user=root <<SQL
CREATE DATABASE IF NOT EXISTS ocpizza_${service} CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'ocpizza_${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON ocpizza_${service}.* TO 'ocpizza_${service}'@'%';
SQL
done
