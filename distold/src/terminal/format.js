/** ANSI styling, only when the terminal shows it (a TTY, and NO_COLOR unset). */
export function styler(enabled) {
    const wrap = (code) => (text) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
    return { bold: wrap('1'), dim: wrap('2'), cyan: wrap('36'), yellow: wrap('33') };
}
/** An answer's reply `text` (`replyText`) as the terminal prints it: headline bold, citations dimmed, matched words highlighted. */
export function formatForTerminal(answer, text, color) {
    const style = styler(color);
    const [headline = '', ...rest] = text.split('\n');
    const matched = [...new Set(answer.passages.flatMap((p) => p.matched))].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
    const body = rest.map((line) => {
        let out = line.replace(/(¶\d+)/g, (m) => style.cyan(m));
        for (const word of matched)
            out = out.split(word).join(style.yellow(word));
        return out;
    });
    // Which article answered: with several loaded, a reader must know where a quotation stands.
    const source = answer.abstained ? [] : [style.dim(`${answer.language === 'zh' ? '来源' : 'Source'}: ${answer.article.title}${answer.article.date ? ` · ${answer.article.date}` : ''}`)];
    return [style.bold(headline), ...body, ...source].join('\n');
}
//# sourceMappingURL=format.js.map