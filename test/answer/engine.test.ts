import { describe, expect, it } from 'vitest';
import { replyText } from '../../src/terminal/text.js';
import { engineFor, fifthFile, fourthFile, secondFile, seedFile, thirdFile } from '../helpers.js';

describe('answers about the seed article', async () => {
  const engine = await engineFor(seedFile);
  const article = engine.articles[0]!;
  const lead = article.paragraphs[0]!.text;

  it('lists the people in the talks with posts and a citation', () => {
    const answer = engine.ask('座谈会有哪些人参加？');
    expect(answer.intent).toBe('attendees');
    expect(answer.abstained).toBe(false);
    const talks = answer.facts.filter((f) => f.group === '座谈');
    expect(talks).toHaveLength(6);
    for (const fact of talks) {
      expect(lead).toContain(fact.text);
      expect(answer.direct).toContain(fact.text);
      expect(fact.paragraph).toBe(1);
    }
    expect(answer.passages[0]!.paragraph).toBe(1);
  });

  // Steel and Daily are English words the dictionary knows, but written with Hebei and Beijing they
  // are part of a name the article never writes: not a question about the officials it does name.
  // The missing word is named as the question typed it (Steel, not steel).
  it('refuses an English name the article writes only part of', () => {
    for (const [question, missing] of [['Who leads Hebei Steel Group?', 'Steel'], ['Who is the head of Beijing Daily?', 'Daily']] as const) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toContain(missing);
    }
  });

  // Whatever is asked of it (a figure, a length), such a name is not the article's: the reader would
  // otherwise answer with the nearest figure or official of the part it does write.
  it('refuses an English name written only in part whatever the question asks of it', async () => {
    const marathon = await engineFor(fourthFile);
    for (const [question, missing] of [["What was Hangzhou Bank's prize money?", 'Bank'], ['How long was the Hangzhou Metro Marathon?', 'Metro']] as const) {
      const answer = marathon.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline, question).toContain(missing);
    }
  });

  it('answers an English question with pinyin names and Chinese quotations', () => {
    const answer = engine.ask('Who took part in the talks?');
    expect(answer.language).toBe('en');
    expect(answer.headline).toMatch(/The article names \d+ people/);
    expect(answer.facts[0]!.gloss).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('names both agreements in the direct answer', () => {
    const answer = engine.ask('What agreements were signed?');
    const agreements = answer.direct.split('；');
    expect(agreements).toHaveLength(2);
    for (const a of agreements) expect(article.paragraphs.some((p) => p.text.includes(`${a}`))).toBe(true);
  });

  it("finds a person's post from a pinyin name", () => {
    const person = engine.knowledge.facts.get(article.id)!.people[2]!;
    // The pinyin an English reply shows beside the name; a Chinese reply shows none.
    expect(engine.ask(`${person.name}是什么职务？`).facts[0]?.gloss).toBeUndefined();
    const pinyin = answerGloss(engine.ask(`What is ${person.name}'s position?`).facts[0]?.gloss);
    const answer = engine.ask(`What is ${pinyin}'s position?`);
    expect(answer.direct).toBe(person.post);
  });

  it('quotes what a named speaker stressed, citing the paragraph', () => {
    const statements = engine.knowledge.facts.get(article.id)!.statements;
    const stressed = statements.find((s) => s.verb === '强调')!;
    const answer = engine.ask(`${stressed.speaker}强调了什么？`);
    expect(answer.passages[0]!.paragraph).toBe(stressed.paragraph);
    expect(answer.passages[0]!.text).toContain(stressed.text.slice(0, 12));
  });

  it('abstains on what the article does not contain', () => {
    for (const question of ['河北省的GDP是多少？', 'Which Tianjin officials attended?', 'What did the article say about Shanghai?']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.passages).toEqual([]);
      expect(answer.direct).toBe('');
    }
  });

  // jieba cuts 上海市委 as one word, and half of it (市委) is the article's: the post is written, the city is not.
  it('abstains on a post of a city the article never names, though it writes the post', () => {
    const answer = engine.ask('上海市委书记是谁？');
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain('上海');
    expect(engine.ask('北京市委书记是谁？').direct).toContain('蔡奇');
  });

  it('abstains when the value asked for is not in the article, however much else is', () => {
    for (const question of ['What is the population of Beijing?', '北京的人口是多少？']) {
      const answer = engine.ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.headline).toMatch(/population|人口/);
    }
  });

  it('abstains for a person the article names but never quotes', () => {
    const speakers = new Set(engine.knowledge.facts.get(article.id)!.statements.map((s) => s.speaker));
    const silent = engine.knowledge.facts.get(article.id)!.people.find((p) => !speakers.has(p.name))!;
    const answer = engine.ask(`${silent.name}说了什么？`);
    expect(answer.abstained).toBe(true);
    expect(answer.headline).toContain(silent.name);
  });

  it('never dumps the article, even for a question matching everything', () => {
    const everything = article.paragraphs.map((p) => p.text).join('');
    const answer = engine.ask(everything);
    const articleLength = everything.length;
    // The reply as a user reads it: the terminal's text, which keeps within a share of the article.
    expect(replyText(answer, engine.articles).replace(/\s+/g, '').length).toBeLessThan(articleLength * 0.35);
  });

  it('says which languages it reads when asked in another one', () => {
    for (const question of ['Кто присутствовал на встрече?', 'من حضر الاجتماع؟']) {
      const answer = engine.ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.headline).toContain('Chinese or English');
      expect(answer.headline).toContain('中文或英文');
    }
  });

  it('reads a question typed in pinyin as Chinese', () => {
    const answer = engine.ask('Shéi cānjiāle zuòtánhuì?');
    expect(answer.language).toBe('zh');
    expect(answer.intent).toBe('attendees');
    expect(answer.facts.length).toBeGreaterThan(0);
  });

  it('answers an empty or invisible question with a short prompt', () => {
    for (const question of ['', '   ', '\u200b\u202e']) {
      const answer = engine.ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.headline.length).toBeLessThan(80);
    }
  });
});

