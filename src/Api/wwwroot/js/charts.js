// Small SVG line charts: axes with units, grid, and series told apart by dash pattern and marker shape as well as
// colour, with a legend. No library; the charts redraw whole on every update.

const NS = 'http://www.w3.org/2000/svg';
const STYLES = [
    { colour: '#0b5cad', dash: '', marker: 'circle' },
    { colour: '#a4161a', dash: '6 3', marker: 'square' },
    { colour: '#1a6b2f', dash: '2 2', marker: 'triangle' },
    { colour: '#8a5a00', dash: '8 2 2 2', marker: 'diamond' },
    { colour: '#6f42c1', dash: '1 3', marker: 'cross' },
];

function el(name, attributes = {}, text) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
}

function marker(shape, x, y, colour) {
    switch (shape) {
        case 'square': return el('rect', { x: x - 3, y: y - 3, width: 6, height: 6, fill: colour });
        case 'triangle': return el('path', { d: `M${x},${y - 4}L${x + 4},${y + 3}L${x - 4},${y + 3}Z`, fill: colour });
        case 'diamond': return el('path', { d: `M${x},${y - 4}L${x + 4},${y}L${x},${y + 4}L${x - 4},${y}Z`, fill: colour });
        case 'cross': return el('path', { d: `M${x - 3},${y - 3}L${x + 3},${y + 3}M${x - 3},${y + 3}L${x + 3},${y - 3}`, stroke: colour, 'stroke-width': 2 });
        default: return el('circle', { cx: x, cy: y, r: 3, fill: colour });
    }
}

function niceMax(value) {
    if (value <= 0) return 1;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 2.5, 5, 10]) {
        if (value <= step * magnitude) return step * magnitude;
    }
    return 10 * magnitude;
}

function formatNumber(value) {
    if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
    if (Math.abs(value) >= 10) return String(Math.round(value));
    return String(Math.round(value * 100) / 100);
}

/**
 * Draws a line chart into container.
 * options: { title, xLabel, yLabel, yMax?, series: [{ name, points: [{x, y}] }], markersEvery? }
 */
export function lineChart(container, options) {
    const width = 560, height = 240, left = 58, right = 12, top = 12, bottom = 64;
    const plotWidth = width - left - right, plotHeight = height - top - bottom;
    const all = options.series.flatMap(s => s.points);
    const xs = all.map(p => p.x);
    const xMin = options.xMin ?? (xs.length ? Math.min(...xs) : 0);
    const xMax = options.xMax ?? (xs.length ? Math.max(...xs) : 1);
    const yMax = options.yMax ?? niceMax(Math.max(0, ...all.map(p => p.y)) * 1.1);
    const sx = x => left + (xMax === xMin ? 0 : (x - xMin) / (xMax - xMin)) * plotWidth;
    const sy = y => top + plotHeight - (Math.min(y, yMax) / yMax) * plotHeight;

    const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': options.title });
    svg.append(el('title', {}, options.title));
    const grid = el('g', { class: 'grid' });
    const axis = el('g', { class: 'axis' });
    for (let i = 0; i <= 4; i++) {
        const value = (yMax / 4) * i;
        const y = sy(value);
        grid.append(el('line', { x1: left, x2: left + plotWidth, y1: y, y2: y }));
        axis.append(el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, formatNumber(value)));
    }
    for (let i = 0; i <= 5; i++) {
        const value = xMin + ((xMax - xMin) / 5) * i;
        const x = sx(value);
        axis.append(el('line', { x1: x, x2: x, y1: top + plotHeight, y2: top + plotHeight + 4 }));
        axis.append(el('text', { x, y: top + plotHeight + 16, 'text-anchor': 'middle' }, options.xFormat ? options.xFormat(value) : formatNumber(value)));
    }
    axis.append(el('path', { d: `M${left},${top}V${top + plotHeight}H${left + plotWidth}`, fill: 'none' }));
    axis.append(el('text', { x: left + plotWidth / 2, y: top + plotHeight + 32, 'text-anchor': 'middle' }, options.xLabel));
    axis.append(el('text', { x: 12, y: top + plotHeight / 2, transform: `rotate(-90 12 ${top + plotHeight / 2})`, 'text-anchor': 'middle' }, options.yLabel));
    svg.append(grid, axis);

    options.series.forEach((series, index) => {
        const style = STYLES[index % STYLES.length];
        const points = series.points;
        if (points.length > 0) {
            const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
            svg.append(el('path', { d, fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
            const every = options.markersEvery ?? Math.max(1, Math.ceil(points.length / 12));
            points.forEach((p, i) => {
                if (i % every === 0 || i === points.length - 1) svg.append(marker(style.marker, sx(p.x), sy(p.y), style.colour));
            });
        }
        const legendX = left + index * 150, legendY = height - 10;
        svg.append(el('line', { x1: legendX, x2: legendX + 24, y1: legendY - 4, y2: legendY - 4, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
        svg.append(marker(style.marker, legendX + 12, legendY - 4, style.colour));
        svg.append(el('text', { x: legendX + 30, y: legendY }, series.name));
    });
    // What is drawn, for tests and tools that read the page: how many points, and the newest x.
    svg.dataset.points = String(all.length);
    if (xs.length) svg.dataset.lastX = String(Math.max(...xs));
    container.replaceChildren(svg);
}
