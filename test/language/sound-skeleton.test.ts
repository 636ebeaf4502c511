import { describe, expect, it } from 'vitest';
import { soundsAlike } from '../../src/language/sound-skeleton.js';

describe('foreign names by their sound', () => {
  it('matches a Latin spelling with the characters news writes it in', () => {
    expect(soundsAlike('Gerry Soejatman', '格里·苏加特曼')).toBe(true);
    expect(soundsAlike('Soejatman', '苏加特曼')).toBe(true);
    expect(soundsAlike('Joe Biden', '乔·拜登')).toBe(true);
    expect(soundsAlike('Pierre Trudeau', '皮埃尔·特鲁多')).toBe(true);
    expect(soundsAlike('Donald Trump', '唐纳德·特朗普')).toBe(true);
  });

  it('does not match another name, or a name too short to tell', () => {
    expect(soundsAlike('Joe Biden', '唐纳德·特朗普')).toBe(false);
    expect(soundsAlike('Marie Curie', '皮埃尔·特鲁多')).toBe(false);
    expect(soundsAlike('Al', '阿尔')).toBe(false);
  });
});
