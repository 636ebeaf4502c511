import { describe, expect, it } from 'vitest';
import { analyseQuestion, englishAskedNoun } from '../../../src/answer/reader/analyse.js';

describe('question analysis', () => {
  const cases: [string, string][] = [
    ['谁在会上发表了讲话？', 'person'],
    ['公司总部位于哪里？', 'place'],
    ['条约是哪一年签订的？', 'date'],
    ['台风几时登陆？', 'date'],
    ['他们一共走了多久？', 'duration'],
    ['前三季度增长了多少？', 'number'],
    ['他在比赛中获得第几名？', 'ordinal'],
    ['为什么比赛被推迟了？', 'reason'],
    ['他们是如何解决这个问题的？', 'method'],
    ['什么是量子计算？', 'definition'],
    ['有哪些城市参加了活动？', 'list'],
    ['他是否同意这个方案？', 'yesno'],
    ['Who signed the agreement?', 'person'],
    ['When did the satellite launch?', 'date'],
    ['How many people were hurt?', 'number'],
    ['How long did the flight last?', 'duration'],
    ['Why was the match delayed?', 'reason'],
    ['Where is the company based?', 'place'],
    ['tl;dr of this article?', 'summary'],
    // Opening with an auxiliary, a question asks yes or no, whatever cue words follow it.
    ['Has the government named him a hero?', 'yesno'],
    ['Did anyone see who was driving?', 'yesno'],
    ['Who was named the new coach?', 'person'],
    // A quantity as the head noun asks a figure, with no "how much" to say so.
    ["What was the company's revenue last year?", 'number'],
    // A possessor of several words (a company's full name) still leaves the quantity as the head noun.
    ["What was Hebei Steel Group's revenue last year?", 'number'],
    ['What is the unemployment rate in the city?', 'number'],
    ['What is the rate of change about?', 'definition'],
    // A noun naming a time is the topic when another word asks; alone, it asks.
    ['她练习的时间是别人的一半，为什么成绩更好？', 'reason'],
    ['会议的时间是？', 'date'],
    ['比赛的地点是哪座城市？', 'place'],
    // 哪几 asks which ones, not how many.
    ['这座城市有哪几座卫星城？', 'list'],
    ['他去过几座城市？', 'number'],
  ];
  for (const [question, type] of cases) {
    it(`reads “${question}” as asking for a ${type}`, () => {
      expect(analyseQuestion(question).type).toBe(type);
    });
  }

  it('keeps the words around the asking word, to align with the article', () => {
    const q = analyseQuestion('北大西洋公约是哪一年签订的？');
    expect(q.cue?.word).toBe('哪一年');
    // The copula is skipped like a particle: the article writes 公约1949年签订, not 公约是.
    expect(q.before).toEqual(['北大西洋', '公约']);
    expect(q.after[0]).toBe('签订');
  });

  it('never makes a question word a term to find (目的, 原因 are cues)', () => {
    expect(analyseQuestion('政府这样做的目的是什么？').terms).not.toContain('目的');
    expect(analyseQuestion('事故的原因是什么？').terms).not.toContain('原因');
  });

  it('looks for an English acronym as written, other English words only through their mapping', () => {
    const q = analyseQuestion('What is BCPL used for?', ['用途']);
    expect(q.terms).toContain('BCPL');
    expect(q.terms).toContain('用途');
    expect(q.terms).not.toContain('used');
    expect(q.english).toBe(true);
  });

  it('asks a sum of money for an English revenue or profit, a percentage for a margin or a rate', () => {
    expect(analyseQuestion("What was Huawei's revenue in the first quarter?").units).toContain('元');
    expect(analyseQuestion('What was the net profit margin?').units).toEqual(['%']);
  });

  it('reads 为什么 as "what" when its 为 ends the verb before it (称之为什么) or it closes the question after a noun', () => {
    expect(analyseQuestion('当地人将这种植物称之为什么？').type).not.toBe('reason');
    expect(analyseQuestion('这种棱柱被称为什么？').type).not.toBe('reason');
    expect(analyseQuestion('他为什么离开北京？').type).toBe('reason');
    expect(analyseQuestion('为什么称它为笨蛋水果？').type).toBe('reason');
    // …or closes the question after a noun (其前身为什么 = 其前身是什么); 这是为什么 still asks why.
    expect(analyseQuestion('相声是一种曲艺，其前身为什么？').type).not.toBe('reason');
    expect(analyseQuestion('这座城市最有名的甜点为什么？').type).not.toBe('reason');
    expect(analyseQuestion('比赛推迟了，这是为什么？').type).toBe('reason');
  });

  it('keeps only a word\'s own part when jieba glues it to the asking word (时多大 of 去世时多大年纪)', () => {
    const { terms } = analyseQuestion('他去世时多大年纪？');
    expect(terms).toContain('去世');
    expect(terms.some((t) => t.includes('多大'))).toBe(false);
  });

  it('knows the unit a measuring cue asks in', () => {
    expect(analyseQuestion('他今年多大？').units).toEqual(['岁', '个月', '个多月']);
    expect(analyseQuestion('How old is she?').units).toEqual(['岁', '个月', '个多月']);
    // 多长 asks a length or a length of time (任期有多长): either unit may answer it.
    expect(analyseQuestion('大桥有多长？').units).toEqual(expect.arrayContaining(['米', '公里', '年']));
    // 多大 of a size is no age: an area is asked in units of area, another size in none.
    expect(analyseQuestion('保护区的面积有多大？').units).toContain('公顷');
    expect(analyseQuestion('这座水库有多大？').units).toEqual([]);
    // 人次 counts visits, not people; a weight is asked in any of its units; "how many people" as 多少人.
    expect(analyseQuestion('一共接待了多少人次？').units).toEqual(['人次']);
    expect(analyseQuestion('捕了多少斤鱼？').units).toEqual(expect.arrayContaining(['斤', '公斤', '吨']));
    expect(analyseQuestion('How many people are missing?').units).toEqual(expect.arrayContaining(['人', '名']));
  });

  it('takes an English plural after "which", or after "what" before an auxiliary, to ask a set', () => {
    expect(analyseQuestion('Which rivers need cleaning up?').plural).toBe(true);
    expect(analyseQuestion('Which two cities signed the deal?').plural).toBe(true);
    expect(analyseQuestion('Which other navigation systems is it compatible with?').plural).toBe(true);
    expect(analyseQuestion('What companies did the delegation visit?').plural).toBe(true);
    expect(analyseQuestion('Which rocket carried it?').plural).toBe(false);
    expect(analyseQuestion('Which bus did he take?').plural).toBe(false);
    // A verb English does not mark may follow the noun, or be the word after "what".
    expect(analyseQuestion('What anniversary falls on that day?').plural).toBe(false);
    expect(analyseQuestion('What happens next?').plural).toBe(false);
  });

  it('takes a question that names only the event to be about the headline’s event', () => {
    expect(analyseQuestion('事情发生在哪一天？').aboutEvent).toBe(true);
    expect(analyseQuestion('大桥是哪一天通车的？').aboutEvent).toBe(false);
    // 他 is the article's main person, not its event.
    expect(analyseQuestion('他是哪一天出事的？').aboutEvent).toBe(false);
  });
});

