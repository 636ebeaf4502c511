-- 👍/👎 on answers: one vote per member (a hash of their id, never the id) and answer. `seq`
-- orders the votes as they came (a vote given again comes last), which bounds the table: the
-- oldest go first past the store's maximum.
CREATE TABLE feedback (
  seq         bigserial   NOT NULL,
  answer_id   text        NOT NULL,
  member      text        NOT NULL,
  vote        text        NOT NULL CHECK (vote IN ('up', 'down')),
  question    text        NOT NULL,
  intent      text        NOT NULL,
  article_id  text        NOT NULL,
  guild_id    text,
  at          text        NOT NULL,
  note        text,
  PRIMARY KEY (answer_id, member)
);
CREATE INDEX feedback_order ON feedback (seq);
