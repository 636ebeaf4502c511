/** Counts by vote and intent, and the questions with the most 👎 (ties: fewest 👍), worst first. */
export function feedbackReport(records, worst = 10) {
    const up = records.filter((r) => r.vote === 'up').length;
    const lines = [`feedback: ${records.length} votes, ${up} 👍, ${records.length - up} 👎`];
    const intents = [...new Set(records.map((r) => r.intent))].sort();
    for (const intent of intents) {
        const of = records.filter((r) => r.intent === intent);
        const down = of.filter((r) => r.vote === 'down').length;
        lines.push(`  ${intent.padEnd(11)} ${String(of.length - down).padStart(4)} 👍 ${String(down).padStart(4)} 👎`);
    }
    const tallies = tally(records).filter((t) => t.down > 0);
    if (tallies.length > 0)
        lines.push('worst questions:');
    for (const t of tallies.slice(0, worst)) {
        lines.push(`  ${t.down} 👎 ${t.up} 👍  [${t.intent}] ${t.question}  (${t.articleId})`);
        // Notes are what members typed: one line each, so a note cannot pass for another line of the report.
        for (const note of t.notes)
            lines.push(`      “${note.replace(/\s+/gu, ' ')}”`);
    }
    return lines.join('\n');
}
export function tally(records) {
    const byQuestion = new Map();
    for (const r of records) {
        const key = `${r.articleId}\u0000${r.question.trim()}`;
        const t = byQuestion.get(key) ?? { question: r.question.trim(), intent: r.intent, articleId: r.articleId, up: 0, down: 0, notes: [] };
        t[r.vote]++;
        if (r.note && r.vote === 'down')
            t.notes.push(r.note);
        byQuestion.set(key, t);
    }
    return [...byQuestion.values()].sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question));
}
/**
 * The 👎 questions as a review file in the scoring format of ../shared/eval/seed-dev.jsonl: one
 * JSON object a line, with evidence and answer keys left empty for a person to fill in (what the
 * article says, and what the right answer holds) before the file is scored.
 */
export function reviewLines(records) {
    return tally(records)
        .filter((t) => t.down > 0)
        .map((t, i) => JSON.stringify({
        id: `feedback-${String(i + 1).padStart(3, '0')}`,
        lang: /[A-Za-z]/.test(t.question) && !/\p{Script=Han}/u.test(t.question) ? 'en' : /[A-Za-z]{3,}/.test(t.question) ? 'mixed' : 'zh',
        question: t.question,
        intent: t.intent,
        answerable: true,
        evidence: [],
        answer_keys: [],
        article: t.articleId,
        // For the person filling in the keys: what the members said was wrong.
        ...(t.notes.length > 0 ? { notes: t.notes } : {}),
    }));
}
//# sourceMappingURL=report.js.map