describe('the class a "which" question names', () => {
  it('makes a generic "which" specific when the class noun says the type', () => {
    const country = analyseQuestion('鲑鱼寿司是哪一国家发明的？');
    expect(country.type).toBe('place');
    expect(country.askedClass).toEqual(['国家']);
    expect(analyseQuestion('什么人发明了印刷术？').type).toBe('person');
    expect(analyseQuestion('唐朝是在什么朝代之后？').type).toBe('date');
    expect(analyseQuestion('新北市哪一个地方的居民最多？').type).toBe('place');
    // A stretch of time asked (哪段时间) is a time, not the 段 of a place.
    expect(analyseQuestion('这家工厂是在哪段时间内停产的？').type).toBe('date');
  });

  it('reads a class noun jieba tags as a verb, one followed by more of the sentence, and 哪 with any measure word', () => {
    // 组织/v: 哪一组织开办 is still "which organisation".
    expect(analyseQuestion('这项比赛由哪一组织开办？').type).toBe('organisation');
    // 机构 first, then 旗下 (the sentence going on): the class is 机构's.
    expect(analyseQuestion('该委员会是哪一机构旗下的单位？').type).toBe('organisation');
    // 哪一门 is 哪 + 一门 to jieba.
    expect(analyseQuestion('这种方言与哪一门语言相似？').askedClass).toEqual(['语言']);
  });

  it('reads 哪一家, 哪一所 and 哪一座 closing a question as 哪家, 哪所 and 哪座 do (who, which place)', () => {
    expect(analyseQuestion('晶曜最大的客户是哪一家？').type).toBe('organisation');
    expect(analyseQuestion('他毕业的中学是哪一所？').type).toBe('organisation');
    expect(analyseQuestion('这条河流经的城市是哪一座？').type).toBe('place');
  });

  it('asks a person for the name of a post or of kin (她的女儿叫什么), a thing for the name of anything else', () => {
    expect(analyseQuestion('他的女儿叫什么？').type).toBe('person');
    expect(analyseQuestion('该公司的CEO叫什么？').type).toBe('person');
    expect(analyseQuestion('哪位老师获得了奖项？').type).toBe('person');
    expect(analyseQuestion('这个项目叫什么？').type).toBe('thing');
  });

  it('reads the class an English "which" names the same way', () => {
    expect(analyseQuestion('Which judge read out the verdict?').type).toBe('person');
    expect(analyseQuestion('Which cities did he visit?').type).toBe('place');
    expect(analyseQuestion('Which bank lent the money?').type).toBe('organisation');
    // A noun the table does not list keeps the generic reading: one thing for a singular, a list for a plural.
    expect(analyseQuestion('Which satellite was launched?').type).toBe('thing');
    expect(analyseQuestion('Which satellites were launched?').type).toBe('list');
    expect(analyseQuestion('Which other navigation systems is it compatible with?').type).toBe('list');
    // The noun is the phrase's head, past a determiner: "which other country" asks a place.
    expect(analyseQuestion('Which other country won a medal?').type).toBe('place');
  });

  it('finds the noun an English "which" asks a member of, up to the verb or preposition after it', () => {
    expect(englishAskedNoun('Which airline did the pilots work for?')).toBe('airline');
    expect(englishAskedNoun('Which rocket launched the satellite?')).toBe('rocket');
    expect(englishAskedNoun('Yuan Jiajun is party secretary of which city?')).toBe('city');
    expect(englishAskedNoun('Which other navigation systems is it compatible with?')).toBe('systems');
    expect(englishAskedNoun('What flight number was it?')).toBe('number');
    // A verb English does not mark is before the article: the noun is the first word.
    expect(englishAskedNoun('Which judge read out the verdict?')).toBe('judge');
    // No noun after the asking word.
    expect(englishAskedNoun('What was the flight number?')).toBeUndefined();
  });

  it('keeps a class the table does not type as the asked class, for the ranker, and a specific cue wins', () => {
    const process = analyseQuestion('哪一过程为恒星核合成的最后一步骤？');
    expect(process.type).toBe('thing');
    expect(process.askedClass).toEqual(['过程']);
    expect(analyseQuestion('这次在哪个发射中心发射的？').askedClass.join('')).toBe('发射中心');
    // 哪年 says date already; the noun after a cue of its own is not a class.
    expect(analyseQuestion('这个国家是哪年成立的？').type).toBe('date');
  });
});

