import { describe, expect, it } from 'vitest';
import { findDateInText, toIsoDate } from '../../../src/library/extract/date.js';

describe('toIsoDate', () => {
  it.each([
    ['2023-05-17T09:30:00+08:00', '2023-05-17'],
    ['2023-05-17T01:00:00+08:00', '2023-05-17'],
    ['2023-05-17', '2023-05-17'],
    ['2023/5/7 09:30', '2023-05-07'],
    ['2023.05.17', '2023-05-17'],
    ['2023年5月17日 09:30', '2023-05-17'],
    ['２０２３年５月１７日', '2023-05-17'],
    ['20230517', '2023-05-17'],
  ])('reads %s as %s (the publisher’s day, not UTC’s)', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });

  it.each([
    ['a day the month does not have', '2023-02-30'],
    ['a month past 12', '2023-13-01'],
    ['mixed separators', '2023-05/17'],
    ['a year no news page has', '0571-8765-4321'],
    ['a date without a year', '5月17日'],
    ['words', 'yesterday'],
    ['a number longer than a compact date', '20230517103000'],
  ])('refuses %s', (_why, value) => {
    expect(toIsoDate(value)).toBeUndefined();
  });
});

describe('findDateInText', () => {
  it('finds the first real date in a line of text', () => {
    expect(findDateInText('发布时间：2024年3月8日 10:15 来源：某某日报')).toBe('2024-03-08');
    expect(findDateInText('2023/02/30 有误 2023/03/01 更正')).toBe('2023-03-01');
    expect(findDateInText('2024年3月8号')).toBe('2024-03-08');
  });

  it('does not read a compact number in running text as a date', () => {
    expect(findDateInText('订单号20230517，已发货')).toBeUndefined();
  });
});
