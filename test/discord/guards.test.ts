import { describe, expect, it } from 'vitest';
import { checkQuestion, createCooldown, firstRefusal } from '../../src/discord/guards.js';

/** A clock the test moves by hand: cooldowns are checked without waiting. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('cooldown', () => {
  it('lets a user ask once per window and says how long to wait in their language', () => {
    const c = clock();
    const cooldown = createCooldown({ ms: 2000, now: c.now });
    expect(cooldown.take('u1').ok).toBe(true);
    c.advance(500);
    const refused = cooldown.take('u1');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.message('en')).toBe('Slow down a little — try again in 2 s.');
      expect(refused.message('zh')).toBe('请稍等，2秒后再试。');
    }
    c.advance(1500);
    expect(cooldown.take('u1').ok).toBe(true);
  });

  it('keeps users apart', () => {
    const c = clock();
    const cooldown = createCooldown({ ms: 2000, now: c.now });
    expect(cooldown.take('u1').ok).toBe(true);
    expect(cooldown.take('u2').ok).toBe(true);
    expect(cooldown.take('u1').ok).toBe(false);
  });

  it('is off at 0 ms', () => {
    const cooldown = createCooldown({ ms: 0 });
    expect([1, 2, 3].every(() => cooldown.take('u').ok)).toBe(true);
  });

  it('forgets the oldest users past its bound, so memory stays flat', () => {
    const c = clock();
    const cooldown = createCooldown({ ms: 60_000, maxUsers: 3, now: c.now });
    for (const u of ['a', 'b', 'c', 'd']) cooldown.take(u);
    expect(cooldown.take('a').ok).toBe(true); // pushed out, so allowed again
    expect(cooldown.take('d').ok).toBe(false);
  });
});

describe('checkQuestion', () => {
  it.each([
    ['', 'Please type a question.'],
    ['   \n\t', 'Please type a question.'],
    ['\u200b\u200d\u202e', 'Please type a question.'],
  ])('refuses an empty question %j', (text, message) => {
    const result = checkQuestion(text, 300);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message('en')).toBe(message);
  });

  it('refuses a question over the limit, saying the limit', () => {
    const result = checkQuestion('问'.repeat(301), 300);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message('en')).toBe('Please keep the question under 300 characters.');
      expect(result.message('zh')).toBe('问题请不要超过300个字符。');
    }
  });

  it('accepts an ordinary question, emoji and all', () => {
    expect(checkQuestion('谁参加了？🙂', 300).ok).toBe(true);
  });

  it('firstRefusal stops at the first refusal and does not take the cooldown after it', () => {
    const cooldown = createCooldown({ ms: 10_000 });
    const result = firstRefusal(() => checkQuestion('', 300), () => cooldown.take('u'));
    expect(result.ok).toBe(false);
    expect(cooldown.take('u').ok).toBe(true);
  });
});
