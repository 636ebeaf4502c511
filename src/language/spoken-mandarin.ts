/**
 * Spoken Mandarin in a typed question, in the written forms the question analysis and the articles
 * hold: 干嘛 and 干吗 ask what for (拿去干嘛了 → 拿去干什么了); 到目前为止, 迄今为止 and 截至目前
 * point at now, as 目前 does (a time word the refusal does not count as missing). Applied to questions
 * only, after they are simplified (normalize.ts); an article is not rewritten.
 */
const SPOKEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/干(?:嘛|吗)/gu, '干什么'],
  [/(?:到目前|迄今|到现在|到今天)为止|截至目前|截止目前/gu, '目前'],
];

/** Spoken Mandarin of a question, in the written forms (simplified). */
export function writtenFromSpoken(text: string): string {
  // Most questions hold none of these: one test spares them every rewrite.
  if (!/[嘛吗止截]/u.test(text)) return text;
  let out = text;
  for (const [pattern, written] of SPOKEN) out = out.replace(pattern, written);
  return out;
}
