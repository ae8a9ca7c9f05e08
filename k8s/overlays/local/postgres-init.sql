-- Runs once, on the first start of an empty data directory, as POSTGRES_USER (the owner of each database).
CREATE DATABASE planning;
CREATE DATABASE erp;
CREATE DATABASE procurement;
CREATE DATABASE orchestrator;
