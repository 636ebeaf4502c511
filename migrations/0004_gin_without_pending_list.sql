-- The passage index's GIN without its pending list: with fastupdate (the default) new entries
-- wait in a list that some insert must then merge into the index all at once, and under a steady
-- load (75,000 articles into one database in the bench) one such insert outran the store's 5 s
-- query timeout: a /load answered "temporarily unavailable". Without the list each insert pays
-- its own share, and no single one stalls.
ALTER INDEX sentences_terms SET (fastupdate = off);
