import { withoutTrailingClause } from '../language/english.js';
import type { Intent } from './types.js';

/** Asking who filed this very report (谁报道了这条新闻, who reported the story): the byline answers. */
export const ASKS_WHO_FILED = '谁(?:报道|采写|撰写)了?这|\\bwho reported (?:this|the) (?:article|report|story|news)\\b';

/**
 * "What does X do?", "what does X work as?": someone's work, asked in English of a named subject in the
 * present ("what did X do" asks a deed; "what does the bureau do", "what do residents need to do"
 * ask no post).
 */
const ASKS_WHAT_ONE_DOES = [
  "\\bwhat (?:does|do|did) (?!(?:the|a|an|this|that|it|they)\\b)[a-z'’.-]+(?: [a-z'’.-]+){0,3} work as\\b",
  "\\bwhat (?:does|do) (?!(?:the|a|an|this|that|these|those|its|their|our|your|they|it|you|we|i|people|one)\\b)[a-z'’.-]+(?: [a-z'’.-]+){0,3}(?<!\\bto) do\\s*\\??\\s*$",
].join('|');

/**
 * Cue patterns per intent, in both languages, tried in this order: the first that matches wins.
 * The order settles overlaps: "how many sites did they visit" is a count before it is a visit,
 * "at which meeting did X speak" a place before a statement. 哪些人 asks who was there when it ends
 * the question or goes on with being there (哪些人陪同); 哪些人可以免费乘坐 asks whom a rule covers, as
 * "who can visit for free" does.
 */
/**
 * Chinese words that ask what someone is (职业, 做什么的, 做什么工作): one list for this intent's cue
 * and for finding whom the question asks about (respond/described.ts).
 */
export const WHAT_PERSON_IS_ZH = ['职业', '身份', '做什么的', '干什么的', '什么人', '从事什么', '做什么工作', '干什么工作', '什么岗位', '什么职位', '职位是什么'];

