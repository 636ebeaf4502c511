/**
 * Words that carry no content for retrieval: question scaffolding in both languages.
 * Kept short on purpose: a word missing here costs a little ranking, a word wrongly here loses
 * a question.
 */
export const ENGLISH_STOPWORDS = new Set(
  `a an the of to in on at by for from with about into over after before during since as and or but if
  is are was were be been being am do does did done doing have has had having will would shall should can could may might must
  what which who whom whose when where why how this that these those there here it its it's they them their theirs he him his she her hers
  we us our you your i me my mine all any some each every no not than then so such too very just also only more most much many
  article text say according tell please me list name named give show describe explain mentioned mention
  s t d ll re ve m`.split(/\s+/),
);

export const CHINESE_STOPWORDS = new Set(
  `的 了 是 在 和 与 及 有 对 为 把 被 就 都 而 也 还 又 或 吗 呢 吧 啊 呀 么 哪 那 这 其 之 于 以 所 将 等 个 上 中 下 里
  什么 哪些 哪个 哪里 哪儿 怎么 怎样 如何 为何 为什么 多少 几 谁 是否 是不是 有没有 请问 请 一下 文中 文章 文 本文 报道 新闻 中说 时说 上说 里说 后说 前说 提到 讲 说 方面`.split(/\s+/),
);
