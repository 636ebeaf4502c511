export const SIDE_COLUMNS = ['system', 'correct', 'hit@1', 'abstain', 'build ms', 'query p50 ms', 'query p99 ms', 'cold start ms', 'RSS MB'];
export const SCALE_COLUMNS = [
    'articles', 'text', 'characters', 'build ms', 'query p50 ms', 'query p99 ms', 'RSS MB', 'peak RSS MB', 'seed correct',
    'right article', 'restart to first answer ms', 'index JSON chars', 'index build ms', 'loadJSON ms',
];
export function figure(n) {
    if (!Number.isFinite(n))
        return 'n/a';
    if (Math.abs(n) >= 100)
        return Math.round(n).toLocaleString('en-US');
    if (Math.abs(n) >= 10)
        return n.toFixed(1);
    return n.toFixed(2);
}
/** "median (min–max)", or the median alone when it was measured once. */
export function spreadCell(s) {
    if (!s || s.runs === 0)
        return 'not measured';
    return s.runs === 1 ? `${figure(s.median)} (1 run)` : `${figure(s.median)} (${figure(s.min)}–${figure(s.max)})`;
}
const share = (x) => x.toFixed(2);
const optional = (x) => (x === undefined ? 'not measured' : figure(x));
export function sideTable(rows) {
    return {
        headers: SIDE_COLUMNS,
        rows: rows.map((r) => [
            r.label, share(r.quality.correct), share(r.quality.hit1), share(r.quality.abstain),
            spreadCell(r.buildMs), spreadCell(r.queryP50), spreadCell(r.queryP99), spreadCell(r.coldMs), spreadCell(r.rssMb),
        ]),
    };
}
export function scaleTable(results, scored) {
    return {
        headers: SCALE_COLUMNS,
        rows: results.map((r) => {
            if ('missing' in r)
                return [r.size.toLocaleString('en-US'), ...SCALE_COLUMNS.slice(1).map((_, i) => (i === 0 ? r.missing : '—'))];
            return [
                r.size.toLocaleString('en-US'), r.corpus ?? '—', r.characters.toLocaleString('en-US'), spreadCell(r.buildMs), spreadCell(r.queryP50),
                spreadCell(r.queryP99), optional(r.rssMb), optional(r.peakMb),
                r.correct === undefined ? 'not measured' : scored ? share(r.correct) : 'n/a (no dev set)',
                r.rightArticle ? `${(100 * r.rightArticle.rate).toFixed(1)}% of ${r.rightArticle.questions}` : '—',
                optional(r.restartMs),
                r.serialized ? r.serialized.jsonChars.toLocaleString('en-US') : '—',
                spreadCell(r.serialized?.indexBuildMs), spreadCell(r.serialized?.loadJsonMs),
            ];
        }),
    };
}
export function renderText(table) {
    const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(table.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}
export function renderMarkdown(table) {
    const esc = (c) => c.replace(/\|/g, '\\|');
    return [
        `| ${table.headers.map(esc).join(' | ')} |`,
        `| ${table.headers.map(() => '---').join(' | ')} |`,
        ...table.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
}
//# sourceMappingURL=table.js.map