import type { Language } from '../answer/types.js';

/**
 * Every word the bot itself says, in both languages it answers in. The article's words are
 * never translated here; these are only the frame around them.
 */
export interface Labels {
  question: string;
  facts: string;
  sources: string;
  notSaid: string;
  source: string;
  more: string;
  back: string;
  date: string;
  byline: string;
  paragraphs: string;
  paragraph: (n: number) => string;
  noSuchParagraph: (n: number, count: number) => string;
  noArticle: string;
  emptyQuestion: string;
  tooLong: (max: number) => string;
  slowDown: (seconds: number) => string;
  expired: string;
  failed: string;
  restarting: string;
  helpTitle: string;
  helpMention: string;
  bareMention: string;
}

const en: Labels = {
  question: 'Question',
  facts: 'Facts',
  sources: 'Sources',
  notSaid: "The article doesn't say.",
  source: 'Source',
  more: 'More',
  back: 'Back',
  date: 'Date',
  byline: 'Byline',
  paragraphs: 'Paragraphs',
  paragraph: (n) => `Paragraph ${n}`,
  noSuchParagraph: (n, count) => `There is no paragraph ${n}; the article has ${count}.`,
  noArticle: 'No article is loaded.',
  emptyQuestion: 'Please type a question.',
  tooLong: (max) => `Please keep the question under ${max} characters.`,
  slowDown: (s) => `Slow down a little — try again in ${s} s.`,
  expired: 'That answer has expired. Please ask again.',
  failed: 'Something went wrong answering that. Please try again.',
  restarting: 'The bot is restarting. Please try again in a moment.',
  helpTitle: 'Ask me about the article',
  helpMention: 'Or mention me with a question, or send me a direct message.',
  bareMention: 'Ask me about the article: put your question after the mention, or use /ask. /help lists everything.',
};

const zh: Labels = {
  question: '问题',
  facts: '要点',
  sources: '出处',
  notSaid: '文章没有提到。',
  source: '来源',
  more: '更多',
  back: '返回',
  date: '日期',
  byline: '作者',
  paragraphs: '段落数',
  paragraph: (n) => `第${n}段`,
  noSuchParagraph: (n, count) => `没有第${n}段；文章共${count}段。`,
  noArticle: '没有载入文章。',
  emptyQuestion: '请输入问题。',
  tooLong: (max) => `问题请不要超过${max}个字符。`,
  slowDown: (s) => `请稍等，${s}秒后再试。`,
  expired: '这个回答已过期，请重新提问。',
  failed: '回答时出了问题，请再试一次。',
  restarting: '机器人正在重启，请稍后再试。',
  helpTitle: '向我提问这篇文章',
  helpMention: '也可以在频道里@我提问，或者私信我。',
  bareMention: '在@我之后写上关于文章的问题，或者使用 /ask。/help 列出所有命令。',
};

export function labels(language: Language): Labels {
  return language === 'zh' ? zh : en;
}

/** Discord's client locale (e.g. "zh-CN", "zh-TW", "en-US") to the language the bot answers in. */
export function localeLanguage(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** For a message with no locale (a mention or DM before the engine has read it): both languages. */
export function bilingual(pick: (l: Labels) => string): string {
  return `${pick(en)} / ${pick(zh)}`;
}
