import { describe, expect, it } from 'vitest';
import { parseContentType } from '../../../src/library/fetch/content-type.js';
import { decodePageBytes } from '../../../src/library/fetch/decode-page.js';

/** 中文新闻 in GBK (python3: '中文新闻'.encode('gbk')). */
const GBK_NEWS = Buffer.from('d6d0cec4d0c2cec5', 'hex');
const bytes = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));

describe('decodePageBytes', () => {
  it('lets a byte-order mark beat the header', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>中文新闻</p>')]);
    expect(decodePageBytes(page, 'gbk')).toEqual({ text: '<p>中文新闻</p>', charset: 'utf-8' });
  });

  it('falls back to the meta when the header names a charset nobody knows', () => {
    const page = bytes('<meta charset="gbk">', GBK_NEWS);
    expect(decodePageBytes(page, 'klingon-8')).toEqual({ text: '<meta charset="gbk">中文新闻', charset: 'gbk' });
  });

  it('ignores a meta claiming UTF-16, which an ASCII-readable page cannot be in', () => {
    const page = bytes('<meta charset="utf-16">', GBK_NEWS);
    expect(decodePageBytes(page)).toEqual({ text: '<meta charset="utf-16">中文新闻', charset: 'gb18030' });
  });

  it('keeps a declared UTF-8 even when the bytes are not, replacing what cannot be read', () => {
    const { text, charset } = decodePageBytes(bytes('<p>', GBK_NEWS), 'utf-8');
    expect(charset).toBe('utf-8');
    expect(text).toContain('\uFFFD');
  });
});

describe('parseContentType', () => {
  it('splits the media type from a quoted, upper-case charset', () => {
    expect(parseContentType('Text/HTML; Charset="GB2312"')).toEqual({ mediaType: 'text/html', charset: 'GB2312' });
  });

  it('treats a blank header as absent', () => {
    expect(parseContentType('  ')).toBeUndefined();
    expect(parseContentType(undefined)).toBeUndefined();
  });
});
