import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';
import { extractFacts } from '../../src/answer/facts/extract.js';

// Written for this test: a foreign player named in full, then by the family name alone, then as 他
// after a time word, speaking to reporters.
const chess = parseArticle(
  '国际象棋公开赛落幕\n<p>本报讯 为期九天的国际象棋公开赛昨天落幕，挪威棋手马格努斯·哈尔沃森以7.5分夺得冠军。</p>' +
    '<p>哈尔沃森在最后一轮执黑逼和对手，锁定冠军。赛后他对记者说：“这次比赛的对手非常强，我每一盘都下得很辛苦。”</p>' +
    '<p>组委会表示，明年的公开赛将增设青少年组。</p>',
  'speaker-by-family-name',
);

describe('a speaker the article names by the family name, then as 他', () => {
  it('is the one who said the quote, though 他 follows 赛后 and speaks 对记者', () => {
    const said = extractFacts(chess).statements.filter((s) => s.text.includes('对手非常强'));
    expect(said.map((s) => s.speaker)).toEqual(['哈尔沃森']);
  });

  it('answers what he said with his words', () => {
    const answer = engineFromArticles([chess]).ask('哈尔沃森说了什么？');
    expect(answer.abstained).toBe(false);
    expect(answer.passages[0]!.text).toContain('对手非常强');
  });

  it('does not take 其他 for a speaker', () => {
    const others = parseArticle('会议召开\n<p>市长李明主持会议。其他说明事项由秘书处另行通知。</p>', 'no-other-speaker');
    expect(extractFacts(others).statements.some((s) => s.text.includes('其他说明'))).toBe(false);
  });
});
