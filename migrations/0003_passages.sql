-- The passage index: every sentence of every article, keyed by its guild like the article it
-- belongs to and removed with it. `terms` holds the same tokens the embedded index uses (jieba
-- search-mode words and Han bigrams, src/search/tokenize.ts), written by the bot as a tsvector
-- literal with their positions in the sentence: no text parser or locale of the database touches
-- Chinese, and a term said twice counts twice, as in the embedded index.
CREATE TABLE sentences (
  guild_id   text     NOT NULL,
  article_id text     NOT NULL,
  paragraph  integer  NOT NULL,
  sentence   integer  NOT NULL,
  text       text     NOT NULL,
  terms      tsvector NOT NULL,
  PRIMARY KEY (guild_id, article_id, paragraph, sentence),
  FOREIGN KEY (guild_id, article_id) REFERENCES articles (guild_id, id) ON DELETE CASCADE
);
CREATE INDEX sentences_terms ON sentences USING GIN (terms);

-- Terms indexed per article (repeats counted): the length BM25 normalises by. 0 for an article
-- loaded before this migration or whose reading could not be indexed.
ALTER TABLE articles ADD COLUMN indexed_terms integer NOT NULL DEFAULT 0;
