import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromEnv, storeLimitsFromEnv } from '../../../src/library/store/index.js';
import { projectRoot } from '../../../src/util/paths.js';

describe('dataDirFromEnv', () => {
  it('is data/ in the project root when WENDA_DATA_DIR is unset or empty', () => {
    expect(dataDirFromEnv({})).toBe(join(projectRoot, 'data'));
    expect(dataDirFromEnv({ WENDA_DATA_DIR: '' })).toBe(join(projectRoot, 'data'));
  });

  it('takes WENDA_DATA_DIR, relative to the working directory', () => {
    expect(dataDirFromEnv({ WENDA_DATA_DIR: '/srv/wenda' })).toBe('/srv/wenda');
    expect(dataDirFromEnv({ WENDA_DATA_DIR: 'library' })).toBe(resolve('library'));
  });
});

describe('storeLimitsFromEnv', () => {
  it('leaves out limits that are unset or empty, so the defaults apply', () => {
    expect(storeLimitsFromEnv({})).toEqual({});
    expect(storeLimitsFromEnv({ WENDA_MAX_ARTICLES_PER_SERVER: '', WENDA_MAX_LOADS_PER_HOUR: ' ' })).toEqual({});
  });

  it('reads both limits', () => {
    expect(storeLimitsFromEnv({ WENDA_MAX_ARTICLES_PER_SERVER: '50', WENDA_MAX_LOADS_PER_HOUR: ' 5 ' })).toEqual({
      maxArticlesPerGuild: 50,
      maxLoadsPerMemberPerHour: 5,
    });
  });

  it.each(['0', '-3', '2.5', 'ten', '1e3', '99999999999999999999'])('refuses %j, naming the variable', (value) => {
    expect(() => storeLimitsFromEnv({ WENDA_MAX_LOADS_PER_HOUR: value })).toThrow(/^WENDA_MAX_LOADS_PER_HOUR must be a whole number/);
    expect(() => storeLimitsFromEnv({ WENDA_MAX_ARTICLES_PER_SERVER: value })).toThrow(/^WENDA_MAX_ARTICLES_PER_SERVER /);
  });
});
