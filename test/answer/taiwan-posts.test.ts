import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for this test (company and people invented), in Taiwan's business style: 財務長 for the
// CFO, and a chairman whose name is followed by 會後, not by a verb.
const RESULTS = `岚嶼電子第三季獲利創新高
<p>岚嶼電子總經理閔知行在法說會上表示，第三季營收成長主要來自車用晶片。</p>
<p>財務長林若彤指出，毛利率回升主要受惠於產品組合改善。</p>
<p>岚嶼電子董事長周昱廷會後受訪時表示，明年資本支出將維持高檔。</p>`;

describe('company officers as Taiwan’s business news names them', () => {
  const engine = engineFromArticles([parseArticle(RESULTS, 'taiwan-posts')]);

  it('answers who the 財務長 is', () => {
    const reply = engine.ask('岚嶼電子的財務長是誰？');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('林若彤');
  });

  it('answers "Who is the CFO" with the 財務長', () => {
    expect(engine.ask('Who is the CFO of the company?').direct).toContain('林若彤');
  });

  it('reads a chairman named before 會後, and answers who chairs the company', () => {
    const reply = engine.ask('Who chairs the company?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('周昱廷');
    expect(reply.direct).not.toContain('閔知行');
  });
});

describe('a title with its abbreviation in brackets before the name', () => {
  // Written for this test (company and person invented).
  const engine = engineFromArticles([parseArticle(`沐溪科技发布新品\n<p>沐溪科技创始人、首席执行官（CEO）闵若川在发布会上介绍了新产品。</p>`, 'bracketed-title')]);

  it('reads the person after 首席执行官（CEO）, and answers who the CEO is with the post', () => {
    const reply = engine.ask('Who is the CEO of Muxi Technology?');
    expect(reply.abstained).toBe(false);
    expect(reply.direct).toContain('闵若川');
    expect(reply.direct).toContain('首席执行官');
  });
});
