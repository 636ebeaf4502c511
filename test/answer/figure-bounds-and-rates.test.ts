import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: figures the article bounds after their unit (以上, 以内), prices per a
// measure (每斤, 每吨), a day given with its hour, and the same figures asked in the question's own words.
const NOTICE = `渌川县公布收购价和停车新规
<p>渌川县农业农村局9日通报，今年新麦最低收购价为每斤1.22元，比去年略有上调。</p>
<p>县里收购秸秆的价格定为每吨320元，由乡镇统一组织运送。</p>
<p>在一起盗伐林木案中，检察机关建议对被告人判处5年以上有期徒刑。</p>
<p>新规实施后，县医院门口的临时车位可免费停放15分钟以内。</p>
<p>县里新建的农贸市场将于12月6日零点正式启用。</p>
<p>据测算，全县每天约有3,000人次进出农贸市场。</p>`;

const engine = engineFromArticles([parseArticle(NOTICE, 'notice')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('a figure as the article bounds or rates it', () => {
  it('keeps the bound written after its unit (5年以上, 15分钟以内)', () => {
    expect(direct('检察机关建议判多少年？')).toBe('5年以上');
    expect(direct('临时车位能免费停多久？')).toBe('15分钟以内');
  });

  it('is the figure alone when the question asks the bound itself', () => {
    expect(direct('临时车位最多能免费停多久？')).toBe('15分钟');
  });

  it('gives a price per what it counts (每斤, 每吨), asked in Chinese or in English', () => {
    expect(direct('秸秆的收购价格是多少？')).toBe('每吨320元');
    expect(direct('How much does the county pay for straw?')).toBe('每吨320元');
    expect(direct('What is the minimum purchase price for new wheat this year?')).toBe('每斤1.22元');
  });

  it('leaves a rate in time to the question that asks it (每天有多少)', () => {
    expect(direct('全县每天有多少人次进出农贸市场？')).toBe('3,000人次');
  });
});

describe('a day given with its hour', () => {
  it('answers when with the hour too (12月6日零点)', () => {
    expect(direct('农贸市场哪天正式启用？')).toBe('12月6日零点');
  });
});
