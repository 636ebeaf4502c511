-- The article library: every row keyed by the server (guild) it belongs to, the partition key.
CREATE TABLE articles (
  guild_id     text        NOT NULL,
  id           text        NOT NULL,
  title        text        NOT NULL,
  date         text,
  paragraphs   integer     NOT NULL,
  source       jsonb       NOT NULL,
  loaded_at    timestamptz NOT NULL,
  article_file text        NOT NULL,
  raw_html     text,
  parsed       jsonb       NOT NULL,
  PRIMARY KEY (guild_id, id)
);
CREATE INDEX articles_newest ON articles (guild_id, loaded_at DESC, id);

-- Each member's loads within the last hour, for the hourly limit.
CREATE TABLE loads (
  guild_id  text   NOT NULL,
  member_id text   NOT NULL,
  at_ms     bigint NOT NULL
);
CREATE INDEX loads_member ON loads (guild_id, member_id, at_ms);

-- A channel's default article; removing the article clears it.
CREATE TABLE channel_defaults (
  guild_id   text NOT NULL,
  channel_id text NOT NULL,
  article_id text NOT NULL,
  PRIMARY KEY (guild_id, channel_id),
  FOREIGN KEY (guild_id, article_id) REFERENCES articles (guild_id, id) ON DELETE CASCADE
);
