import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: a report on one man, named by a rarer surname (郗), who is given no post
// beside his name, only the one he held (担任…), and is asked about as 他.
const REPORT = `澜汀区一名程序员讨回加班费
<p>澜汀区劳动人事争议仲裁委员会近日对一起加班费争议作出裁决，裁定一家软件公司向前员工郗明远支付加班费4.2万元。</p>
<p>据了解，郗明远于2022年5月入职该公司，担任测试开发工程师，月工资12,600元。</p>
<p>郗明远称，他在职期间经常加班到深夜，但公司从未支付加班费。</p>
<p>公司方辩称，公司实行弹性工作制，郗明远的加班并未经过审批。</p>
<p>仲裁委还介绍了近年来开展劳动争议调解工作的情况。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'report')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('the post someone held (担任…)', () => {
  it('answers what the person named does', () => {
    expect(direct('郗明远的职业是什么？')).toBe('测试开发工程师');
    expect(direct('郗明远在公司是干什么的？')).toBe('测试开发工程师');
  });

  it('answers it of 他, the one person the report is about, in Chinese or in English', () => {
    expect(direct('他在公司是做什么工作的？')).toBe('测试开发工程师');
    expect(direct('他在公司什么岗位？')).toBe('测试开发工程师');
    expect(direct('What was his job at the company?')).toBe('测试开发工程师');
  });

  it('is not what 什么工作 asks without a doer (介绍了什么工作)', () => {
    expect(direct('仲裁委还介绍了什么工作？')).toContain('劳动争议调解');
  });
});