const CUES: readonly [Intent, RegExp][] = [
  ['count', /第几|几(?:家|个|项|名|位|人|次|所|座|条|场|届|处|天|年|份|件|种|类)|多少|数量|how many|how much|number of/u],
  ['when', /哪天|哪一天|什么时候|何时|几月|几号|哪年|哪一年|什么时间|啥时候|日期|\bwhen\b|what date|what day|which day|what year|what time|since when/u],
  ['where', /什么场合|什么地方(?!.*(?:考察|参观|调研|去))|(?<!去了?|到了?)哪里(?!.*(?:考察|参观|调研))|哪儿|在哪|地点|场合|哪个会|什么会上|\bwhere\b(?!.*\b(?:visit|tour|go|went|travel))|\bwhich (?:country|city|province|state|region|county|town|district|village)\b(?!.*\b(?:visit|visited|tour|toured|went|go)\b)|which meeting|what meeting|which event|what event|what occasion|\bvenue\b|\blocation\b/u],
  ['summary', /标题|题目|title of (?:the|this) (?:article|story|report|piece)|\bheadline|主要(?:讲|内容|说|报道)|文章.*(?:讲|说)了什么|概括|总结一下|摘要|大意|梗概|(?:此行|这次|本次|访问|考察|调研|来访|出访|会见|会谈|座谈|会议)的?(?:主要)?目的|\bsummar|what(?: is|'s) (?:this|the) (?:article|story|news|piece|report) (?:(?:mainly|mostly|chiefly|basically|really) )?about|\b(?:mainly|mostly) about\b|\bmain points?\b|\bgist\b|\boverview\b|tl;?dr|purpose of (?:the|this|their|his|her|its) (?:[a-z'’]+ ){0,2}(?:trip|visit|tour|delegation|meeting|talks|event|article|report|story)|\bin short\b|\bkey points\b|in (?:one|a single|a) (?:line|sentence)|in a nutshell|what(?: is|'s) the (?:news|story)(?: here)?\??$/u],
  ['agreements', /协议|签署|签订|签了|签约|备忘录|合同|agreement|\bsign(?:ed|ing|s)?\b|\bdeals?\b|memorand|treat(?:y|ies)|contracts?|\bpacts?\b/u],
  // People who went along (which officials went along with the governor on the tour): who was there, not where.
  ['attendees', /\b(?:which|what)\s+(?:[a-z]+\s+)?(?:officials|leaders|ministers|people|executives|delegates)\b.*\b(?:went along|accompan\w*|joined)\b/u],
  ['visits', /考察了|参观|调研了|走访|去了|去过|去.*吗|到访|考察(?:了)?哪|哪些地方|(?<!\bwho (?:can|could|may|must|will|is allowed to|are allowed to) )\b(?:visit|tour)|went to|\bgo to|\bstops?\b|\bsites?\b|places? (?:did|were|was)/u],
  ['attendees', /参加|出席|与会|参会|在场|哪些领导|哪些人(?=[？?。\s]*$|陪同|随同|一同|到场)|有谁|都有谁|谁.*座谈|领导有|attend|participant|present at|who (?:was|were) (?:at|there|present)|represent|took part|take part|officials|delegates|who met|\bmeet|who was there|who joined/u],
  ['role', new RegExp(`记者是谁|作者|谁写的|哪位\\S{0,4}是|是哪位(?:领导|官员)?(?=[？?。\\s]*$)|${ASKS_WHO_FILED}|撰稿|哪家媒体|什么媒体|哪个媒体|通讯社|电稿|发稿|news agency|which (?:agency|outlet)|who wrote|\\bauthors?\\b|\\breporters?\\b|\\bjournalists?\\b|\\bbyline\\b|什么职务|职务|职位|什么官|担任|${WHAT_PERSON_IS_ZH.join('|')}|\\boccupation\\b|\\bprofession\\b|for a living|${ASKS_WHAT_ONE_DOES}|叫什么名字|是谁|谁是|谁担任|\\bposition|\\bpost\\b|\\btitles?\\b|\\brole\\b|\\bjob\\b|\\bwho(?: is|'s| are| was| were)\\b(?! [a-z]+ing\\b)|who chairs|who heads|who leads|who runs|\\bname of\\b|\\bname\\b|\\bwhat(?: is|'s| was| are| were)\\b.{1,60}\\bcalled\\b|名字`, 'u')],
  ['said', /说了什么|讲了什么|讲了哪些|说了哪些|说了|讲话|发言|表示|指出|强调|要求|谈到|提到|介绍了|感谢|希望|提出|怎么说|看法|态度|\bsa(?:y|ys|id)\b|stress|emphasi|\burge|call(?:ed|s)? for|\bwants?\b|demand|require|\bask|thank|mention|\bspeak|\bspoke|speech|remark|comment|propos|\bhope/u],
];

/** The intent a question's wording asks for, before looking at who or what it is about. */
export function classifyIntent(text: string): Intent {
  const lower = text.toLowerCase();
  const command = /^\/(\w+)/u.exec(lower.trim());
  if (command) {
    const named = CUES.find(([intent]) => intent === command[1]);
    if (named) return named[0];
  }
  const asked = withoutTrailingClause(lower);
  for (const [intent, cue] of CUES) if (cue.test(asked)) return intent;
  return 'topic';
}

/** Chinese words that only carry a question's intent, never its topic; they search with little weight. */
export const CUE_WORDS = new Set(
  `职务 职位 身份 职业 名字 叫 担任 时候 时间 日期 哪天 地方 场合 地点 哪里 内容 情况 具体 主要 问题 什么样 怎么做 怎样 做 讲话 发言 说 讲 谈到 提到 表示
  哪些 什么 几 多少 谁 哪位 领导 有 吗 了 呢 介绍 是 做了 相关 方面 背景 下 提出 强调 指出 要求 认为 说了 讲了 谈 谈了
  媒体 通讯社 电稿 发稿 稿子`.split(/\s+/),
);

/** English words that only carry intent. */
export const ENGLISH_CUE_WORDS = new Set(
  `who whom what when where which how many much position post title role job occupation profession living say said says stress stressed emphasize emphasise
  emphasized urge urged call called want wants wanted demand ask asked mention mentioned speak spoke speech remark comment
  summary summarize summarise purpose main point points gist overview attend attended attending participant participants
  present official officials list every named including include happen happened done according since date day time year
  meeting event occasion venue location place places site sites visit visited tour toured go went`.split(/\s+/),
);
