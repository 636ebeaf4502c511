/**
 * Words that say how sure a statement is, not what it is about (产值预计多少 asks the figure of
 * 产值): an article words them its own way (将超过, 有望达到), or not at all.
 */
const HEDGES = new Set(['预计', '预期', '估计', '预估', '预测', '大约', '大概', '有望', '可能', '或将']);

export function isHedge(word: string): boolean {
  return HEDGES.has(word);
}
