-- Trigram indexes make substring search on names and emails fast on large firms.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
