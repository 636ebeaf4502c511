-- One server's passages through one index: the GIN keyed by the server and the term together
-- (btree_gin, in PostgreSQL's contrib and a trusted extension, so the database's owner may create
-- it). With the terms alone the index found every server's sentences holding a query's terms
-- and the server was filtered out after: at 100,000 articles (200 servers of 500) one server's
-- candidates took p99 139 ms, growing with the whole library rather than with the server. A
-- query over every server uses the same index by its terms column alone.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX sentences_guild_terms ON sentences USING GIN (guild_id, terms) WITH (fastupdate = off);
DROP INDEX sentences_terms;
