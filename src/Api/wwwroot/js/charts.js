// Small SVG line charts: axes with units, grid, and series told apart by dash pattern and marker shape as well as
// colour, with a legend. No library; the charts redraw whole on every update and when their container resizes.

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

// The tick step nearest above rough among 1, 2, 2.5, 5 (or, for whole-number axes, 1, 2, 5) times a power of ten.
function niceStep(rough, whole) {
    if (!(rough > 0)) return 1;
    const magnitude = 10 ** Math.floor(Math.log10(rough));
    for (const step of whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]) {
        if (rough <= step * magnitude * (1 + 1e-9)) return Math.max(whole ? 1 : 0, step * magnitude);
    }
    return 10 * magnitude;
}

// Ticks from min to max every step (both multiples of step), and the decimals that tell every tick apart.
function ticks(min, max, step) {
    let decimals = 0;
    while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals++;
    const values = [];
    // `|| 0` turns -0 into 0, which would otherwise print as "-0".
    for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) values.push((i * step) || 0);
    const format = value => value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return values.map(value => ({ value, label: format(value) }));
}

// Text is drawn at 12 px; this is a generous estimate of its width, for margins and legend layout.
const CHAR_WIDTH = 8;

const drawn = new WeakMap();
const resized = new ResizeObserver(entries => {
    for (const entry of entries) {
        const last = drawn.get(entry.target);
        if (last && Math.abs(entry.target.clientWidth - last.width) > 1) lineChart(entry.target, last.options);
    }
});

/**
 * Draws a line chart into container at the container's own width, so its 12 px text renders at 12 px.
 * options: { title, xLabel, yLabel, yMax?, xMin?, xMax?, xFormat?, series: [{ name, points: [{x, y}] }], markersEvery? }
 * The x axis has whole-number ticks (minutes, seconds); the y axis nice, distinct ones.
 */
export function lineChart(container, options) {
    const width = Math.max(240, Math.floor(container.clientWidth || 560));
    const plotHeight = 160, top = 12, right = 16;
    const all = options.series.flatMap(s => s.points);
    const xs = all.map(p => p.x);
    const xMin = options.xMin ?? (xs.length ? Math.min(...xs) : 0);
    const xMax = Math.max(xMin + 1, options.xMax ?? (xs.length ? Math.max(...xs) : 1));
    const dataMax = Math.max(0, ...all.map(p => p.y));
    const yStep = niceStep((options.yMax ?? (dataMax > 0 ? dataMax * 1.05 : 1)) / 4, false);
    const yMax = options.yMax ?? Math.max(yStep, Math.ceil((dataMax > 0 ? dataMax * 1.05 : 1) / yStep) * yStep);
    const yTicks = ticks(0, yMax, yStep);
    const left = 30 + CHAR_WIDTH * Math.max(...yTicks.map(t => t.label.length));
    const plotWidth = width - left - right;
    const xFormat = options.xFormat ?? (value => value.toLocaleString('en'));
    const xStep = niceStep((xMax - xMin) / Math.max(1, Math.floor(plotWidth / 70)), true);
    const xTicks = ticks(xMin, xMax, xStep).map(t => ({ value: t.value, label: xFormat(t.value) }));
    const sx = x => left + ((x - xMin) / (xMax - xMin)) * plotWidth;
    const sy = y => top + plotHeight - (Math.min(y, yMax) / yMax) * plotHeight;

    // The legend flows into as many rows as the width needs.
    const legend = [];
    let legendX = left, legendRow = 0;
    options.series.forEach((series, index) => {
        const entryWidth = 30 + CHAR_WIDTH * series.name.length;
        if (legendX > left && legendX + entryWidth > width - right) { legendX = left; legendRow++; }
        legend.push({ series, index, x: legendX, row: legendRow });
        legendX += entryWidth + 16;
    });
    const legendTop = top + plotHeight + 52;
    const height = legendTop + (legendRow + 1) * 18;

    const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart', role: 'img', 'aria-label': options.title });
    svg.append(el('title', {}, options.title));
    const grid = el('g', { class: 'grid' });
    const axis = el('g', { class: 'axis' });
    for (const tick of yTicks) {
        const y = sy(tick.value);
        grid.append(el('line', { x1: left, x2: left + plotWidth, y1: y, y2: y }));
        axis.append(el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, tick.label));
    }
    for (const tick of xTicks) {
        const x = sx(tick.value);
        axis.append(el('line', { x1: x, x2: x, y1: top + plotHeight, y2: top + plotHeight + 4 }));
        axis.append(el('text', { x, y: top + plotHeight + 17, 'text-anchor': 'middle' }, tick.label));
    }
    axis.append(el('path', { d: `M${left},${top}V${top + plotHeight}H${left + plotWidth}`, fill: 'none' }));
    axis.append(el('text', { x: left + plotWidth / 2, y: top + plotHeight + 35, 'text-anchor': 'middle' }, options.xLabel));
    axis.append(el('text', { x: 14, y: top + plotHeight / 2, transform: `rotate(-90 14 ${top + plotHeight / 2})`, 'text-anchor': 'middle' }, options.yLabel));
    svg.append(grid, axis);

    for (const { series, index, x: lx, row } of legend) {
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
        const ly = legendTop + row * 18 + 4;
        svg.append(el('line', { x1: lx, x2: lx + 24, y1: ly - 4, y2: ly - 4, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
        svg.append(marker(style.marker, lx + 12, ly - 4, style.colour));
        svg.append(el('text', { x: lx + 30, y: ly }, series.name));
    }
    // What is drawn, for tests and tools that read the page: how many points, and the newest x.
    svg.dataset.points = String(all.length);
    if (xs.length) svg.dataset.lastX = String(Math.max(...xs));
    container.replaceChildren(svg);
    if (!drawn.has(container)) resized.observe(container);
    drawn.set(container, { width, options });
}
