import { describe, expect, it } from 'vitest';
import { boldTerms, escapeMarkdown, proseSentences, splitFormatted } from '../../src/discord/text.js';

describe('escapeMarkdown', () => {
  it('shows Markdown characters as written', () => {
    expect(escapeMarkdown('**x** _y_ `z` ~~w~~ |s|')).toBe('\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\~\\~w\\~\\~ \\|s\\|');
  });

  it('turns mentions into text that cannot ping or render as a mention', () => {
    const out = escapeMarkdown('hi @everyone and @here <@123> <@!45> <@&6> <#7>');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/(^|[^\\])<[@#]/);
    expect(out).toContain('@\u200beveryone');
    expect(out).toContain('\\<@123>');
  });

  it('removes zero-width and bidi-override characters', () => {
    expect(escapeMarkdown('a\u200bb\u202ec\u0000d')).toBe('abcd');
  });

  it('keeps a line start from becoming a list, heading or quote, and leaves other punctuation alone', () => {
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('# big\n> quote\n- item')).toBe('\\# big\n\\> quote\n\\- item');
    expect(escapeMarkdown('secretary-general (2019) a > b # c')).toBe('secretary-general (2019) a > b # c');
    expect(escapeMarkdown('[link](http://x)')).toBe('\\[link\\](http://x)');
  });
});

describe('proseSentences', () => {
  it('cuts after Chinese and English end marks, keeping quotes with their sentence', () => {
    expect(proseSentences('他说：“好。”然后走了！Yes. It is 3.5 m? Ok')).toEqual(['他说：“好。”', '然后走了！', 'Yes. ', 'It is 3.5 m? ', 'Ok']);
  });

  it('gives the text back when joined', () => {
    const text = '一；二。三？four! five';
    expect(proseSentences(text).join('')).toBe(text);
  });
});

describe('splitFormatted', () => {
  it('puts whole sentences in each piece, under the limit', () => {
    const text = '甲'.repeat(30) + '。' + '乙'.repeat(30) + '。' + '丙'.repeat(30) + '。';
    const pieces = splitFormatted(text, (t) => t, 70);
    expect(pieces).toEqual(['甲'.repeat(30) + '。' + '乙'.repeat(30) + '。', '丙'.repeat(30) + '。']);
  });

  it('cuts a sentence with no end mark where it must, every piece within the limit', () => {
    const pieces = splitFormatted('*'.repeat(1000), escapeMarkdown, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join('').replace(/\\/g, '')).toBe('*'.repeat(1000));
  });
});

describe('boldTerms', () => {
  it('bolds each matched term, the longer term winning', () => {
    expect(boldTerms('北京市委书记到北京', ['北京', '北京市委'])).toBe('**北京市委**书记到**北京**');
  });

  it('escapes the text around and inside the bold', () => {
    expect(boldTerms('a*b @everyone', ['b'])).toBe('a\\***b** @\u200beveryone');
  });
});