describe('asking words, and the words that only look like them', () => {
  it('reads 为何 closing a question as "what", and keeps it "why" elsewhere', () => {
    expect(analyseQuestion('这支球队最初的名称为何？').type).toBe('thing');
    expect(analyseQuestion('他为何离开了球队？').type).toBe('reason');
    // Another cue still says what is asked: 原因为何 asks a reason.
    expect(analyseQuestion('球队搬迁的原因为何？').type).toBe('reason');
  });

  it('lets a quantity noun name what is compared when another word asks', () => {
    // 人口 and 比例 ask a figure only when nothing else asks.
    expect(analyseQuestion('该省人口是多少？').type).toBe('number');
    expect(analyseQuestion('该省女性的比例？').type).toBe('number');
    expect(analyseQuestion('哪个国家的人口最多？').type).toBe('place');
    expect(analyseQuestion('哪一种产业的比例最低？').type).toBe('thing');
    expect(analyseQuestion('哪一个组织表示投入比重偏低？').type).toBe('organisation');
  });

  it('takes the class noun that closes the question before its copula', () => {
    expect(analyseQuestion('人口数量居首的国家是？').type).toBe('place');
    expect(analyseQuestion('成员国中面积最大的国家为何？').type).toBe('place');
    expect(analyseQuestion('负责联络同乡的组织是？').type).toBe('organisation');
    // A noun the class table does not list asks for itself: 名称为何 is the name, not a member of a class.
    expect(analyseQuestion('球队最初的名称为何？').type).toBe('thing');
  });

  it('reads 哪边 and a closing 位于 as asking a place', () => {
    expect(analyseQuestion('这种稻最早出自哪边？').type).toBe('place');
    expect(analyseQuestion('这所音乐学院位于？').type).toBe('place');
  });

  it('reads 哪 and 哪一 with any class after them as the asking word, with the words around it', () => {
    const language = analyseQuestion('这种方言与哪一门语言非常相似？');
    expect(language.cue?.word).toBe('哪一');
    expect(language.before).toContain('方言');
    expect(language.after).toContain('语言');
    expect(analyseQuestion('罗马城首次被哪族攻入？').cue?.word).toBe('哪');
    // A longer or more specific asking word still wins (哪些, 哪里, 哪一年).
    expect(analyseQuestion('书院位于哪里？').type).toBe('place');
    expect(analyseQuestion('书院在哪一年创办？').type).toBe('date');
  });

  it('does not take 哪 of 哪怕 for an asking word', () => {
    expect(analyseQuestion('哪怕下雨，比赛也照常举行吗？').cue?.word).not.toBe('哪');
  });

  it('does not take 多 of 许多 or 众多, or 几 of 几乎, 几近 or 几经, for an asking word', () => {
    expect(analyseQuestion('他有许多高明的决定，但被谁拖累了？').type).toBe('person');
    expect(analyseQuestion('设立于1857年、造过众多大型船只的是哪家船厂？').type).toBe('organisation');
    expect(analyseQuestion('这种米的淀粉几乎都是哪一种？').type).not.toBe('number');
    // 几近 (all but) and 几经 (after several) say how, they ask no count.
    expect(analyseQuestion('效率几近于零的是哪一项改革？').type).not.toBe('number');
    expect(analyseQuestion('这座桥几经改建，最早由谁主持修建？').type).toBe('person');
    // 超过多少 still asks a figure.
    expect(analyseQuestion('海水透明度超过多少米？').type).toBe('number');
  });

  it('never looks for an asking word or a pointer to the text as a term', () => {
    const terms = analyseQuestion('文中提及，哪一地区当中有什么样的港口？').terms;
    for (const word of ['哪一', '文中', '当中', '什么样']) expect(terms).not.toContain(word);
    expect(terms).toContain('港口');
  });

  it('keeps the particle or copula between the asking word and the words that place it', () => {
    const linked = analyseQuestion('每一枚白子都有一个对应的什么？');
    expect(linked.before[linked.before.length - 1]).toBe('对应');
    expect(linked.linkBefore).toBe('的');
    expect(analyseQuestion('出口增长多少？').linkBefore).toBe('');
  });

  it('takes 叫 before the asking word for a copula, not for the word the answer follows', () => {
    // Written for this test: the article writes 原名王立, without 叫.
    const named = analyseQuestion('这位画家原名叫什么？');
    expect(named.before[named.before.length - 1]).toBe('原名');
    expect(named.linkBefore).toBe('叫');
  });

  it('reads a question stopping at its copula as asking what follows the words before it', () => {
    const closing = analyseQuestion('这场锦标赛的主办方是？');
    expect(closing.cue).toBeUndefined();
    expect(closing.before).toContain('主办方');
    expect(closing.linkBefore).toBe('是');
  });
});

