import type { Article, Paragraph } from '../article/types.js';
import { foldText, foldWithOrigin, originalSpan, toTraditional, type Folded } from '../language/fold.js';
import type { Answer, Fact, Passage } from './types.js';

/**
 * The engine reads every article in one script (src/language/fold.ts): a traditional article is
 * analysed as simplified, so its 臺灣 meets a question's 台湾 and every rule written for simplified
 * text applies. Replies quote the article as written: this module keeps the written text beside the
 * folded one and turns the engine's strings back into it.
 */
export function foldArticle(article: Article): Article {
  const paragraphs: Paragraph[] = article.paragraphs.map((p) => ({ n: p.n, text: foldText(p.text), sentences: p.sentences.map(foldText) }));
  return {
    ...article,
    title: foldText(article.title),
    subtitle: article.subtitle === undefined ? undefined : foldText(article.subtitle),
    date: article.date === undefined ? undefined : foldText(article.date),
    byline: article.byline?.map(foldText),
    editor: article.editor === undefined ? undefined : foldText(article.editor),
    paragraphs,
  };
}

interface Line {
  written: string;
  folded: Folded;
}

/** What a reply quotes (“國際聯盟”): the question's or the article's words, kept as they are. */
const QUOTED = /(“[^”]*”)/u;

/**
 * Share of the Chinese characters folding changes above which an article is in traditional script.
 * Of 300 DRCD articles, 19–48% of their characters (median 32%); of CMRC's 256 simplified ones, at
 * most 1.7%, a variant here and there that OpenCC also maps; of news-dev's, at most 0.06%.
 */
const TRADITIONAL_SHARE = 0.05;

/** Share of the lines' Chinese characters that folding changed (臺 → 台). */
function simplifiedShare(lines: readonly Line[]): number {
  let han = 0;
  let changed = 0;
  for (const { written, folded } of lines) {
    for (let i = 0; i < folded.text.length; i++) {
      // The unified ideographs and their first extension: a share needs no rarer character (and a regex per character of the article was its cost).
      const code = written.charCodeAt(folded.origin[i]!);
      if (code < 0x3400 || code > 0x9fff) continue;
      han++;
      if (folded.text.charCodeAt(i) !== code) changed++;
    }
  }
  return han > 0 ? changed / han : 0;
}

/** Marks between the pieces of a composed string (a list, a post and a name, quoted sentences). */
const PIECES = /([；、，：:;,\s（）()—]+|……)/u;

/** Turns strings of a folded article back into the article's own writing. */
export class WrittenText {
  private readonly lines: Line[];
  /** Nothing to restore: the article was written in the folded script already. */
  private readonly same: boolean;
  /** The article writes Chinese characters that folding changed: it is in traditional script. */
  private readonly traditional: boolean;

  constructor(written: Article) {
    const texts = [written.title, written.subtitle ?? '', written.date ?? '', ...(written.byline ?? []), ...written.paragraphs.flatMap((p) => [...p.sentences, p.text])];
    this.lines = texts.filter(Boolean).map((text) => ({ written: text, folded: foldWithOrigin(text) }));
    this.same = this.lines.every((l) => l.folded.text === l.written);
    this.traditional = !this.same && simplifiedShare(this.lines) >= TRADITIONAL_SHARE;
  }

  /**
   * The engine's own words (a refusal: 文章没有提到“…”) in the article's script, what they quote as it
   * is: restored from the article run by run they came out half converted (文章没有给出这個日期), since
   * the article writes some of their characters and not others.
   */
  ownWords(text: string): string {
    if (!this.traditional) return text;
    return text
      .split(QUOTED)
      .map((piece) => (QUOTED.test(piece) ? piece : toTraditional(piece)))
      .join('');
  }

  restore(text: string): string {
    if (this.same || text === '') return text;
    const whole = this.find(text);
    if (whole !== undefined) return whole;
    return text
      .split(PIECES)
      .map((piece) => (piece && !PIECES.test(piece) ? (this.find(piece) ?? this.inRuns(piece)) : piece))
      .join('');
  }

  /**
   * A piece the article never writes whole — composed by the reader (a year put before 同年's month:
   * 1949年 + 底至… ) — restored run by run: the longest run from each position that some line holds,
   * and a character none holds as it is. A run found has every prefix found, so each run grows one
   * character at a time.
   */
  private inRuns(piece: string): string {
    let out = '';
    let at = 0;
    while (at < piece.length) {
      let end = at;
      let restored: string | undefined;
      for (let next = at + 1; next <= piece.length; next++) {
        const found = this.find(piece.slice(at, next));
        if (found === undefined) break;
        restored = found;
        end = next;
      }
      if (restored === undefined) {
        out += piece[at];
        at++;
      } else {
        out += restored;
        at = end;
      }
    }
    return out;
  }

  private find(text: string): string | undefined {
    for (const line of this.lines) {
      const at = line.folded.text.indexOf(text);
      if (at >= 0) return originalSpan(line.written, line.folded, at, at + text.length);
    }
    return undefined;
  }
}

/** The answer with every quoted string as the article writes it. */
export function inWriting(answer: Answer, written: WrittenText, article: Article): Answer {
  const fact = (f: Fact): Fact => ({ ...f, text: written.restore(f.text), detail: f.detail && written.restore(f.detail), group: f.group && written.restore(f.group) });
  const passage = (p: Passage): Passage => ({ ...p, text: written.restore(p.text), matched: p.matched.map((m) => written.restore(m)) });
  return {
    ...answer,
    headline: answer.abstained ? written.ownWords(answer.headline) : written.restore(answer.headline),
    direct: written.restore(answer.direct),
    facts: answer.facts.map(fact),
    passages: answer.passages.map(passage),
    article: { id: article.id, title: article.title, date: article.date },
  };
}
