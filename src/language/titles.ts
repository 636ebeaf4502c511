import { sameWords } from './same-words.js';
/**
 * Words that end an official's post in Chinese news (…书记, …市长, …主任). A person is a name that
 * follows one of these: the language tells who is who, not a list of people.
 */
export const POST_TITLES = [
  // Before 主任: a chief physician's calling, which 主任 alone would cut before its 医师.
  '主任医师', '副主任医师',
  '总书记', '副书记', '书记', '常务副省长', '副省长', '省长', '常务副市长', '副市长', '市长', '副县长', '县长', '副区长', '区长',
  '镇长', '乡长', '村长', '州长', '副主席', '主席', '副主任', '主任', '秘书长', '副秘书长', '副部长', '部长', '副局长', '局长',
  '副厅长', '厅长', '副处长', '处长', '科长', '副总理', '总理', '国务委员', '委员', '常委', '院长', '副院长', '校长', '副校长',
  '董事长', '副董事长', '总经理', '副总经理', '经理', '总裁', '副总裁', '总监', '会长', '副会长', '理事长', '社长', '台长',
  '行长', '副行长', '署长', '司长', '所长', '馆长', '团长', '队长', '司令员', '政委', '检察长', '庭长', '大使', '领事',
  '发言人', '主持人', '专员', '首席执行官', '执行官', '创始人', '负责人', '领导', '同志', '代表', '教授', '研究员', '记者',
  '主编', '总编辑', '编辑', '总统', '首相', '议长', '部长助理', '组长', '主管',
  '厂长', '站长', '园长', '店长', '船长', '舰长', '列车长', '警长', '指挥官', '策展人',
  // Callings and kin, which news writes before a name the same way (总设计师某某, 其女儿某某).
  '总设计师', '设计师', '工程师', '院士', '律师', '法官', '检察官', '医生', '医师', '护士', '教练', '机长', '飞行员', '专家',
  '学者', '作家', '导演', '演员', '运动员', '球员', '选手', '主播', '辩护人', '当事人', '发起人', '老师',
  '观察家', '分析师', '评论员', '经济学家', '科学家', '历史学家', '社会学家', '心理学家',
  '女儿', '儿子', '丈夫', '妻子', '父亲', '母亲', '哥哥', '姐姐', '弟弟', '妹妹', '舅舅', '叔叔', '伯伯', '姑姑', '阿姨',
  '爷爷', '奶奶', '外公', '外婆', '孙子', '孙女', '侄子', '外甥', '老乡', '同事', '邻居',
  // Company officers, which Chinese business news writes in Latin letters as often as in Chinese (CFO某某).
  '首席财务官', '首席技术官', '首席运营官', 'CEO', 'CFO', 'COO', 'CTO', 'CIO',
  // …and as Taiwan's business news writes them (财务长 for CFO, 执行长 for CEO).
  '执行长', '副执行长', '财务长', '营运长', '技术长', '资讯长', '法务长',
  // …and a listed company's secretary of the board, as its news shortens it (董秘某某).
  '董秘', '董事会秘书', '证券事务代表',
].sort((a, b) => b.length - a.length);

/** Posts that make a person a deputy: "the governor" is not the vice-governor. */
export const DEPUTY_MARK = /副|助理|常务/;

/** Posts that name a rank in a group rather than an office; they do not answer "what is X's post". */
export const GENERIC_POSTS = new Set(['领导', '同志', '代表', '负责人']);

/** A post that starts with a bare administrative unit (县委副书记) belongs to the place last named. */
export const BARE_UNIT = /^(?:省|市|自治区|县|区|州|镇|乡)/u;

/** Characters of a relation word that say nothing alone (子 of 妻子, 老 of 老师): too many other words hold them. */
const EMPTY_CHARACTERS = /[子儿老人长员家者]/gu;

/**
 * Whether a text writes a post, calling or kin (妻子) in any way: the word, its other wordings (老婆),
 * or a telling character of it, as an entry writes kin in one (其妻, 父某某, 师从). A word with no
 * telling character (儿子) is always taken as written: its absence cannot be told.
 */
export function writesRelation(noun: string, written: (text: string) => boolean): boolean {
  const telling = [...noun.replace(EMPTY_CHARACTERS, '')];
  return telling.length === 0 || written(noun) || sameWords(noun).some(written) || telling.some(written) || (SAID_OTHERWISE.get(noun) ?? []).some(written);
}

const MARRIED = ['娶', '嫁', '结婚', '婚后'];
const PARENT = ['其子', '之子', '其女', '之女', '长子', '次子', '幼子', '独子', '长女', '次女'];
const TAUGHT = ['师从', '拜', '弟子', '门下', '受教', '门生', '学生'];

/** A relation an entry says by the act or by its other side: 某甲娶了某乙, 某甲及其子某乙, 某乙师从某甲. */
const SAID_OTHERWISE = new Map<string, readonly string[]>([
  ['妻子', MARRIED],
  ['丈夫', MARRIED],
  ['父亲', PARENT],
  ['母亲', PARENT],
  ['老师', TAUGHT],
]);

/** What a question closes with when it asks who holds a relation or a post (…是谁, …叫什么). */
export const ASKS_WHO_HOLDS = '(?:是谁|叫什么|叫啥|是哪位|名叫|姓什么)';
const RELATION_ASKED = new RegExp(`的(\\p{Script=Han}{1,5}?)${ASKS_WHO_HOLDS}`, 'u');
const RELATIONS: ReadonlySet<string> = new Set(POST_TITLES);

/** Whether a word is one of the posts, callings and kin above. */
export function isRelation(word: string): boolean {
  return RELATIONS.has(word);
}

/** The post, calling or kin a question asks the holder of after 的 (某某的妻子叫什么 → 妻子), if it asks one. */
export function askedRelation(question: string): string | undefined {
  const noun = RELATION_ASKED.exec(question)?.[1];
  // …or kin as it is spoken (妈妈 for 母亲: same-words.ts).
  return noun !== undefined && (RELATIONS.has(noun) || sameWords(noun).some((w) => RELATIONS.has(w))) ? noun : undefined;
}