describe('a class noun followed by the question’s verb, and a "how" that asks a thing', () => {
  it('ends the class at a noun: a verbal noun after it is the predicate (哪家航空公司 | 运营)', () => {
    const airline = analyseQuestion('哪家航空公司运营这趟航班？');
    expect(airline.askedClass).toEqual(['航空公司']);
    expect(airline.type).toBe('organisation');
    const court = analyseQuestion('哪个法院审理此案？');
    expect(court.askedClass).toEqual(['法院']);
    expect(court.type).toBe('organisation');
    // Before a noun a verbal noun is part of the class.
    expect(analyseQuestion('这次在哪个发射中心发射的？').askedClass.join('')).toBe('发射中心');
  });

  it('reads 用什么 + a noun as which thing was used, 用什么方式 still as how', () => {
    const rocket = analyseQuestion('用什么火箭发射的卫星？');
    expect(rocket.type).toBe('thing');
    expect(rocket.askedClass).toEqual(['火箭']);
    expect(analyseQuestion('他们用什么方式解决了问题？').type).toBe('method');
    expect(analyseQuestion('他们用什么解决了问题？').type).toBe('method');
  });

  it('asks a sum of money for a company’s revenue or profit, a share for its margin', () => {
    expect(analyseQuestion('华为第一季度营收是多少？').units).toContain('元');
    expect(analyseQuestion('公司去年净利润为多少？').units).toContain('元');
    expect(analyseQuestion('净利润率是多少？').units).toEqual(['%']);
    // A growth asked is not a sum: it may be a share or an amount.
    expect(analyseQuestion('营收同比增长了多少？').units).not.toContain('元');
  });
});
