import { existsSync, readFileSync } from 'node:fs';
/** The dev set, or undefined when it is not beside the project (the side-by-side is then skipped). */
export function readQuestions(file) {
    if (!existsSync(file))
        return undefined;
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line));
}
export const norm = (s) => String(s ?? '').replace(/[\s\u3000\u00a0]+/g, '');
/** The article file as score.mjs sees it: tags and the common entities stripped. */
export function plainText(html) {
    return html
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"');
}
/** Longest common substring length. */
export function lcs(a, b) {
    let best = 0;
    const prev = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        let diag = 0;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
            if (prev[j] > best)
                best = prev[j];
            diag = up;
        }
    }
    return best;
}
export function passageHits(passage, evidence) {
    const p = norm(passage);
    return evidence.some((e) => {
        const ev = norm(e);
        return p.includes(ev) || ev.includes(p) || lcs(p, ev) >= Math.min(10, ev.length);
    });
}
/** Scores replies (one per question, in order) against the raw article file they were asked about. */
export function scoreReplies(questions, replies, articleRaw) {
    const articleLength = norm(plainText(articleRaw)).length;
    const score = { questions: questions.length, answerable: 0, unanswerable: 0, correct: 0, hit1: 0, abstain: 0 };
    questions.forEach((q, i) => {
        const reply = replies[i];
        if (!reply)
            throw new Error(`no reply for ${q.id}`);
        if (!q.answerable) {
            score.unanswerable++;
            if (reply.abstained)
                score.abstain++;
            return;
        }
        score.answerable++;
        const answer = norm(reply.answer);
        const dump = answer.length > Math.max(0.35 * articleLength, 300);
        if (!reply.abstained && !dump && q.answer_keys.every((k) => answer.includes(norm(k))))
            score.correct++;
        const top = reply.passages[0];
        if (top && passageHits(top.text, q.evidence))
            score.hit1++;
    });
    return score;
}
/** Shares of the questions each figure is counted over; abstain is 0 for a set with no unanswerable question. */
export function rates(score) {
    return {
        correct: score.answerable ? score.correct / score.answerable : 0,
        hit1: score.answerable ? score.hit1 / score.answerable : 0,
        abstain: score.unanswerable ? score.abstain / score.unanswerable : 0,
    };
}
//# sourceMappingURL=score.js.map