import { describe, expect, it } from 'vitest';
import { loadArticleFile, parseArticle } from '../../src/article/index.js';
import { extractFacts } from '../../src/answer/facts/extract.js';
import { secondFile, seedFile } from '../helpers.js';

describe('facts on the seed article', () => {
  const article = loadArticleFile(seedFile);
  const facts = extractFacts(article);
  // Expected values are read from the article's own text here, so the test states what the text says.
  const lead = article.paragraphs[0]!.text;
  const closing = article.paragraphs.at(-1)!.text;

  it('finds the people of the talks with their posts as written', () => {
    const talks = facts.people.filter((p) => p.group === '座谈');
    expect(talks).toHaveLength(6);
    for (const person of talks) expect(lead).toContain(`${person.post.split('、').at(-1)}${person.name}`);
    const mayor = talks.find((p) => p.post.endsWith('市长'));
    expect(mayor?.post).toBe('市委副书记、市长');
  });

  it('reads a list of names after one post, each with that post', () => {
    const present = facts.people.filter((p) => p.group === '参加');
    expect(present.length).toBeGreaterThanOrEqual(15);
    const listed = closing.slice(closing.indexOf('领导') + 2).split('，')[0]!.split('、');
    expect(present.map((p) => p.name)).toEqual(expect.arrayContaining(listed));
    for (const person of present) expect(closing).toContain(person.name);
  });

  it('gives a bare 市委/省委 post the place last named', () => {
    const sides = new Map(facts.people.map((p) => [p.post, p.sides]));
    expect(sides.get('市委副书记、市长')).toEqual(sides.get(facts.people[0]!.post));
  });

  it('finds both signed agreements whole', () => {
    expect(facts.agreements.map((a) => a.text)).toHaveLength(2);
    for (const agreement of facts.agreements) {
      expect(agreement.text).toMatch(/协议$/);
      expect(article.paragraphs[agreement.paragraph - 1]!.text).toContain(agreement.text);
    }
  });

  it('finds the three places visited', () => {
    expect(facts.visits).toHaveLength(3);
    expect(facts.visits.every((v) => v.verb === '考察')).toBe(true);
  });

  it('attributes statements to named speakers and resolves 他 to the last one', () => {
    const speakers = new Set(facts.statements.map((s) => s.speaker));
    expect(speakers.size).toBe(2);
    const pronoun = facts.statements.find((s) => s.text.startsWith('他说'));
    expect(pronoun).toBeDefined();
    const opener = facts.statements.find((s) => s.paragraph === pronoun!.paragraph && s.sentence === 0);
    expect(pronoun!.speaker).toBe(opener!.speaker);
  });
});

describe('facts on a differently worded article', () => {
  const article = loadArticleFile(secondFile);
  const facts = extractFacts(article);

  it('finds people in 会见 / 参加会见 / 陪同 groups', () => {
    expect(new Set(facts.people.map((p) => p.group))).toEqual(new Set(['会见', '参加会见', '陪同']));
    expect(facts.people.find((p) => p.name === '刘芳')?.post).toBe('市委副书记、市长');
    expect(facts.people.find((p) => p.name === '钱立群')?.post).toBe('省发展改革委主任');
  });

  it('takes agreement titles from 《》', () => {
    expect(facts.agreements.map((a) => a.text)).toEqual(['长三角生态绿色一体化发展合作框架协议', '数字经济合作备忘录']);
  });

  it('splits places joined by 、 and 和', () => {
    expect(facts.visits.map((v) => v.text)).toEqual(['洋山深水港', '张江科学城', '临港新片区']);
  });

  it('resolves 他指出 to the speaker of the sentence before', () => {
    const pointed = facts.statements.find((s) => s.verb === '指出');
    expect(pointed?.speaker).toBe('张明远');
  });
});

describe('facts on a business report', () => {
  // Written for this test: officers whose posts business news writes in Latin letters.
  const article = parseArticle(
    `某公司发布年报
<p>3月30日，某科技公司发布2024年年报。公司轮值董事长、CFO林晓雯在发布会上解读称，研发投入仍将保持高位。</p>
<p>该公司CEO赵启明表示，明年将扩大海外业务。</p>`,
    'business-report',
  );
  const facts = extractFacts(article);

  it('reads a foreign name after its post, and a post jieba tags as a verb alone', () => {
    const people = extractFacts(
      parseArticle(
        `航空安全引关注\n<p>不过，航空观察家格里·苏加特曼表示，这是一个必须解决的系统性风险。</p>\n<p>1960年，演员约翰·史密斯以导演奥图·普莱明杰的影片获奖。</p>`,
        'foreign-names',
      ),
    ).people;
    expect(people.find((p) => p.name === '格里·苏加特曼')?.post).toBe('航空观察家');
    expect(people.find((p) => p.name === '奥图·普莱明杰')?.post).toBe('导演');
  });

  it('reads a post written in Latin letters before a name', () => {
    expect(facts.people.find((p) => p.name === '林晓雯')?.post).toBe('公司轮值董事长、CFO');
    expect(facts.people.find((p) => p.name === '赵启明')?.post).toContain('CEO');
  });
});
