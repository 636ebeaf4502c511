/**
 * Words written two ways for one meaning, each group standing for all of its words: a question in
 * one wording means the article's other. Seventeen kinds only, all closed lists:
 * - kin: the written word news uses (父亲) and the spoken one its quotations use (爸爸) — a question
 *   asking "儿子是怎么说母亲的" means the son's "她就是我的妈妈" too;
 * - another name: "X的别名是什么" is answered where the article writes 又名 or 俗称;
 * - the present: a question's 现在 or 目前 is the article's 现任 or 现为 — "他现在的职务是什么" is
 *   answered where a biography writes "现任…";
 * - birth: a question's 出生 is a biography's 生于 (某某生于1970年), and the other way round;
 * - in all: a question's 总共 is the article's 合共 or 共计 before the sum (合共约386万元);
 * - prison: a question's 坐牢 is a court report's 监禁 or 入狱 (判处监禁3年);
 * - death: a question's 遇难 is an accident report's 死亡 or 身亡 (造成3人死亡);
 * - dying of age or illness: a question's 去世 is an obituary's 逝世 or 病逝;
 * - missing: a question's 下落不明 is a disaster report's 失联 or 失踪 (仍有3人失联);
 * - this year: a question's 今年 is a report's 年内 or 本年 (将在年内新设4家);
 * - an end: a question's 截止 is a notice's 截至 or 有效期至 (有效期至6月30日);
 * - the spoken word for a written one: a question's 钟头 is the article's 小时, its 老总 a 总经理,
 *   its 开始卖 an 开售, its 卖出去 a 销售, its 一整天 a 全天, its 警察 the 警方 or 公安 and its 抓到 an 抓获,
 *   its 坐车 a 乘车, its 厂子 a 工厂, its 庄稼 the 农作物, its 工地 a 施工现场, its 小轿车 a 小型车 (as tolls class it);
 * - the one before: a question's 上一任 is the article's 前任 (前任主教练某某);
 * - Taiwan's and Hong Kong's word for the mainland's: 震央 is 震中;
 * - the first and the last train: a question's 头班车 is a timetable's 首趟 or 首班车, its 末班车 a 末趟;
 * - moving people out of danger: a question's 疏散 is a disaster report's 转移 or 撤离;
 * - a show: a question's 表演 is the report's 演出.
 * Words of two characters or more only: 爹, 娘 and 儿 alone are parts of too many other words
 * (姑娘, 儿童).
 */
/** Words that give another name: every name the article lists after one is an answer to "又称什么". */
export const ANOTHER_NAME: readonly string[] = ['别名', '别称', '又名', '又称', '或称', '俗名', '俗称', '也称', '亦称', '又叫', '也叫', '外号', '绰号', '称为', '称作', '称之为', '叫做'];

/** The present: a question's 现在 is a biography's 现任. */
const PRESENT: readonly string[] = ['现任', '现为', '现在', '现今', '目前'];

const GROUPS: readonly (readonly string[])[] = [
  ['父亲', '爸爸', '老爸'],
  ['母亲', '妈妈', '老妈'],
  ['丈夫', '老公'],
  ['妻子', '老婆', '太太', '爱人'],
  ['祖父', '爷爷'],
  ['祖母', '奶奶'],
  ['外祖父', '外公', '姥爷'],
  ['外祖母', '外婆', '姥姥'],
  ['女儿', '闺女'],
  ['子女', '孩子', '儿女'],
  ANOTHER_NAME,
  PRESENT,
  ['出生', '生于', '诞生'],
  ['总共', '一共', '合共', '共计', '总计', '合计'],
  ['坐牢', '入狱', '监禁', '服刑'],
  ['遇难', '死亡', '身亡', '罹难', '丧生', '殒命'],
  ['去世', '逝世', '病逝', '离世', '辞世', '过世', '谢世'],
  ['失联', '失踪', '下落不明'],
  ['今年', '本年', '年内', '本年度'],
  ['截止', '截至', '有效期至', '到期'],
  ['小时', '钟头'],
  ['总经理', '老总'],
  ['前任', '上一任'],
  ['震中', '震央'],
  ['开售', '发售', '开卖', '开始卖', '开始销售', '开始发售'],
  ['销售', '售出', '出售', '卖出', '卖出去', '卖掉'],
  ['全天', '一整天', '整天'],
  ['警方', '民警', '公安', '警察'],
  ['抓获', '抓到', '抓住'],
  ['首班车', '头班车', '首趟', '首班'],
  ['末班车', '尾班车', '末趟', '末班'],
  ['疏散', '撤离', '转移'],
  ['表演', '演出'],
  ['乘车', '坐车', '搭车'],
  ['工厂', '厂子'],
  ['农作物', '庄稼'],
  ['施工现场', '工地'],
  ['小型车', '小轿车', '小汽车'],
];


const OTHERS = new Map<string, readonly string[]>(GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)] as const)));

const NONE: readonly string[] = [];

/** The other words of the same meaning (父亲 → 爸爸, 老爸; 别名 → 又名…), none for any other word. */
export function sameWords(word: string): readonly string[] {
  return OTHERS.get(word) ?? NONE;
}

/** The other ways of writing every group word the text writes (the text in its folded form). */
export function sameWordsIn(text: string): string[] {
  return [...OTHERS].filter(([word]) => text.includes(word)).flatMap(([, others]) => others);
}

/** Whether the text asks for (or gives) another name of something: 别名, 又称, 被称为. */
export function writesAnotherName(text: string): boolean {
  return ANOTHER_NAME.some((word) => text.includes(word));
}

/**
 * Every group word a question may be reworded from, the longest first (上一任 before 前任): not the
 * present's (现在 is an adverb of time as often: 现在有多少人) nor the other names' (they ask).
 */
const REWORDABLE = GROUPS.filter((group) => group !== ANOTHER_NAME && group !== PRESENT)
  .flat()
  .sort((a, b) => b.length - a.length);

/**
 * A question in the article's words: each word of a group the article never writes, put as the
 * first word of its group the article does (钟头 → 小时, 老总 → 总经理, 震央 → 震中), so the question
 * is read, aligned and looked for as the article words it, and 第一 as the 首 it writes before the
 * thing (首小时). A word the article writes stays.
 */
export function inArticleWords(question: string, written: (word: string) => boolean): string {
  let text = question;
  for (const word of REWORDABLE) {
    if (!text.includes(word) || written(word)) continue;
    const way = sameWords(word).find(written);
    if (way !== undefined) text = text.split(word).join(way);
  }
  // 第一个小时 as 首小时, 第一次 as 首次, 第一批 as 首批: news writes "the first" 首 before the thing.
  // 一斤多少钱 as 每斤: a price asked of one unit is the article's price per unit.
  return text
    .replace(FIRST_OF, (whole, thing: string) => (!written(whole) && written(`首${thing}`) ? `首${thing}` : whole))
    .replace(ONE_UNIT_PRICED, (whole, unit: string) => (!written(whole) && written(`每${unit}`) ? `每${unit}` : whole));
}

/** One unit of goods whose price a question asks (一斤…多少钱, 一公斤的价格): the article's 每斤. */
const ONE_UNIT_PRICED = /一(斤|公斤|千克|吨|袋|瓶|盒|箱|平方米|亩|度|升)(?=[^，,。？?]{0,8}(?:多少钱|多少元|几块|几元|价))/gu;

/** 第一 (and its measure 个) right before a character that is not a figure: "the first" of a thing. */
const FIRST_OF = /第一个?(\p{Script=Han})/gu;
