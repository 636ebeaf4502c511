import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test: a description that runs over three sentences, then a sentence of another matter.
const ARTICLE = `青斑石鱼
<p>青斑石鱼是一种海水鱼，分布于东海的岩礁区。</p>
<p>青斑石鱼的外形很特别。它的头部宽大，眼睛突出，口中长有两排细齿。体侧有四条青色横斑，尾鳍呈扇形。渔民常在春季的夜间用灯光诱捕这种鱼，每年三月到五月是捕捞的旺季，沿海各地的渔船往往结队出海，在礁石附近布下长达数百米的渔网，一直守候到第二天清晨才返航，把渔获送到码头旁的批发市场，再由商贩连夜转运到内地的各个城市，供应当地的饭店、超市和农贸市场，节假日前后需求更大，价格也随之上涨，有时一条大鱼能卖到上千元，在沿海城市的酒楼里很受欢迎。</p>
<p>青斑石鱼的市场售价较高，每公斤可卖到三百元以上。</p>`;

describe('an answer written over several sentences', () => {
  const engine = engineFromArticles([parseArticle(ARTICLE, 'running')]);

  it('is quoted as the whole run of its description, not one sentence of it', () => {
    const answer = engine.ask('青斑石鱼的外形是怎样的？');
    expect(answer.abstained).toBe(false);
    const first = answer.passages[0]!.text;
    expect(first).toContain('头部宽大');
    expect(first).toContain('尾鳍呈扇形');
    // Not the whole paragraph: the run stops before the quotation grows long.
    expect(first).not.toContain('酒楼');
    expect(answer.passages.every((p) => !p.text.includes('三百元'))).toBe(true);
  });

  it('keeps a figure question to its own sentence', () => {
    const answer = engine.ask('青斑石鱼每公斤能卖多少钱？');
    expect(answer.direct).toContain('三百元');
    expect(answer.passages[0]!.text).not.toContain('尾鳍');
  });
});

// Written for this test: the causes are told before the sentence they explain, and a long sentence of
// another matter follows it, long enough to fill the quotation if the run went on first.
const STORY = `茶馆
<p>老李的茶馆开了三十年。去年夏天，附近修建地铁，茶馆门前的道路被围挡封闭了半年。客人越来越少，房租却涨了一倍。老李只好在今年春天关掉了茶馆。原址后来开了一家很大的连锁便利店，店里出售饮料、零食、报刊、文具和各种日用品，二十四小时营业，每到深夜都有附近的出租车司机、外卖骑手和加班的年轻人进来买东西，店门口还摆了几张桌椅和一台自动售货机，供过往行人歇脚，一直热闹到天亮，附近的居民和在这里上班的人都说这里比以前更方便了，周末还常有人专门开车过来买东西。</p>`;

describe('a reason told before what it explains', () => {
  const engine = engineFromArticles([parseArticle(STORY, 'story')]);

  it('is quoted with the sentences before the answer, where the causes stand', () => {
    const answer = engine.ask('老李为什么关掉了茶馆？');
    expect(answer.abstained).toBe(false);
    const first = answer.passages[0]!.text;
    expect(first).toContain('关掉了茶馆');
    expect(first).toContain('房租却涨了一倍');
    expect(first).toContain('围挡封闭了半年');
    expect(first).not.toContain('自动售货机');
  });
});

