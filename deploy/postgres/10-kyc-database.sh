#!/bin/bash
# Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d): the journeys database
# and its own role, so the worker and web API never hold the superuser's password. Temporal's databases
# (temporal, temporal_visibility) are created by Temporal's schema set-up with the superuser.
set -euo pipefail
: "${KYC_DB_PASSWORD:?KYC_DB_PASSWORD must be set (deploy/.env)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=kyc_password="$KYC_DB_PASSWORD" <<'SQL'
CREATE ROLE kyc LOGIN PASSWORD :'kyc_password';
CREATE DATABASE kyc OWNER kyc;
SQL
