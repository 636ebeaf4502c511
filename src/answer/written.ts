import type { Article, Paragraph } from '../article/types.js';
import { foldText, foldWithOrigin, originalSpan, type Folded } from '../language/fold.js';
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

/** Marks between the pieces of a composed string (a list, a post and a name, quoted sentences). */
const PIECES = /([；、，：:;,\s（）()—]+|……)/u;

/** Turns strings of a folded article back into the article's own writing. */
export class WrittenText {
  private readonly lines: Line[];
  /** Nothing to restore: the article was written in the folded script already. */
  private readonly same: boolean;

  constructor(written: Article) {
    const texts = [written.title, written.subtitle ?? '', written.date ?? '', ...(written.byline ?? []), ...written.paragraphs.flatMap((p) => [...p.sentences, p.text])];
    this.lines = texts.filter(Boolean).map((text) => ({ written: text, folded: foldWithOrigin(text) }));
    this.same = this.lines.every((l) => l.folded.text === l.written);
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
    headline: written.restore(answer.headline),
    direct: written.restore(answer.direct),
    facts: answer.facts.map(fact),
    passages: answer.passages.map(passage),
    article: { id: article.id, title: article.title, date: article.date },
  };
}
