/**
 * Hostile and odd questions, shared by the engine-level and the bot-level tables. `expect` is what a
 * user should see: a refusal (a short clear message), an answer from the article (optionally in a
 * given language or containing some text), or `any` sensible reply (an answer or a brief "not said").
 */
export interface HostileCase {
  name: string;
  input: string;
  expect: 'refuse' | 'answer' | 'any';
  /** For answers: the language the reply is in. */
  language?: 'zh' | 'en';
}

const ID = '123456789012345678';

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'empty', input: '', expect: 'refuse' },
  { name: 'spaces only', input: '     ', expect: 'refuse' },
  { name: 'newlines and tabs only', input: '\n\t\r\n\u3000', expect: 'refuse' },
  { name: '10,000 Latin letters', input: 'a'.repeat(10_000), expect: 'refuse' },
  { name: '10,000 Chinese characters', input: '谁'.repeat(10_000), expect: 'refuse' },
  { name: 'one character over the limit', input: '谁参加了座谈会？'.repeat(38).slice(0, 301), expect: 'refuse' },
  { name: 'exactly at the limit, one long word', input: 'A'.repeat(300), expect: 'any' },
  { name: 'emoji only', input: '🙂🎉🔥', expect: 'any' },
  { name: 'ZWJ family emoji and flags', input: '👨‍👩‍👧‍👦🇨🇳🏳️‍🌈', expect: 'any' },
  { name: 'zalgo English', input: 'W̸̡̛̖h̷̰͝o̴̜̊ ̶a̵̗͐t̸͖̓t̷̢̏e̶̺͝n̵̟̈d̸̪̈́e̷͚̍d̶̰̈́ ̸̧̛t̷h̸e̷ ̶m̸e̶e̷t̴i̵n̶g̸?̷', expect: 'answer', language: 'en' },
  { name: 'zalgo Chinese', input: '谁̸̡̛参̷̰͝加̴̜̊了̶座̵̗͐谈̸͖̓会̷̢̏？', expect: 'answer', language: 'zh' },
  { name: 'zero-width characters inside a question', input: '谁\u200b参\u200c加\u200d了\u2060座谈会\ufeff？', expect: 'answer', language: 'zh' },
  { name: 'zero-width characters only', input: '\u200b\u200c\u200d\u2060\ufeff', expect: 'refuse' },
  { name: 'right-to-left override', input: '\u202eWho attended the meeting?\u202c', expect: 'answer', language: 'en' },
  { name: 'bidi isolates around words', input: '\u2066签署了\u2069\u2067哪些协议\u2069？', expect: 'answer', language: 'zh' },
  { name: 'NUL and bell inside a question', input: '谁参加了\u0000座谈会\u0007？', expect: 'answer', language: 'zh' },
  { name: 'control characters only', input: '\u0000\u0001\u0002\u001f\u007f', expect: 'refuse' },
  { name: 'ANSI colour escapes', input: '\u001b[31mWho attended?\u001b[0m', expect: 'answer', language: 'en' },
  { name: 'Markdown bold, underline, strike', input: '**谁**参加了 __座谈会__ ~~？~~', expect: 'answer', language: 'zh' },
  { name: 'code fence', input: '```js\nconsole.log("谁参加了座谈会？")\n```', expect: 'any' },
  { name: 'inline code and spoiler', input: '`签署了` ||哪些协议||？', expect: 'answer', language: 'zh' },
  { name: 'heading, quote, list and subtext lines', input: '# 谁\n> 参加了\n- 座谈会\n-# ？', expect: 'any' },
  { name: 'masked link', input: '[Who attended?](https://evil.example/phish)', expect: 'any' },
  { name: '@everyone', input: '@everyone 谁参加了座谈会？', expect: 'answer', language: 'zh' },
  { name: '@here', input: '@here who attended the meeting?', expect: 'answer', language: 'en' },
  { name: '@everyone alone', input: '@everyone', expect: 'any' },
  { name: 'user mention', input: `<@${ID}> 谁参加了座谈会？`, expect: 'answer', language: 'zh' },
  { name: 'nickname mention alone', input: `<@!${ID}>`, expect: 'any' },
  { name: 'role mention', input: `<@&${ID}> what agreements were signed?`, expect: 'answer', language: 'en' },
  { name: 'channel mention', input: `<#${ID}> 考察了哪些地方？`, expect: 'answer', language: 'zh' },
  { name: 'timestamp, custom emoji and slash-command mention', input: `<t:1700000000:R> <:pepe:${ID}> </ask:${ID}>`, expect: 'any' },
  { name: 'look-alike full-width @everyone', input: '＠everyone ＠here', expect: 'any' },
  { name: 'URL with a question', input: 'https://example.com/a?b=1&c=<@1> 谁参加了座谈会？', expect: 'answer', language: 'zh' },
  { name: 'discord.gg invite', input: 'discord.gg/abcdef join us! https://discord.gg/xyz', expect: 'any' },
  { name: 'HTML script tag', input: '<script>alert(1)</script>谁参加了座谈会？', expect: 'answer', language: 'zh' },
  { name: 'HTML image with onerror', input: '<img src=x onerror=alert(document.cookie)>', expect: 'any' },
  { name: 'javascript: URL', input: 'javascript:alert(1)//who attended?', expect: 'any' },
  { name: 'SQL injection', input: "'; DROP TABLE articles; --", expect: 'any' },
  { name: 'SQL tautology', input: "1' OR '1'='1", expect: 'any' },
  { name: 'template and format strings', input: '${process.env.DISCORD_TOKEN} %s %n {{7*7}}', expect: 'any' },
  { name: 'full-width ASCII English', input: 'Ｗｈｏ ａｔｔｅｎｄｅｄ ｔｈｅ ｍｅｅｔｉｎｇ？', expect: 'answer', language: 'en' },
  { name: 'full-width digits', input: '第２段说了什么？', expect: 'any' },
  { name: 'mixed scripts', input: 'Who 参加了 the 座谈会?', expect: 'answer' },
  { name: 'traditional Chinese (attendees)', input: '誰參加了座談會？', expect: 'answer', language: 'zh' },
  { name: 'traditional Chinese (agreements)', input: '簽署了哪些協議？', expect: 'answer', language: 'zh' },
  { name: 'pinyin with tone marks', input: 'Shéi cānjiāle zuòtánhuì?', expect: 'answer', language: 'zh' },
  { name: 'Russian', input: 'Кто присутствовал на встрече?', expect: 'any' },
  { name: 'Arabic', input: 'من حضر الاجتماع؟', expect: 'any' },
  { name: 'Japanese', input: '会議に参加したのは誰ですか？', expect: 'any' },
  { name: 'backslashes and escapes', input: '\\*\\_\\` C:\\Windows\\ \\n 谁参加了座谈会？', expect: 'answer', language: 'zh' },
  { name: 'lone surrogate', input: '\ud800谁参加了座谈会？\udfff', expect: 'answer', language: 'zh' },
  { name: 'question marks only', input: '？？？???', expect: 'any' },
  { name: 'newline-smuggled mention and heading', input: '谁参加了\n\n# @everyone\n> 座谈会？', expect: 'answer', language: 'zh' },
  { name: 'mentions split by zero-width spaces', input: '@\u200beveryone <\u200b@123456789012345678>', expect: 'any' },
  { name: 'mentions split by zero-width spaces, then a question', input: '@\u200beveryone <\u200b@123456789012345678> 谁参加了座谈会？', expect: 'answer', language: 'zh' },
  { name: 'SQL injection around a question', input: "'; DROP TABLE articles; -- 签署了哪些协议", expect: 'answer', language: 'zh' },
  { name: 'code fence around a question', input: '```\n谁参加了座谈会？\n```', expect: 'answer', language: 'zh' },
];
