import type { Passage } from './types.js';

/** The paragraphs a passage quotes: its own, or each of a run when its quotation crosses a paragraph break. */
export function passageParagraphs(passage: Pick<Passage, 'paragraph' | 'through'>): number[] {
  const last = passage.through ?? passage.paragraph;
  const all: number[] = [];
  for (let n = passage.paragraph; n <= last; n++) all.push(n);
  return all;
}

/** How a passage is cited after ¶: "3", or "3–4" for a quotation running over a paragraph break. */
export function paragraphRange(passage: Pick<Passage, 'paragraph' | 'through'>): string {
  return passage.through !== undefined && passage.through !== passage.paragraph ? `${passage.paragraph}–${passage.through}` : String(passage.paragraph);
}
