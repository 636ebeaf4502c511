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
  /** The library's store cannot be reached for now (its database restarting); nothing was changed. */
  unavailable: string;
  restarting: string;
  helpTitle: string;
  helpMention: string;
  bareMention: string;
  noSuchArticle: string;
  serverOnly: string;
  loadingDisabled: string;
  needsPermission: (permission: string) => string;
  loadNeedsOne: string;
  loaded: (title: string, paragraphs: number) => string;
  alreadyLoaded: (title: string) => string;
  loadRefused: (reason: string) => string;
  articlesTitle: string;
  shared: string;
  loadedBy: (who: string, when: string) => string;
  removed: (title: string) => string;
  cannotRemoveSeed: string;
  useSet: (title: string) => string;
  useCleared: string;
  sourceButton: string;
  sourceTitle: string;
  thanksUp: string;
  thanksDown: string;
  answerExpired: string;
  /** The 👎 modal: its title (at most 45 characters), its one field's label (45), and the thanks after it. */
  feedbackTitle: string;
  feedbackNoteLabel: string;
  thanksNote: string;
  settingsTitle: string;
  settingsLine: (language: string, threads: boolean, visibility: string) => string;
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
  unavailable: "The article library is temporarily unavailable, so nothing was changed. Please try again in a minute.",
  restarting: 'The bot is restarting. Please try again in a moment.',
  helpTitle: 'Ask me about the article',
  helpMention: 'Or mention me with a question, or send me a direct message.',
  bareMention: 'Ask me about the article: put your question after the mention, or use /ask. /help lists everything.',
  noSuchArticle: "That article is not in this server's library: pick one from the list (/articles).",
  serverOnly: 'This works in a server, not in direct messages.',
  loadingDisabled: 'Loading articles is not enabled on this bot.',
  needsPermission: (permission) => `Only members with ${permission} can do this.`,
  loadNeedsOne: 'Give a url: or a file:, one of the two.',
  loaded: (title, paragraphs) => `Loaded “${title}” (${paragraphs} paragraphs). Ask about it with /ask.`,
  alreadyLoaded: (title) => `“${title}” is already in this server's library.`,
  loadRefused: (reason) => `Could not load that: ${reason}`,
  articlesTitle: 'Articles',
  shared: 'shared',
  loadedBy: (who, when) => `loaded by ${who}, ${when}`,
  removed: (title) => `Removed “${title}”.`,
  cannotRemoveSeed: "That is a shared article; it can only be removed from the bot's seeds folder.",
  useSet: (title) => `Questions in this channel are now about “${title}” unless another article is chosen.`,
  useCleared: 'Questions in this channel are again answered from whichever article answers best.',
  sourceButton: '¶ Source',
  sourceTitle: 'Cited paragraphs',
  thanksUp: 'Thanks — glad it helped.',
  thanksDown: 'Thanks — noted. The question goes on the list of answers to improve.',
  answerExpired: 'That answer is too old to rate now. Please ask again.',
  feedbackTitle: 'What was wrong?',
  feedbackNoteLabel: 'Tell us (optional)',
  thanksNote: 'Thanks — noted with your vote. The question goes on the list of answers to improve.',
  settingsTitle: 'Settings for this server',
  settingsLine: (language, threads, visibility) =>
    `Answer language: ${language === 'auto' ? "the question's" : language === 'zh' ? 'Chinese' : 'English'}\nMentions answered in a new thread: ${threads ? 'on' : 'off'}\n/ask answers: ${visibility === 'public' ? 'public' : 'only for the asker'}`,
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
  unavailable: '文库暂时无法使用，没有做任何更改。请过一分钟再试。',
  restarting: '机器人正在重启，请稍后再试。',
  helpTitle: '向我提问这篇文章',
  helpMention: '也可以在频道里@我提问，或者私信我。',
  bareMention: '在@我之后写上关于文章的问题，或者使用 /ask。/help 列出所有命令。',
  noSuchArticle: '本服务器的文库里没有这篇文章，请从列表中选择（/articles）。',
  serverOnly: '这个命令只能在服务器里使用，不能在私信里使用。',
  loadingDisabled: '这个机器人没有开启载入文章的功能。',
  needsPermission: (permission) => `只有拥有“${permission}”权限的成员才能这样做。`,
  loadNeedsOne: '请提供 url: 或 file: 其中之一。',
  loaded: (title, paragraphs) => `已载入《${title}》（${paragraphs}段）。用 /ask 提问。`,
  alreadyLoaded: (title) => `《${title}》已经在本服务器的文库里了。`,
  loadRefused: (reason) => `无法载入：${reason}`,
  articlesTitle: '文章列表',
  shared: '共享',
  loadedBy: (who, when) => `由 ${who} 于 ${when} 载入`,
  removed: (title) => `已删除《${title}》。`,
  cannotRemoveSeed: '这是共享文章，只能从机器人的 seeds 文件夹中删除。',
  useSet: (title) => `本频道的问题现在默认针对《${title}》，除非另选文章。`,
  useCleared: '本频道的问题恢复为自动选择最合适的文章。',
  sourceButton: '¶ 出处',
  sourceTitle: '引用的段落',
  thanksUp: '谢谢，很高兴能帮上忙。',
  thanksDown: '谢谢，已记下。这个问题会列入待改进的回答。',
  answerExpired: '这个回答太久了，无法再评价。请重新提问。',
  feedbackTitle: '哪里不对？',
  feedbackNoteLabel: '说说看（可不填）',
  thanksNote: '谢谢，你的说明已和评价一起记下。这个问题会列入待改进的回答。',
  settingsTitle: '本服务器的设置',
  settingsLine: (language, threads, visibility) =>
    `回答语言：${language === 'auto' ? '跟随问题' : language === 'zh' ? '中文' : '英文'}\n@我时在新话题串中回答：${threads ? '开' : '关'}\n/ask 的回答：${visibility === 'public' ? '所有人可见' : '仅提问者可见'}`,
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
