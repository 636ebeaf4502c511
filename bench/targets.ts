import type { ScaleRow } from './scale.js';
import type { SideRow } from './side.js';
import { figure } from './table.js';
import type { ScaleResult } from './table.js';

/** One target from the issue, judged on a figure this run measured (or marked not measured). */
export interface Verdict {
  target: string;
  figure: string;
  status: 'met' | 'missed' | 'not measured';
}

function judge(target: string, value: number | undefined, limit: number, unit: string, higherIsBetter = false): Verdict {
  if (value === undefined || !Number.isFinite(value)) return { target, figure: '—', status: 'not measured' };
  const ok = higherIsBetter ? value >= limit : value <= limit;
  return { target, figure: `${figure(value)} ${unit}`.trim(), status: ok ? 'met' : 'missed' };
}

const measured = (r: ScaleResult | undefined): ScaleRow | undefined => (r && !('missing' in r) ? r : undefined);

/**
 * The targets. Memory is judged on the peak (the kernel's high-water mark), the stricter of
 * the two memory figures; "far above every peer" is read as at least 0.25 above the best peer's
 * correct rate, and per-answer cost as wenda's query p50 against lunr-zh's.
 */
export function verdicts(side: readonly SideRow[], scale: readonly ScaleResult[], benchSeconds?: number): Verdict[] {
  const wenda = side.find((r) => r.system === 'wenda');
  const lunr = side.find((r) => r.system === 'lunr-zh');
  const peers = side.filter((r) => r.system !== 'wenda');
  const bestPeer = peers.length ? Math.max(...peers.map((r) => r.quality.correct)) : undefined;
  const one = measured(scale.find((r) => r.size === 1));
  const big = measured(scale.find((r) => r.size === 10_000));
  const thousand = measured(scale.find((r) => r.size === 1_000));
  const list: Verdict[] = [
    judge('query p99 ≤ 2 ms, one article', wenda?.queryP99.median ?? one?.queryP99?.median, 2, 'ms'),
    // The general reader's issue: per answer p50 ≤ 1 ms and p99 ≤ 5 ms with one article.
    judge('query p50 ≤ 1 ms, one article (reader)', wenda?.queryP50.median ?? one?.queryP50?.median, 1, 'ms'),
    judge('query p99 ≤ 5 ms, one article (reader)', wenda?.queryP99.median ?? one?.queryP99?.median, 5, 'ms'),
    judge('query p99 ≤ 25 ms, 10,000 articles', big?.queryP99?.median, 25, 'ms'),
    judge('cold start to first answer ≤ 1.0 s, one article', wenda?.coldMs?.median, 1000, 'ms'),
    judge('cold start to first answer ≤ 1.0 s, one article, English question', wenda?.coldEnglishMs?.median, 1000, 'ms'),
    judge('peak RSS ≤ 150 MB, one article', wenda?.peakMb?.median ?? one?.peakMb, 150, 'MB'),
    judge('peak RSS ≤ 2 GB, 10,000 articles', big?.peakMb, 2048, 'MB'),
    judge('build ≤ 60 s, 10,000 articles', big?.buildMs.median, 60_000, 'ms'),
    // The article library's issue (many articles per server), on real text.
    judge('peak RSS ≤ 1 GB, 10,000 articles (library)', big?.peakMb, 1024, 'MB'),
    judge('RSS ≤ 400 MB, 1,000 articles (library)', thousand?.rssMb, 400, 'MB'),
    // Up to 1,263 the corpus is the real articles as they are; past it, recombined paragraphs that
    // copy an answer's sentence word for word into other articles (reprints): both are judged.
    judge('right article ≥ 90%, public-set questions, 1,000 real articles (library)', thousand?.rightArticle && 100 * thousand.rightArticle.rate, 90, '%', true),
    judge('right article ≥ 90%, public-set questions among 10,000 with recombined reprints (library)', big?.rightArticle && 100 * big.rightArticle.rate, 90, '%', true),
    // A fresh process reading the stored articles and the knowledge snapshot the build wrote.
    judge('a restart to the first answer ≤ 3 s, 10,000 articles (library)', big?.restartMs, 3000, 'ms'),
  ];
  if (wenda && bestPeer !== undefined) {
    const v = judge('correct far above every peer (≥ best peer + 0.25)', wenda.quality.correct - bestPeer, 0.25, 'above the best peer', true);
    list.push({ ...v, figure: `${wenda.quality.correct.toFixed(2)} vs best peer ${bestPeer.toFixed(2)}` });
  } else list.push({ target: 'correct far above every peer', figure: '—', status: 'not measured' });
  if (wenda && lunr) {
    const ratio = wenda.queryP50.median / lunr.queryP50.median;
    const v = judge('per-answer cost ≤ 2× lunr-zh (query p50)', ratio, 2, '×');
    list.push({ ...v, figure: `${figure(ratio)}× (${figure(wenda.queryP50.median)} vs ${figure(lunr.queryP50.median)} ms)` });
  } else list.push({ target: 'per-answer cost ≤ 2× lunr-zh', figure: '—', status: 'not measured' });
  if (benchSeconds !== undefined) list.push(judge('`npm run bench` under 10 minutes', benchSeconds, 600, 's'));
  return list;
}
