import { describe, expect, it } from 'vitest';
import { cutSentences, splitSentences } from '../../src/article/sentences.js';

describe('splitSentences', () => {
  it('keeps a closing quote with the sentence it closes', () => {
    const sentences = splitSentences('他说：“我们来了。”然后走了。');
    expect(sentences).toEqual(['他说：“我们来了。”', '然后走了。']);
    expect(sentences[0]?.endsWith('。”')).toBe(true);
  });

  it('cuts at 。！？； and keeps runs of stops together', () => {
    expect(splitSentences('真的吗？！是的；好。走吧！')).toEqual(['真的吗？！', '是的；', '好。', '走吧！']);
  });

  it('keeps closing brackets and corner quotes on their sentence', () => {
    expect(splitSentences('他写道「完了。」（见附件。）随后离开。')).toEqual([
      '他写道「完了。」',
      '（见附件。）',
      '随后离开。',
    ]);
  });

  it('cuts at ASCII ! ? ; only before a space or the end', () => {
    expect(splitSentences('Ready? Go! a;b 3.5!x end;')).toEqual(['Ready?', 'Go!', 'a;b 3.5!x end;']);
  });

  it('keeps a straight closing quote only when one was opened', () => {
    expect(splitSentences('他说:"好。"然后走了。')).toEqual(['他说:"好。"', '然后走了。']);
  });

  it('gives a paragraph without stops as one sentence, and nothing for empty text', () => {
    expect(splitSentences('没有句号的一段话')).toEqual(['没有句号的一段话']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('。')).toEqual(['。']);
  });

  it('keeps a stop inside a 《》 title in the title, but an unclosed 《 does not swallow the text', () => {
    expect(splitSentences('《卡拉OK.LIVE！‧台北‧我》是他的第六张专辑。次年发行新作。')).toEqual(['《卡拉OK.LIVE！‧台北‧我》是他的第六张专辑。', '次年发行新作。']);
    expect(splitSentences('他读了《谁？》一书。后来写了书评。')).toEqual(['他读了《谁？》一书。', '后来写了书评。']);
    expect(splitSentences('符号《用于书名。第二句。')).toEqual(['符号《用于书名。', '第二句。']);
  });

  it('keeps a short quotation the sentence introduces whole, stops inside it and all', () => {
    expect(splitSentences('词典解释为：“一个人迅速获得财富。通常含贬义。”后来也用于团体。')).toEqual([
      '词典解释为：“一个人迅速获得财富。通常含贬义。”',
      '后来也用于团体。',
    ]);
    expect(splitSentences('书中写到无上我：「唵！自在居于一切之中。」其后讨论祭祀。')).toEqual(['书中写到无上我：「唵！自在居于一切之中。」', '其后讨论祭祀。']);
  });

  it('keeps the sentences of a quotation that opens its sentence, or that runs on too long to be one', () => {
    expect(splitSentences('“我们原本计划回家过年。他只是我的爸爸。”')).toEqual(['“我们原本计划回家过年。', '他只是我的爸爸。”']);
    const speech = `他说：“${'我们要继续推进各项工作'.repeat(4)}。${'还要做好保障'.repeat(16)}。”`;
    expect(splitSentences(speech)).toHaveLength(2);
    expect(splitSentences('他说：“好。然后一直没有说完')).toEqual(['他说：“好。', '然后一直没有说完']);
  });

  it('never yields empty sentences when text ends in a stop', () => {
    const sentences = splitSentences('第一句。第二句。');
    expect(sentences).toEqual(['第一句。', '第二句。']);
  });
});

describe('cutSentences', () => {
  it('keeps the whitespace after each sentence on it, so the pieces join back into the text', () => {
    const text = ' 第一句。 第二句！\n第三句';
    expect(cutSentences(text)).toEqual([' 第一句。 ', '第二句！\n', '第三句']);
    expect(cutSentences(text).join('')).toBe(text);
  });

  it('cuts at the ASCII stops it is given, still only before a space or the end', () => {
    expect(cutSentences('Yes. It is 3.5 m? a;b')).toEqual(['Yes. It is 3.5 m? ', 'a;b']);
    expect(cutSentences('Yes. It is 3.5 m? a;b', { asciiStops: '.!?' })).toEqual(['Yes. ', 'It is 3.5 m? ', 'a;b']);
  });
});
