/**
 * A reader in Hong Kong asks in Cantonese (被告坐咗幾耐監？, 佢喺邊間公司做咩？) about an article written
 * in standard written Chinese: the asking words and particles of Cantonese are written here in
 * their standard form, so the question analysis meets the words its tables hold (多少, 什么, 为什么)
 * and the article's own (在, 了). Only words that are Cantonese wherever they stand are rewritten,
 * or ones guarded against the Mandarin words that hold the same characters (重点解决 is no 点解).
 * Applied to questions only, after they are simplified (normalize.ts); an article is not rewritten.
 */
/** Characters that make a Mandarin word ending on 点 (重点, 要点, 特点) or count one (三点). */
const BEFORE_POINT = '(?<![重要观特焦难疑优缺亮热起终地试景站据节论网盲拐痛\\d一二两三四五六七八九十几])';
/** Characters that make 边 a side (旁边, 东边, 这边, 周边, 海边), not Cantonese's "which". */
const BEFORE_SIDE = '(?<![旁东西南北周两海这那身岸路河江湖里外上下前后左右一无半天床窗街桥耳手嘴])';

const CANTONESE: ReadonlyArray<readonly [RegExp, string]> = [
  // How many / how long / when.
  [/几多/gu, '多少'],
  [/几耐/gu, '多久'],
  // Why, how: not the end of a Mandarin word on 点 (重点, 要点, 特点) nor 点 + 解决/解释, 点 + 样本/样品.
  [new RegExp(`${BEFORE_POINT}点解(?![决释读析说剖码])`, 'gu'), '为什么'],
  [new RegExp(`${BEFORE_POINT}点样(?![本品])`, 'gu'), '怎样'],
  // Who, which, where: 边 + a measure word, not the 边 of a side (旁边, 东边, 这边, 周边, 海边).
  // 边个 alone is who (边个做嘅); before a noun it is which (边个政党, 边个区).
  [new RegExp(`${BEFORE_SIDE}边个(?=$|[\\p{P}\\s]|[是系嘅的话讲说做会去来有在喺负带同和与])`, 'gu'), '谁'],
  [new RegExp(`${BEFORE_SIDE}边个`, 'gu'), '哪个'],
  // 边度 and 边处 are where (哪里), not 哪度.
  [new RegExp(`${BEFORE_SIDE}边(?:度|处)`, 'gu'), '哪里'],
  [new RegExp(`${BEFORE_SIDE}边(?=[位间一只条张年日天队家所座种部本架次场区国省市])`, 'gu'), '哪'],
  // What.
  [/乜嘢|咩嘢|咩|乜/gu, '什么'],
  // Particles and verbs with one standard form: at, of, not, have not, he, them, some, give, now.
  [/喺/gu, '在'],
  // Given to someone: 交咗畀 is 交给了, not 交了给.
  [/咗[畀俾]/gu, '给了'],
  [/咗/gu, '了'],
  [/嘅/gu, '的'],
  [/唔/gu, '不'],
  [/冇/gu, '没有'],
  [/佢哋/gu, '他们'],
  [/佢/gu, '他'],
  [/啲/gu, '些'],
  [/俾|畀/gu, '给'],
  [/而家/gu, '现在'],
  // Inside: 入面 (屋苑入面, 车厢入面) is 里面.
  [/入面/gu, '里面'],
  // Come (嚟, of 落嚟, 返嚟); still (仲, before a verb or 有: not 仲裁 or 仲夏); can, know how to (识, after
  // 仲 or a negation: not 知识 or 认识).
  [/嚟/gu, '来'],
  [/仲(?=[有是会识要未可能在系])/gu, '还'],
  [/(?<=[还不都])识(?=\p{Script=Han})/gu, '会'],
  // Complements of direction: 剩返 is 剩下 (what is left), 攞返 and 搵返 get back (回); 拆落 takes down (下).
  [/剩返/gu, '剩下'],
  [/([攞搵拎交])返/gu, '$1回'],
  [/([拆除摘卸放])落/gu, '$1下'],
  [/琴日|寻日/gu, '昨天'],
  // Going back to school or work is going to it: 返学 is 上学, 返工 上班.
  [/返学/gu, '上学'],
  [/返工/gu, '上班'],
  [/听日/gu, '明天'],
  // Arrested: 被拉 (拉人, to arrest) is the written 被拘捕 — not Mandarin's 拉 of pulling (被拉长, 被拉开, 被拉下马).
  [/被拉(?![长开动入下上回走进出住到高低近远大小])/gu, '被拘捕'],
  // Prison: 坐监 is Cantonese for Mandarin's 坐牢 (same-words.ts meets the article's 监禁 from there).
  [/坐监/gu, '坐牢'],
  // That (嗰, which simplifying writes 𠮶); yes or no (是咪, of 係咪 once 係 is 是).
  [/[嗰𠮶]/gu, '那'],
  [/是咪/gu, '是不是'],
  // A measure alone before its noun is "the" (入唔到条村, 条路): not the 条 of a count (三条路) or of a word (便条).
  [/(^|[入去到过在出落是经住])条(?=[村路河街桥隧])/gu, '$1'],
  // The whole of it (成条村, 成间学校), opening a question or a clause.
  [/(^|[，,\s])成[条个间座](?=\p{Script=Han})/gu, '$1整个'],
  // An hour is 个钟 (一个钟, 几个钟), not a clock (钟头, 钟表, 钟楼); rain and snow 落, not 下.
  [/个钟(?![头表楼声点])/gu, '个小时'],
  [/落(了)?(多少|几多)?([雨雪])/gu, '下$1$2$3'],
  // Particles that end a Cantonese question and say nothing (㗎, 喎, 啫, 啩).
  [/[㗎喎啫啩]/gu, ''],
];

/**
 * Cantonese's copula 係, before simplifying writes it 系 (as 系统's): 是, except in 關係 (relation),
 * 干係 and 維係, where standard writing keeps it.
 */
export function cantoneseCopula(text: string): string {
  return text.includes('係') ? text.replace(/(?<![關关干幹維维联聯])係/gu, '是') : text;
}

/** Cantonese of written Hong Kong questions, in standard written Chinese (simplified). */
export function standardFromCantonese(text: string): string {
  // Most questions hold none of these characters: one test spares them every rewrite.
  if (!/[几点边咩乜喺咗嘅唔冇佢啲俾畀而琴寻听监嗰𠮶咪条成钟落㗎喎啫啩返拉嚟仲识入]/u.test(text)) return text;
  let out = text;
  for (const [pattern, standard] of CANTONESE) out = out.replace(pattern, standard);
  return out;
}
