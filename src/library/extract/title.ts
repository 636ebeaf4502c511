/**
 * Separators sites put between a headline and their own name: `_`, `|`, `｜`, `-`, and a spaced
 * en or em dash. A Chinese headline's own dash is the doubled `——` (`主题——副题`), which is never
 * a separator, so a lone dash counts only with spaces around it.
 */
const SEPARATOR = /\s*(?:[_|｜]|-|\s[–—]\s)\s*/g;

/**
 * Endings of a publisher's or a channel's name: `新华网`, `晨光新闻`, `国内新闻`, `自由時報`,
 * `财经频道`, `某某客户端`. Simplified and traditional forms both.
 */
const SITE_NAME_ENDING =
  /(?:网|網|网站|網站|新闻|新聞|频道|頻道|资讯|資訊|报|報|在线|在線|客户端|客戶端|官网|官網|电视台|電視台|门户|門戶)$/;
/** A host name (`news.example.com`) is a site's name however long it is. */
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|cn|net|org|hk|tw|mo|sg)$/i;

/** Site names are short; a longer tail is part of the headline even when it ends like one. */
const SITE_NAME_MAX_CHARS = 12;

/** At most this many names are cut off one title: `标题_国内新闻_新浪网` has two. */
const MAX_SUFFIXES = 3;

export interface StrippedTitle {
  title: string;
  /** The name cut first, the one at the very end: the site's own (`新浪网`, not `国内新闻`). */
  site?: string;
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

/**
 * A tail is clearly a site's name when it is the name the page declares, a host name, or a short
 * name with a publisher's ending that is also shorter than the headline left before it. The last
 * test keeps `栏目｜走进某某日报` whole (a column name before the bar leaves a head shorter than its
 * tail), at the price of a suffix left on a headline shorter than the site's name.
 */
function isSiteName(tail: string, head: string, knownSites: readonly string[]): boolean {
  if (tail === '' || head === '') return false;
  if (knownSites.some((site) => sameName(site, tail)) || DOMAIN.test(tail)) return true;
  return tail.length <= SITE_NAME_MAX_CHARS && tail.length < head.length && SITE_NAME_ENDING.test(tail);
}

/**
 * Cuts site names off the end of a page title (`标题 - 新华网`, `标题_国内新闻_新浪新闻`,
 * `標題 | 某某新聞網`), one separator at a time from the right, and only while what follows the
 * separator is clearly a site's name (see `isSiteName`): a headline that merely contains a `-` or a
 * `|` keeps it.
 */
export function stripSiteSuffix(title: string, knownSites: readonly string[] = []): StrippedTitle {
  let rest = title.trim();
  let site: string | undefined;
  for (let cut = 0; cut < MAX_SUFFIXES; cut += 1) {
    const separators = [...rest.matchAll(SEPARATOR)];
    const last = separators.at(-1);
    if (last === undefined) break;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length).trim();
    if (!isSiteName(tail, head, knownSites)) break;
    rest = head;
    site ??= tail;
  }
  return site === undefined ? { title: rest } : { title: rest, site };
}

export interface TitleSources {
  ogTitle?: string;
  /** `<h1>` texts that could be the headline, in page order. */
  headings: readonly string[];
  documentTitle?: string;
  /** Readability's choice: JSON-LD `headline`, other title metadata, or its reading of `<title>`. */
  readabilityTitle?: string;
  /** The site's name as its metadata declares it (`og:site_name`). */
  siteName?: string;
}

export interface ChosenTitle {
  title: string;
  /** The site name that the chosen title's or the `<title>`'s suffix gave, when one was cut. */
  site?: string;
}

function siteOf(site: string | undefined): { site?: string } {
  return site === undefined ? {} : { site };
}

/**
 * The headline, from the first source that has one, each with its site suffix cut:
 * 1. `og:title`: what the publisher wrote for sharing, independent of the page's layout;
 * 2. an `<h1>`: the headline as shown, preferring one that the `<title>` also contains, and never
 *    one that is only the site's name (old templates put the logo in an `<h1>`);
 * 3. `<title>`;
 * 4. Readability's title last: it reads the same metadata (JSON-LD `headline`, `og:title`,
 *    `twitter:title` …), so it adds a source only where the page lacks the three above, and its
 *    reading of `<title>` is tuned for English (it cuts only at spaced separators and counts words
 *    by spaces, and a Chinese title has few).
 */
export function chooseTitle(sources: TitleSources): ChosenTitle | undefined {
  const declared = sources.siteName === undefined ? [] : [sources.siteName];
  const page = stripSiteSuffix(sources.documentTitle ?? '', declared);
  const sites = page.site === undefined ? declared : [...declared, page.site];

  const og = stripSiteSuffix(sources.ogTitle ?? '', sites);
  if (og.title !== '') return { title: og.title, ...siteOf(og.site ?? page.site) };

  const headings = sources.headings
    .map((heading) => stripSiteSuffix(heading, sites).title)
    .filter((heading) => heading !== '' && !sites.some((site) => sameName(site, heading)));
  const heading = headings.find((text) => page.title.includes(text)) ?? headings[0];
  if (heading !== undefined) return { title: heading, ...siteOf(page.site) };

  if (page.title !== '') return { title: page.title, ...siteOf(page.site) };

  const readability = stripSiteSuffix(sources.readabilityTitle ?? '', sites);
  if (readability.title !== '') return { title: readability.title, ...siteOf(readability.site ?? page.site) };
  return undefined;
}
