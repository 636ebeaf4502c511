import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: the launch, and a sentence writing a compound of the English word's own
// translation (卫星导航系统 holds 卫星) beside another sense of the verb (立项, "launch" a project).
const ARTICLE = `青岚卫星发射成功
<p>2024年3月8日，我国在太原卫星发射中心用快舟一号甲运载火箭，将第十二颗青岚导航卫星发射升空。</p>
<p>2009 年，青岚三号工程正式立项，我国就此开始建设自己的全球卫星导航系统。与国外的卫星导航系统不同，青岚三号系统采用混合星座模式。</p>
<p>卫星顺利进入预定轨道。</p>`;

const engine = engineFromArticles([parseArticle(ARTICLE, 'english-ways')]);

describe('an English word is looked for as one word, however many ways the article writes it', () => {
  it('does not let a compound of its translation outweigh the sentence that answers', () => {
    expect(engine.ask('When was the satellite launched?').direct).toBe('2024年3月8日');
  });

  it('refuses what something cost when the article names no cost', () => {
    const reply = engine.ask('How much did it cost to build the satellite?');
    expect(reply.abstained).toBe(true);
    expect(reply.headline).toContain('cost');
  });
});
