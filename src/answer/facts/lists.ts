import type { Article } from '../../article/types.js';
import type { ListedItem } from './types.js';

/** Endings of the names of signed documents. */
const DOCUMENT_END = /(?:协议|协议书|协定|备忘录|合同|合同书|意向书|框架|公约|条约|议定书|宣言|声明|纪要|章程|计划|方案|承诺书|责任书|合作书|倡议书|合作函)$/u;

const SIGN_VERB = /(签署|签订|签约|签下|签了|缔结|共签)了?/u;

/** A signing verb as a word of its own; jieba leaves 签 alone before 了 in some phrases (两市签|了). */
const SIGNING_WORD = new RegExp(`^(?:签|${SIGN_VERB.source})$`, 'u');

/** A word that names a signed document (协议, 合作备忘录) or the signing itself (签署, 签了): what the agreements list answers. */
export function namesSigning(word: string): boolean {
  return DOCUMENT_END.test(word) || SIGNING_WORD.test(word);
}
const VISIT_VERB = /(考察|调研|参观|走访|视察|察看|探访|来到|走进|前往|到访)了/u;

/** Splits a listed object at 、 and at 和/及/以及 between items; 《》 titles are taken whole. */
function splitList(object: string): string[] {
  const titled = [...object.matchAll(/《([^》]+)》/gu)].map((m) => m[1]!);
  if (titled.length > 0) return titled;
  return object
    .split(/、|以及|及|和(?=[^、]*$)/u)
    .map((item) => item.trim().replace(/^(?:了|与|和)/u, '').replace(/等(?:\p{Script=Han}{0,4})?$/u, ''))
    .filter(Boolean);
}

/** The object of the verb: from after the verb to the end of its clause; and all the sentence says after the verb. */
function objectAfter(text: string, verb: RegExp): { verb: string; object: string; rest: string } | undefined {
  const match = verb.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length).trim();
  const object = rest.split(/[，。；！？]/u)[0]?.trim() ?? '';
  return object ? { verb: match[1]!, object, rest } : undefined;
}

function collect(article: Article, pick: (sentence: string) => { verb: string; items: string[] } | undefined): ListedItem[] {
  const items: ListedItem[] = [];
  // An article names a document or a place again after it reports it (签署《某协议》的目的是…): it is
  // one item, cited where it is first reported.
  const seen = new Set<string>();
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((text, sentence) => {
      const found = pick(text);
      for (const item of found?.items ?? []) {
        if (seen.has(item)) continue;
        seen.add(item);
        items.push({ text: item, verb: found!.verb, paragraph: paragraph.n, sentence });
      }
    });
  }
  return items;
}

/** 签署了3项合作文件，分别是：A、B，以及C — a count of documents, then the list after 分别是 or 包括. */
const COUNTED_THEN_LISTED = /^(?:\d+|[一二两三四五六七八九十]+)(?:项|份|个|件)[^，。；]*[，,]?\s*(?:分别是|分别为|包括|即)[：:]?([^。；]+)/u;

/**
 * A listed document as the article names it, without who signed it (甲局与乙协会签署的经贸合作备忘录)
 * or the short name in brackets after it (（MoU）).
 */
function documentName(item: string): string {
  return item
    .replace(/^[，,：:\s]+|[，,：:\s]+$/gu, '')
    .replace(/^.*(?:签署|签订|签约|缔结)的/u, '')
    .replace(/\s*[（(][^（）()]*[）)]$/u, '');
}

/** Documents signed: 签署了A、B → [A, B], kept only when they end like a document (协议, 备忘录…). */
export function extractAgreements(article: Article): ListedItem[] {
  return collect(article, (text) => {
    const found = objectAfter(text, SIGN_VERB);
    if (!found) return undefined;
    const listed = COUNTED_THEN_LISTED.exec(found.rest);
    const object = listed ? listed[1]! : found.object;
    const items = splitList(object).map(documentName).filter((item) => DOCUMENT_END.test(item) && item.length <= 60);
    return { verb: found.verb, items };
  });
}

/** Places visited: 考察了A、B、C → [A, B, C]. The 了 marks a completed visit with its list. */
export function extractVisits(article: Article): ListedItem[] {
  return collect(article, (text) => {
    const found = objectAfter(text, VISIT_VERB);
    if (!found) return undefined;
    const items = splitList(found.object).filter((item) => item.length >= 2 && item.length <= 40 && /\p{Script=Han}/u.test(item));
    return { verb: found.verb, items };
  });
}