describe('answers about a second, differently worded article', async () => {
  const engine = await engineFor(secondFile);

  it('finds the mayor by post and place, in English', () => {
    const answer = engine.ask('Who is the mayor of Shanghai?');
    expect(answer.direct).toContain('刘芳');
    expect(answer.headline).toContain('Liu Fang');
    // Asked what the holder of the post is called, the same person.
    expect(engine.ask('What is the mayor of Shanghai called?').direct).toContain('刘芳');
  });

  it('answers when, in the article’s words', () => {
    expect(engine.ask('代表团是哪天去的上海？').direct).toBe('11月5日上午');
  });

  it('does not count the officials it names, or the places visited, for a group it never counts', () => {
    // The article names officials taking part, and no doctors: a count of them is no count of doctors.
    for (const question of ['代表团一共看望了多少名医护人员？', 'How many doctors did the delegation visit?']) {
      const answer = engine.ask(question);
      expect(answer.direct, question).not.toMatch(/^\d+：/u);
    }
    expect(engine.ask('有几位领导参加会见？').direct).toMatch(/^\d+：/u);
  });

  it('finds what a speaker said about a topic named in English', () => {
    const answer = engine.ask('What did Zhang Mingyuan say about transport?');
    expect(answer.passages[0]!.text).toContain('交通');
  });

  it('counts only the people of the meeting when the question names the meeting', () => {
    const answer = engine.ask('How many people attended the meeting?');
    expect(answer.direct.startsWith('4：')).toBe(true);
    expect(engine.ask('一共有几人陪同考察？').direct).toBe('2：赵永刚、钱立群');
  });

  it('names the reporters of the byline', () => {
    expect(engine.ask('Who wrote this article?').direct).toBe('王小明、李华');
  });

  it('reads an English date as the article writes it', () => {
    const answer = engine.ask('What happened on November 5th?');
    expect(answer.passages[0]!.text).toContain('11月5日');
  });

  it('answers traditional characters as simplified', () => {
    expect(engine.ask('雙方簽訂了哪些協議？').direct).toContain('数字经济合作备忘录');
  });
});

