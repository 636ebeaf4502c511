/**
 * Latency and memory against corpus size, as a hand-written SVG: two panels sharing a log-scale
 * x axis (articles). Left: query p50 and p99 (ms, log scale). Right: RSS and peak RSS (MB).
 * Whiskers show min–max over the runs where there were several.
 */
const W = 360;
const H = 240;
const PAD = { left: 56, right: 16, top: 34, bottom: 42 };
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const log10 = (v) => Math.log10(Math.max(v, 1e-9));
function niceTicks(lo, hi, logScale) {
    if (logScale) {
        const ticks = [];
        for (let e = Math.floor(log10(lo)); e <= Math.ceil(log10(hi)); e++)
            ticks.push(10 ** e);
        return ticks;
    }
    const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo, 1))) * (hi / 10 ** Math.floor(Math.log10(Math.max(hi, 1))) > 5 ? 2 : 1);
    const ticks = [];
    for (let t = 0; t <= hi + step / 2; t += step)
        ticks.push(t);
    return ticks;
}
function panel(title, unit, series, sizes, logY, offsetX) {
    const all = series.flatMap((s) => s.points.flatMap((p) => [p.y, p.lo ?? p.y, p.hi ?? p.y])).filter((v) => Number.isFinite(v) && v > 0);
    if (all.length === 0)
        return '';
    const ticksY = niceTicks(Math.min(...all), Math.max(...all), logY);
    const yLo = logY ? log10(ticksY[0]) : 0;
    const yHi = logY ? log10(ticksY[ticksY.length - 1]) : ticksY[ticksY.length - 1];
    const xLo = log10(Math.min(...sizes));
    const xHi = log10(Math.max(...sizes));
    const px = (x) => offsetX + PAD.left + ((log10(x) - xLo) / Math.max(xHi - xLo, 1)) * (W - PAD.left - PAD.right);
    const py = (y) => PAD.top + (1 - ((logY ? log10(y) : y) - yLo) / Math.max(yHi - yLo, 1e-9)) * (H - PAD.top - PAD.bottom);
    const out = [];
    out.push(`<text x="${offsetX + W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(title)}</text>`);
    for (const t of ticksY) {
        out.push(`<line x1="${offsetX + PAD.left}" x2="${offsetX + W - PAD.right}" y1="${py(t).toFixed(1)}" y2="${py(t).toFixed(1)}" stroke="#ddd"/>`);
        out.push(`<text x="${offsetX + PAD.left - 6}" y="${(py(t) + 4).toFixed(1)}" text-anchor="end">${t >= 1 ? t : t.toPrecision(1)}</text>`);
    }
    for (const s of sizes) {
        out.push(`<text x="${px(s).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${s.toLocaleString('en-US')}</text>`);
    }
    out.push(`<text x="${offsetX + W / 2}" y="${H - 6}" text-anchor="middle">articles (log)</text>`);
    out.push(`<text transform="translate(${offsetX + 14},${H / 2}) rotate(-90)" text-anchor="middle">${esc(unit)}</text>`);
    series.forEach((s, i) => {
        const pts = s.points.filter((p) => Number.isFinite(p.y) && p.y > 0);
        out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`);
        for (const p of pts) {
            out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(s.name)} at ${p.x}: ${p.y.toFixed(2)} ${esc(unit)}</title></circle>`);
            if (p.lo !== undefined && p.hi !== undefined && p.hi > p.lo) {
                out.push(`<line x1="${px(p.x).toFixed(1)}" x2="${px(p.x).toFixed(1)}" y1="${py(p.lo).toFixed(1)}" y2="${py(p.hi).toFixed(1)}" stroke="${s.color}"/>`);
            }
        }
        out.push(`<rect x="${offsetX + PAD.left + 8}" y="${PAD.top + 4 + i * 14}" width="10" height="3" fill="${s.color}"/>`);
        out.push(`<text x="${offsetX + PAD.left + 22}" y="${PAD.top + 9 + i * 14}">${esc(s.name)}</text>`);
    });
    return out.join('\n');
}
export function scaleChart(rows) {
    const sizes = rows.map((r) => r.size);
    const latency = [
        { name: 'query p50', color: '#1f77b4', points: rows.map((r) => ({ x: r.size, y: r.queryP50?.median ?? NaN, lo: r.queryP50?.min, hi: r.queryP50?.max })) },
        { name: 'query p99', color: '#d62728', points: rows.map((r) => ({ x: r.size, y: r.queryP99?.median ?? NaN, lo: r.queryP99?.min, hi: r.queryP99?.max })) },
    ];
    const memory = [
        { name: 'RSS after GC', color: '#2ca02c', points: rows.map((r) => ({ x: r.size, y: r.rssMb ?? NaN })) },
        { name: 'peak RSS', color: '#9467bd', points: rows.map((r) => ({ x: r.size, y: r.peakMb ?? NaN })) },
    ];
    const body = rows.length
        ? panel('wenda: query latency (full Answer)', 'ms', latency, sizes, true, 0) + '\n' + panel('wenda: memory', 'MB', memory, sizes, false, W)
        : `<text x="20" y="40">no corpus size was measured</text>`;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" viewBox="0 0 ${2 * W} ${H}" font-family="sans-serif" font-size="11">`,
        `<rect width="100%" height="100%" fill="white"/>`,
        body,
        `</svg>`,
        '',
    ].join('\n');
}
//# sourceMappingURL=chart.js.map