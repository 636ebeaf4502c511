import type { Lexicon } from '../language/cedict.js';
import { romanizeWord } from '../language/pinyin.js';
import { tagWords } from '../language/segmenter.js';

/**
 * The first sense that reads as a common word, cut to its head ("Jiangsu province, capital …" → "Jiangsu
 * province"). Senses naming one institution ("Renmin University of China", for 人大) or one work
 * come last: in a post, an abbreviation means the generic body.
 */
function shortSense(senses: readonly string[] | undefined): string | undefined {
  const heads = (senses ?? [])
    .map((s) => s.replace(/\s*\([^)]*\)|\s*\[[^\]]*\]/g, '').split(/[,;]\s/)[0]!.trim()).map((s) => s.replace(/^to /, ''))
    .filter((s) => s.length > 0 && s.length <= 40);
  const institution = (s: string) => /\b(?:University|College|Company|Bank|Party of)\b/.test(s);
  // …and so do titles of works ("the Great Learning", one of the Four Books, for 大学): 某某大学 is a university.
  const work = (s: string) => /^the [A-Z]/.test(s);
  return heads.find((s) => !institution(s) && !work(s)) ?? heads[0];
}

/**
 * An English gloss of a post or term, word by word from the dictionary, longest words first:
 * 省委常委、副省长 → "provincial Party committee standing committee, deputy governor of a province".
 * Places the dictionary lacks are romanised; what it cannot gloss it leaves out.
 */
export function glossChinese(text: string, lexicon: Lexicon): string | undefined {
  const parts: string[] = [];
  for (const segment of text.split(/[、，,]/u)) {
    // A name jieba reads whole (夹金山, a mountain) that the dictionary lacks is romanised whole: glossed
    // by its parts it was another place (金山 → "Jinshan suburban district of Shanghai"), its 夹 left out.
    const tokens = tagWords(segment);
    if (tokens.length === 1 && /^n[rst]/u.test(tokens[0]!.tag) && [...segment].length >= 2 && !lexicon.has(segment) && /^\p{Script=Han}+$/u.test(segment)) {
      parts.push(romanizeWord(segment));
      continue;
    }
    const words: string[] = [];
    let unknown = '';
    // Characters the dictionary has no word for are usually a name: romanised, as a reader would say it.
    const flush = () => {
      if (unknown.length >= 2) words.push(romanizeWord(unknown));
      unknown = '';
    };
    for (let i = 0; i < segment.length; ) {
      let matched = 0;
      for (let n = Math.min(6, segment.length - i); n >= 2; n--) {
        const sense = shortSense(lexicon.get(segment.slice(i, i + n)));
        if (sense) {
          flush();
          words.push(sense);
          matched = n;
          break;
        }
      }
      if (!matched) {
        const char = segment.charAt(i);
        const single = char === '副' ? 'deputy' : char === '省' ? 'provincial' : char === '市' ? 'municipal' : undefined;
        if (single) {
          flush();
          words.push(single);
        } else if (/\p{Script=Han}/u.test(char)) unknown += char;
        matched = 1;
      }
      i += matched;
    }
    flush();
    if (words.length > 0) parts.push(words.join(' '));
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

