import { temporaryFolder } from '../../support/cleanup.js';
import { FileArticleStore, type FileStoreOptions, type NewArticle } from '../../../src/library/store/index.js';

export const GUILD_A = '100000000000000001';
export const GUILD_B = '200000000000000002';
export const MEMBER = '300000000000000003';
export const OTHER_MEMBER = '400000000000000004';
export const CHANNEL = '500000000000000005';

/** A fresh data directory under the system's temporary directory, deleted after the test. */
export async function tempDataDir(): Promise<string> {
  return temporaryFolder('store');
}

/** A clock the test moves by hand; starts at a fixed morning so times in messages are known. */
export class FakeClock {
  time = Date.parse('2026-12-01T08:00:00.000Z');
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export function openStore(dataDir: string, options: Omit<FileStoreOptions, 'dataDir'> = {}): FileArticleStore {
  return new FileArticleStore({ dataDir, ...options });
}

/** Article number `n`: distinct text (so a distinct id) and a load time `n` minutes into the day. */
export function sampleArticle(n: number, overrides: { member?: string; rawHtml?: string } = {}): NewArticle {
  const title = `测试标题${n}`;
  const article: NewArticle = {
    articleFile: `${title}\n<p>　　第${n}段。今天开会了。</p>`,
    parsed: { title, paragraphs: [{ n: 1, text: `第${n}段。今天开会了。`, sentences: [`第${n}段。`, '今天开会了。'] }] },
    meta: {
      title,
      date: '12月1日',
      paragraphs: 1,
      source: {
        kind: 'url',
        value: `https://example.com/news/${n}.html`,
        loadedBy: overrides.member ?? MEMBER,
        loadedAt: new Date(Date.parse('2026-12-01T00:00:00.000Z') + n * 60_000).toISOString(),
      },
    },
  };
  if (overrides.rawHtml !== undefined) article.rawHtml = overrides.rawHtml;
  return article;
}