function answerGloss(gloss: string | undefined): string {
  expect(gloss).toBeTruthy();
  return gloss!;
}

describe('answers about a press-release article full of numbers', async () => {
  const engine = await engineFor(thirdFile);

  it('quotes an official whose post comes before the name and who spoke "at" somewhere', () => {
    const answer = engine.ask('周文斌说了什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('在发布会上表示');
    expect(answer.passages[0]!.text).toContain('他说'); // 他 is the same speaker
  });

  // The reader matches 出口 inside 进出口 as well ("How much did exports grow?" answers the total's
  // figure, a known miss); growth figures of things named once are found beside their words.
  it('answers how much with the figure of the right sentence', () => {
    expect(engine.ask('跨境电商增长了多少？').direct).toContain('32.4%');
    expect(engine.ask('进口增长了多少？').direct).toContain('6.1%');
  });

  it('finds the reporter named in the lead', () => {
    expect(engine.ask('记者是谁？').direct).toBe('刘洋');
  });

  it('abstains on a place the article never names', () => {
    expect(engine.ask('上海的外贸增长了多少？').abstained).toBe(true);
  });
});

describe('answers about a sports report with no officials’ meeting in it', async () => {
  const engine = await engineFor(fourthFile);

  it('counts what the question counts, the number standing next to it', () => {
    // The headline says 三万名, the body 3万名: either is the article's own answer.
    expect(engine.ask('有多少名选手参赛？').direct).toMatch(/^(?:3万|三万)名$/);
    // The figure, with the noun it counts when the reader completes the phrase.
    expect(engine.ask('选手来自多少个国家和地区？').direct).toMatch(/^28个(?:国家)?$/);
    expect(engine.ask('How many volunteers were there?').direct).toBe('6000余名');
    expect(engine.ask('补给站有几个？').direct).toBe('18个');
  });

  it('gives the day of the event, not a vague "this year"', () => {
    // The dateline's 4月12日, or the lead's 12日 with the hour, named with the dateline's month: either is the day of the race.
    expect(engine.ask('比赛是哪天举行的？').direct).toMatch(/^4月12日(?:上午7时30分)?$/);
  });

  it('reads where something happened from 在 + place + what happened', () => {
    expect(engine.ask('比赛在哪里开跑？').direct).toBe('黄龙体育中心');
  });

  it('resolves 她说 to the person named in the sentence before, and finds her by post', () => {
    const answer = engine.ask('What did the vice mayor say?');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('她说');
    expect(answer.headline).toContain('Wang Hong');
  });

  it('meets irregular English verbs through the dictionary (won → win)', () => {
    const answer = engine.ask("Who won the women's marathon?");
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('夺得女子全程冠军');
  });
});

describe('answers about a press-conference report with a wire dateline', async () => {
  const engine = await engineFor(fifthFile);

  it('reads posts without the dateline before them or the 应 of an invitation', () => {
    expect(engine.ask('发言人是谁？').direct).toBe('华明（外交部发言人）');
    expect(engine.ask('李建国是什么职务？').direct).toBe('国务院总理');
  });

  it('quotes what the spokesperson stressed', () => {
    expect(engine.ask('华明强调了什么？').passages[0]!.text).toContain('华明强调');
  });

  it('gives a date range and an ordinal as written', () => {
    expect(engine.ask('米歇尔什么时候访华？').direct).toBe('3月20日至22日');
    expect(engine.ask('会晤是第几次？').direct).toBe('第二十三次');
  });

  it('finds a foreign name by post, in English', () => {
    expect(engine.ask('Who is the President of the European Council?').direct).toContain('米歇尔');
  });
});
