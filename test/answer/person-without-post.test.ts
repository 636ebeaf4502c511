import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a rescue story whose hero has no post; his kin are named by their relation
// to him, and a neighbour rates him in points.
const ARTICLE = `男子跳河救人
<p>3月2日，这家的男主人林国强在打工地青石镇下水救一名落水儿童。</p>
<p>林国强的舅舅王建民告诉记者，搜索进行了两天。林国强的女儿林小雨也全程跟着救援队寻找父亲。</p>
<p>“他平时为人很好，如果满分是100分的话，他可以打110分。”同村老乡介绍，林国强家中有两个女儿。</p>`;

describe('a person the article names without a post', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'person-without-post')]);

  it('is described by the noun before his name, not by the posts of his kin', () => {
    const answer = engine.ask('Who is Lin Guoqiang?');
    expect(answer.direct).toBe('男主人');
    expect(answer.direct).not.toContain('王建民');
  });

  it('has kin found by their relation, and none the article does not write', () => {
    expect(engine.ask('林国强的舅舅叫什么？').direct).toContain('王建民');
    const wife = engine.ask('林国强的妻子叫什么名字？');
    expect(wife.abstained).toBe(true);
    expect(wife.direct).not.toContain('王建民');
  });

  it('answers a figure in the unit asked though jieba tags the unit a verb (110分)', () => {
    expect(engine.ask('同村老乡给林国强打了多少分？').direct).toBe('110分');
  });
});
