/** A bracketed group at the very end of a paragraph: the place Chinese reports credit their reporters. */
const TRAILING_GROUP = /[（(]([^（()）]{2,60})[)）]\s*$/;
/** What may stand right before a byline: nothing, or the end of a sentence or quotation. */
const BEFORE_BYLINE = /(?:^|[。！？!?…”’」』）)】])\s*$/;
/** Role words that precede names in a byline (`记者 张三`, `通讯员李四`). */
const ROLE = /^(?:本报|本台|本刊|特约|实习|见习)?(?:记者|通讯员|实习生|摄影记者|摄影|摄像|编译)[:：]?/;
/** Chinese personal names are two to four Han characters. */
const NAME = /^\p{Script=Han}{2,4}$/u;
/** Short bracketed words that look like names but are organisations, places or editorial notes. */
const NOT_A_PERSON = /(?:社|报|网|台|站|刊|讯|电|报道|整理|综合|供图|待续|删节|节选|摘编|全文完)$/;
const SEPARATORS = /[\s、，,／/]+/;
/**
 * Takes a trailing `(甲 乙)` / `（记者 甲 乙）` byline off a paragraph. Ordinary parenthesised
 * text such as `（以下简称“协议”）` or `(2019年)` is left alone: every part must be a role word
 * or a 2–4-character Han name, and the group must follow a sentence end.
 */
export function cutByline(text) {
    const group = TRAILING_GROUP.exec(text);
    if (!group || group[1] === undefined)
        return undefined;
    const before = text.slice(0, group.index);
    if (!BEFORE_BYLINE.test(before))
        return undefined;
    const names = [];
    for (const part of group[1].split(SEPARATORS)) {
        let name = part;
        while (ROLE.test(name))
            name = name.replace(ROLE, '');
        if (name === '')
            continue;
        if (!NAME.test(name) || NOT_A_PERSON.test(name))
            return undefined;
        names.push(name);
    }
    return names.length === 0 ? undefined : { text: before.trimEnd(), names };
}
//# sourceMappingURL=byline.js.map