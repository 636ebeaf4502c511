/**
 * Labels of the lines Chinese news pages put around the body to credit editors and sources.
 * Such a line is page furniture, not something the article says.
 */
const LABELS = [
  '责任编辑', '责编', '编辑', '主编', '校对', '审核', '审校', '终审', '监制', '出品', '作者', '来源',
  '稿件来源', '文章来源', '新闻来源', '本文来源', '图片来源', '原文链接', '原文地址',
];
const LABEL = `(?:${[...LABELS].sort((a, b) => b.length - a.length).join('|')})`;
const EDITOR_LABEL = /^(?:责任编辑|责编)$/;

/** A label line may start with the page's timestamp (`2020-06-14 08:30 来源：…`). */
const TIMESTAMP_PREFIX = String.raw`(?:[\d０-９][\d０-９\s:：\-/.年月日时分]*\s*)?`;
const LABEL_LINE = new RegExp(`^${TIMESTAMP_PREFIX}[（(【\\[]?\\s*${LABEL}\\s*[:：]`);
/** One `label：value` pair inside a label line; the value runs to the next label or bracket. */
const LABEL_PAIR = new RegExp(`(${LABEL})\\s*[:：]\\s*(.*?)\\s*(?=[)）】\\]]|\\s+${LABEL}\\s*[:：]|$)`, 'g');
/** A label line is short and says nothing: no sentence ends inside it. */
const MAX_LABEL_LINE = 80;
const SENTENCE_END = /[。！？!?]/;

/** `（完）`, `【完】`, `(全文完)`: the wire-service end mark. */
const END_MARK = /[（(【\[]\s*(?:全文)?完\s*[)）】\]]\s*$/;
/** `…参加。（责任编辑：张三）` — a label in brackets stuck to the end of the last paragraph. */
const TRAILING_LABEL = new RegExp(`[（(【\\[]\\s*(${LABEL})\\s*[:：]\\s*([^（()）【】\\[\\]]{1,40}?)\\s*[)）】\\]]\\s*$`);

/** CMS staff codes glued to editor names (`张三_NN7470`) mean nothing to a reader. */
const STAFF_CODE = /[_＿][A-Za-z0-9]+$/;

function cleanEditor(value: string): string | undefined {
  const name = value.replace(STAFF_CODE, '').trim();
  return name === '' ? undefined : name;
}

export interface LabelLine {
  /** The editor named by a 责任编辑/责编 label on this line, if any. */
  editor?: string;
}

/** Reads a whole block as a credits/source line; undefined when the block is body text. */
export function readLabelLine(block: string): LabelLine | undefined {
  if (END_MARK.test(block) && block.replace(END_MARK, '').trim() === '') return {};
  if (block.length > MAX_LABEL_LINE || SENTENCE_END.test(block) || !LABEL_LINE.test(block)) {
    return undefined;
  }
  for (const [, label, value] of block.matchAll(LABEL_PAIR)) {
    if (label !== undefined && EDITOR_LABEL.test(label)) {
      const editor = cleanEditor(value ?? '');
      if (editor !== undefined) return { editor };
    }
  }
  return {};
}

export interface TrailingLabel {
  /** The paragraph without the bracketed label or end mark. */
  text: string;
  editor?: string;
}

/** Cuts a bracketed credit or end mark off the end of a paragraph; undefined when there is none. */
export function cutTrailingLabel(text: string): TrailingLabel | undefined {
  const end = END_MARK.exec(text);
  if (end) return { text: text.slice(0, end.index).trimEnd() };
  const label = TRAILING_LABEL.exec(text);
  if (!label) return undefined;
  const rest = text.slice(0, label.index).trimEnd();
  const editor = EDITOR_LABEL.test(label[1] ?? '') ? cleanEditor(label[2] ?? '') : undefined;
  return editor === undefined ? { text: rest } : { text: rest, editor };
}
