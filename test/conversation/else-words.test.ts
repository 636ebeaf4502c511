import { describe, expect, it } from 'vitest';
import { EN_ELSE, ZH_ELSE } from '../../src/conversation/words.js';

describe('"else" in a follow-up', () => {
  it('asks past what was shown when it asks for other remarks or things', () => {
    for (const q of ['What else did he say?', 'What other things did she mention?', 'Did he also talk about trade?', 'Anything more?']) expect(EN_ELSE.test(q), q).toBe(true);
    for (const q of ['他还说了什么？', '另外还有谁参加？', '其他的协议是什么？', '他讲了别的吗？']) expect(ZH_ELSE.test(q), q).toBe(true);
  });

  it('does not when "other" is the topic asked about', () => {
    // "about other navigation systems" names what the remarks are about, not remarks not yet shown.
    for (const q of ['What did he say about other navigation systems?', 'How does it compare with other phones?', 'What did she say on other matters?']) expect(EN_ELSE.test(q), q).toBe(false);
    for (const q of ['他关于其他导航系统说了什么？', '他对其他国家怎么看？', '和其他卫星有什么不同？']) expect(ZH_ELSE.test(q), q).toBe(false);
  });
});
