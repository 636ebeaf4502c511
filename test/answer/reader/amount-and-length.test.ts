import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/index.js';
import { engineFromArticles } from '../../../src/answer/load.js';

// Written for this test: a storm's rainfall and the relief it brought, and a subsidy paid some
// working days after the papers are in.
const STORM = `暴雨过后 东坪镇安置受灾群众
<p>据县气象局消息，3日夜间起东坪镇普降暴雨，至5日凌晨，降雨量为214毫米。</p>
<p>东坪镇一共下设4处临时安置点，民政部门一共送来帐篷150顶、饮用水16吨。</p>`;

const SUBSIDY = `青川县发放家电补贴
<p>青川县今年继续实施家电以旧换新补贴，补贴标准为新机售价的15%，单件最高2000元。</p>
<p>县商务局介绍，商家提交材料后，补贴款一般在12个工作日内到账。</p>
<p>县商务局表示，该政策已实施3年。</p>`;

describe('an amount of rain and a length in working days', () => {
  it('answers how much rain with millimetres, not another figure in all', () => {
    const engine = engineFromArticles([parseArticle(STORM, 'rain-asked')]);
    expect(engine.ask('这轮暴雨东坪镇一共下了多少雨？').direct).toBe('214毫米');
  });

  it('reads 12个工作日 as a length of time', () => {
    const engine = engineFromArticles([parseArticle(SUBSIDY, 'working-days')]);
    expect(engine.ask('商家交材料后要等多长时间才能收到补贴？').direct).toBe('12个工作日');
  });
});
