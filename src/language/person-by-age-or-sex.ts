/**
 * Words that say of a person only their age or sex, spoken or written (阿伯, 老太太, 小伙子, 男子): a
 * question describes someone by one (种了30年的阿伯叫什么名字), an article by a name and what they do.
 * Such a word is no name the article lacks (jieba tags 阿伯 a place) and no role it never writes.
 */
const BY_AGE_OR_SEX: ReadonlySet<string> = new Set([
  '阿伯', '阿婆', '阿公', '阿嬷', '阿叔', '阿婶', '老伯', '伯伯', '大伯', '大叔', '大爷', '大妈', '大婶', '大娘', '大姐', '大哥',
  '老汉', '老太', '老太太', '老太婆', '老爷爷', '老奶奶', '老先生', '老人家', '老人', '小伙', '小伙子', '姑娘', '小姑娘',
  '男子', '女子', '男人', '女人', '男孩', '女孩', '男生', '女生',
]);

export function isPersonByAgeOrSex(word: string): boolean {
  return BY_AGE_OR_SEX.has(word);
}
