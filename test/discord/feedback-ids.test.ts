import { describe, expect, it } from 'vitest';
import { feedbackId, noteId, parseActionId, parseNoteId } from '../../src/discord/answer-actions.js';

const answer = (raw: string, articleId = '000_20b33d47ff37ce72') => ({ intent: 'agreements' as const, article: { id: articleId, title: 't' }, question: { raw } });

describe('vote button ids carry what a vote is stored with', () => {
  it('round-trips the answer id, intent, article and question', () => {
    const id = feedbackId('down', 'AbC_12-x', answer('签署了哪些协议？'));
    expect(parseActionId(id)).toEqual({ kind: 'feedback', vote: 'down', answerId: 'AbC_12-x', about: { intent: 'agreements', articleId: '000_20b33d47ff37ce72', question: '签署了哪些协议？' } });
  });

  it('cuts a long question (never inside a surrogate pair) to stay within 100 characters, marking the cut', () => {
    const long = `${'🙂'.repeat(30)} and what did the delegations sign at the talks held that day in Beijing?`;
    const id = feedbackId('up', 'abcdefgh', answer(long, 'f'.repeat(64)));
    expect(id.length).toBeLessThanOrEqual(100);
    const parsed = parseActionId(id);
    if (parsed?.kind !== 'feedback') throw new Error('not a vote');
    expect(parsed.about?.question.endsWith('…')).toBe(true);
    expect(long.startsWith(parsed.about!.question.slice(0, -1))).toBe(true);
  });

  it('refuses an id naming no intent wenda has, and still reads the short ids of answers sent before', () => {
    expect(parseActionId('fb:up:abcdefgh:hacked:seed:q')).toBeUndefined();
    expect(parseActionId('fb:up:abcdefgh')).toEqual({ kind: 'feedback', vote: 'up', answerId: 'abcdefgh' });
    expect(parseActionId('fb:sideways:abcdefgh')).toBeUndefined();
  });

  it('names the answer a 👎 note goes with', () => {
    expect(parseNoteId(noteId('abcdefgh'))).toBe('abcdefgh');
    expect(parseNoteId('fbn:../../etc')).toBeUndefined();
  });
});
