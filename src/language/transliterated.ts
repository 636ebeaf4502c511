/**
 * Foreign names as Chinese news writes them: syllables spelled with a small set of characters, the
 * given name and the family name joined by a middle dot (玛丽·居里, 乔·拜登). jieba cuts
 * them at the dot and often inside each part, so they are read from their shape instead.
 */

/**
 * Characters the standard transliteration tables (新华社译名) use for foreign syllables, and those
 * the names of China's Uyghur, Kazakh and Tibetan people are written with (买买提江·吐尔逊, 扎西·顿珠).
 */
const SYLLABLE_CHARACTERS = new Set(
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹当德登迪蒂丁东杜多厄恩尔法凡菲费芬丰弗福富伽盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫亨胡华怀霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉列林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙米密明莫默姆穆纳娜奈南内尼妮努诺欧帕派潘佩蓬皮普奇齐契乔切琴丘萨塞桑瑟森沙珊尚舍圣施史什舒斯苏索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌西希锡夏肖谢辛休雅亚扬耶伊英尤约泽扎詹朱兹佐茨娃芙黛丝居因丽茜芭买江吐逊热木孜依肉玉祖乃甫吾赛山牙尕仁卓央措顿珠旦',
);

/** Whether a character is one the transliteration tables spell foreign syllables with. */
export function isSyllable(character: string): boolean {
  return SYLLABLE_CHARACTERS.has(character);
}

/** The dots written between the parts of a foreign name (middle dot, katakana middle dot, bullet). */
export const NAME_DOT = /[·・•‧]/u;

/**
 * The foreign names a text writes: two or more runs of transliteration characters joined by name
 * dots (乔·拜登 has a one-character given name; every later part is two characters or more, since
 * one character after a dot is an initial or a word). The run before the first dot stops at the first character no table uses, so
 * 物理学家玛丽·居里 gives 玛丽·居里.
 */
export function transliteratedNames(text: string): string[] {
  const names: string[] = [];
  // Most texts write no middle dot at all: nothing to read character by character.
  if (!NAME_DOT.test(text)) return names;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (!NAME_DOT.test(chars[i]!)) continue;
    let start = i;
    while (start > 0 && SYLLABLE_CHARACTERS.has(chars[start - 1]!)) start--;
    if (i - start < 1) continue;
    let end = i;
    let parts = 1;
    // Each dot must be followed by a run of two or more syllable characters to extend the name.
    while (end < chars.length && NAME_DOT.test(chars[end]!)) {
      let next = end + 1;
      while (next < chars.length && SYLLABLE_CHARACTERS.has(chars[next]!)) next++;
      if (next - end - 1 < 2) break;
      end = next;
      parts++;
    }
    if (parts < 2) continue;
    const name = chars.slice(start, end).join('');
    if (!names.includes(name)) names.push(name);
    i = end - 1;
  }
  return names;
}

/** Fewest syllables of a foreign name written without a dot, and fewest times written: fewer meets ordinary words. */
const UNDOTTED_MIN = 3;
const UNDOTTED_TIMES = 2;

/**
 * Foreign names a text writes without a dot (a country, a city, a surname alone: 某某林, 某某尼亚): runs of
 * three or more transliteration characters written at least twice. jieba cuts them into pieces
 * (洛林 is Lorraine to its dictionary), so an English question's spelling of the name would meet no
 * word of the article by its sound.
 */
export function undottedNames(text: string): string[] {
  const counts = new Map<string, number>();
  let run = '';
  for (const c of [...text, '\n']) {
    if (SYLLABLE_CHARACTERS.has(c)) {
      run += c;
      continue;
    }
    if (run.length >= UNDOTTED_MIN) counts.set(run, (counts.get(run) ?? 0) + 1);
    run = '';
  }
  return [...counts].filter(([, n]) => n >= UNDOTTED_TIMES).map(([name]) => name);
}

/** Whether a word is spelled in transliteration characters alone and long enough to be a foreign name. */
export function spelledForeign(word: string): boolean {
  return word.length >= UNDOTTED_MIN && [...word].every((c) => SYLLABLE_CHARACTERS.has(c));
}
