/**
 * Whether at least half of a word's characters stand in a two-character run of the question that
 * `written` says is written elsewhere (in the article): jieba cuts 和服务 as 和服/务, and 服务 is in
 * the article, so 和服 is not something the article lacks.
 */
export function mostlyCovered(term, question, written) {
    const at = question.indexOf(term);
    if (at < 0)
        return false;
    let covered = 0;
    for (let i = at; i < at + term.length; i++) {
        const left = i > 0 ? question.slice(i - 1, i + 1) : '';
        const right = question.slice(i, i + 2);
        if ((left.length === 2 && written(left)) || (right.length === 2 && written(right)))
            covered++;
    }
    return covered * 2 >= term.length;
}
//# sourceMappingURL=covered.js.map