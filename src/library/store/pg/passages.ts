import type pg from 'pg';
import { foldText } from '../../../language/fold.js';
import { cutForSearch } from '../../../language/segmenter.js';
import { articleSentences } from '../../../search/article-sentences.js';
import { indexTerms } from '../../../search/tokenize.js';
import type { WeightedTerm } from '../../../search/types.js';
import { readingArticle } from '../../stored-reading.js';
import { searchedTerms } from './common-terms.js';
import { anyOfQuery, tsvectorLiteral } from './lexemes.js';

/** A query on the pool or inside a transaction. */
type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

/**
 * Writes an article's sentences into the passage index (`sentences`, migration 0003), inside the
 * caller's transaction so that an article and its passages are kept together or not at all. A
 * reading without the shape of an Article is stored but not indexed. Returns the sentences written.
 */
export async function indexPassages(query: Query, guildId: string, articleId: string, parsed: unknown): Promise<number> {
  const article = readingArticle(parsed);
  if (!article) return 0;
  let termCount = 0;
  const rows = articleSentences(article).map(({ paragraph, sentence, text }) => {
    // In the one script the engine reads and a question is normalised to (traditional →
    // simplified, full-width → ASCII): a question asks the way it asks the engine. The text is kept as written.
    const folded = foldText(text);
    const terms = indexTerms(folded, cutForSearch(folded));
    termCount += terms.length;
    return { paragraph, sentence, text, terms: tsvectorLiteral(terms) };
  });
  if (rows.length === 0) return 0;
  // One statement per article: the rows travel as one JSON parameter.
  await query(
    `INSERT INTO sentences (guild_id, article_id, paragraph, sentence, text, terms)
     SELECT $1, $2, r.paragraph, r.sentence, r.text, r.terms::tsvector
     FROM jsonb_to_recordset($3::jsonb) AS r(paragraph integer, sentence integer, text text, terms text)
     ON CONFLICT DO NOTHING`,
    [guildId, articleId, JSON.stringify(rows)],
  );
  await query('UPDATE articles SET indexed_terms = $3 WHERE guild_id = $1 AND id = $2', [guildId, articleId, termCount]);
  return rows.length;
}

/**
 * BM25 over whole articles, as `ArticlePostings.rank` computes it in the embedded index (same k1, b,
 * idf; tf = the term's occurrences in the article; length = its indexed terms), over the articles
 * of the guilds asked. The GIN index finds the sentences holding any query term; only those are read.
 * `frequency` and `corpus` are MATERIALIZED, computed once: inlined, the planner (estimating one
 * hit after the joins) read the server's whole article list again for every hit, 438 times in
 * 240 of a slow question's 276 ms at 10,000 articles (EXPLAIN ANALYZE).
 */
const CANDIDATES_SQL = `
WITH asked AS (
  SELECT term, max(weight) AS weight FROM unnest($2::text[], $3::float8[]) AS q(term, weight) GROUP BY term
),
hits AS (
  SELECT s.guild_id, s.article_id, u.lexeme AS term, sum(coalesce(array_length(u.positions, 1), 1))::float8 AS tf
  FROM sentences s CROSS JOIN LATERAL unnest(s.terms) AS u(lexeme, positions, weights)
  WHERE s.guild_id = ANY($1::text[]) AND s.terms @@ $4::tsquery AND u.lexeme = ANY($2::text[])
  GROUP BY s.guild_id, s.article_id, u.lexeme
),
frequency AS MATERIALIZED (SELECT term, count(*)::float8 AS df FROM hits GROUP BY term),
corpus AS MATERIALIZED (
  SELECT count(*)::float8 AS n, coalesce(nullif(avg(indexed_terms), 0), 1)::float8 AS average
  FROM articles WHERE guild_id = ANY($1::text[])
)
SELECT h.article_id,
       sum(asked.weight * ln(1 + (c.n - f.df + 0.5) / (f.df + 0.5))
           * (h.tf * 2.2) / (h.tf + 1.2 * (0.25 + 0.75 * a.indexed_terms / c.average))) AS score
FROM hits h
JOIN asked USING (term)
JOIN frequency f USING (term)
JOIN articles a ON a.guild_id = h.guild_id AND a.id = h.article_id
CROSS JOIN corpus c
GROUP BY h.guild_id, h.article_id
ORDER BY score DESC, h.article_id
LIMIT $5`;

/** Ids of the articles of these guilds most likely to hold the answer, best first, at most `limit`. */
export async function candidateArticles(query: Query, guildIds: readonly string[], asked: readonly WeightedTerm[], limit: number): Promise<string[]> {
  const terms = searchedTerms(asked, await commonShares(query, asked));
  const tsquery = anyOfQuery(terms.map((t) => t.term));
  if (guildIds.length === 0 || tsquery === '' || limit <= 0) return [];
  const { rows } = await query<{ article_id: string }>(CANDIDATES_SQL, [
    [...guildIds], terms.map((t) => t.term), terms.map((t) => t.weight), tsquery, limit * 2,
  ]);
  // An article id kept by two of the guilds asked (a shared seed) is one candidate.
  return [...new Set(rows.map((r) => r.article_id))].slice(0, limit);
}

/**
 * The share of sentences holding each of the terms that PostgreSQL's statistics list among the most
 * common (ANALYZE keeps them for a tsvector column; autovacuum refreshes them). Before any ANALYZE
 * (a new or small table) nothing is listed and no term counts as common.
 */
async function commonShares(query: Query, terms: readonly WeightedTerm[]): Promise<Map<string, number>> {
  const { rows } = await query<{ elem: string; share: number }>(
    `SELECT s.elem, s.share FROM pg_stats,
       unnest(most_common_elems::text::text[], most_common_elem_freqs) AS s(elem, share)
     WHERE schemaname = current_schema() AND tablename = 'sentences' AND attname = 'terms' AND s.elem = ANY($1::text[])`,
    [terms.map((t) => t.term)],
  );
  return new Map(rows.map((r) => [r.elem, Number(r.share)]));
}
