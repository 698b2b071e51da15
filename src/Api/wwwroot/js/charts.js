// Small SVG line charts: axes with units, grid, and series told apart by dash pattern and marker shape as well as
// colour, with a legend; a crosshair with a tooltip (time and each series' value) on hover, tap or arrow keys; shaded,
// labelled bands where a value does not exist (e.g. no successful requests); and a message instead of empty axes
// while there is nothing to plot. No library; the charts redraw whole on every update and when their container
// resizes, keeping the crosshair where it was.

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

function html(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
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

// The tick step nearest above rough among 1, 2, 2.5, 5 (or, for whole-number axes, 1, 2, 5) times a power of ten,
// or among the given steps (e.g. seconds that make round clock times).
function niceStep(rough, whole, steps) {
    if (!(rough > 0)) return steps?.[0] ?? 1;
    if (steps) return steps.find(step => rough <= step * (1 + 1e-9)) ?? steps[steps.length - 1];
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

// A tap outside every chart hides their crosshairs (a phone has no pointer leaving).
const hosts = new Set();
document.addEventListener('pointerdown', event => {
    for (const host of hosts) {
        if (!host.isConnected) hosts.delete(host);
        else if (!host.contains(event.target)) drawn.get(host)?.hide();
    }
});

const absent = p => p.y === null || p.y === undefined;
const isGap = p => p.gap === true || absent(p);

// Consecutive x values where a series has a gap, merged across series: [{ from, to, names }].
function gaps(series, step) {
    const missing = new Map();
    for (const s of series) {
        for (const p of s.points) {
            if (isGap(p)) {
                if (!missing.has(p.x)) missing.set(p.x, []);
                missing.get(p.x).push(s.name);
            }
        }
    }
    const bands = [];
    for (const x of [...missing.keys()].sort((a, b) => a - b)) {
        const names = missing.get(x).join(', ');
        const last = bands[bands.length - 1];
        if (last && last.names === names && Math.abs(last.to - (x - step)) < 1e-9) last.to = x;
        else bands.push({ from: x - step, to: x, names });
    }
    return bands;
}

/**
 * Draws a line chart into container at the container's own width, so its 12 px text renders at 12 px.
 * options: { title, xLabel, yLabel, yMax?, xMin?, xMax?, xFormat?, xSteps?, series: [{ name, points: [{x, y}] }],
 *   markersEvery?, empty?, tooltipTitle?(x) => [lines], valueFormat?(y) => text,
 *   gapStep?, gapLabel?(names, all) => text, gapValue? }
 * A point with y null (no value) or gap: true (a value, e.g. 0 %, that means the same) is a gap: with gapStep the
 * chart shades the gapStep before it and labels the band with gapLabel, and the tooltip says gapValue; the line
 * breaks where y is null. With no points at all, the chart shows `empty` instead of empty axes.
 */
export function lineChart(container, options) {
    const all = options.series.flatMap(s => s.points);
    const previous = drawn.get(container);
    if (all.length === 0 && options.empty) {
        const waiting = html('p', 'chart-empty', options.empty);
        waiting.dataset.testid = 'chart-empty';
        container.replaceChildren(waiting);
        if (!previous) resized.observe(container);
        drawn.set(container, { width: container.clientWidth, options, hide: () => {} });
        return;
    }
    const width = Math.max(240, Math.floor(container.clientWidth || 560));
    // The live feed sends the same hour of points every second: redraw only when what is drawn would change, so a
    // reader's pointer, tap or focus is never caught between two copies of the same chart.
    const signature = JSON.stringify([width, options.title, options.xLabel, options.yLabel, options.xMin, options.xMax,
        options.yMax, options.series.map(s => [s.name, s.points])]);
    if (previous?.signature === signature && previous.svg?.parentNode === container) {
        previous.options = options;
        return;
    }
    const plotHeight = 160, top = 12, right = 16;
    const values = all.filter(p => !absent(p));
    const xs = all.map(p => p.x);
    const xMin = options.xMin ?? (xs.length ? Math.min(...xs) : 0);
    const xMax = Math.max(xMin + 1, options.xMax ?? (xs.length ? Math.max(...xs) : 1));
    const dataMax = Math.max(0, ...values.map(p => p.y));
    const yStep = niceStep((options.yMax ?? (dataMax > 0 ? dataMax * 1.05 : 1)) / 4, false);
    const yMax = options.yMax ?? Math.max(yStep, Math.ceil((dataMax > 0 ? dataMax * 1.05 : 1) / yStep) * yStep);
    const yTicks = ticks(0, yMax, yStep);
    const left = 30 + CHAR_WIDTH * Math.max(...yTicks.map(t => t.label.length));
    const plotWidth = width - left - right;
    const xFormat = options.xFormat ?? (value => value.toLocaleString('en'));
    const xLabelWidth = CHAR_WIDTH * Math.max(4, xFormat(xMax).length) + 14;
    const xStep = niceStep((xMax - xMin) / Math.max(1, Math.floor(plotWidth / Math.max(70, xLabelWidth))), true, options.xSteps);
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
    // An x label starts at its tick when centring it would reach under the y labels, ends at it near the right edge,
    // and is left out (the tick stays) when it would touch the label before it.
    let labelsEnd = -Infinity;
    for (const tick of xTicks) {
        const x = sx(tick.value);
        axis.append(el('line', { x1: x, x2: x, y1: top + plotHeight, y2: top + plotHeight + 4 }));
        const half = (CHAR_WIDTH * tick.label.length) / 2;
        const anchor = x - half < left ? 'start' : x + half > width ? 'end' : 'middle';
        const from = anchor === 'start' ? x : anchor === 'end' ? x - 2 * half : x - half;
        if (from < labelsEnd + 8) continue;
        labelsEnd = from + 2 * half;
        axis.append(el('text', { x, y: top + plotHeight + 17, 'text-anchor': anchor }, tick.label));
    }
    axis.append(el('path', { d: `M${left},${top}V${top + plotHeight}H${left + plotWidth}`, fill: 'none' }));
    axis.append(el('text', { x: left + plotWidth / 2, y: top + plotHeight + 35, 'text-anchor': 'middle' }, options.xLabel));
    axis.append(el('text', { x: 14, y: top + plotHeight / 2, transform: `rotate(-90 14 ${top + plotHeight / 2})`, 'text-anchor': 'middle' }, options.yLabel));

    // Bands where a value is missing, under the lines, each labelled when it is wide enough and titled always.
    const bandLayer = el('g', { class: 'gaps' });
    if (options.gapStep) {
        const names = options.series.map(s => s.name).join(', ');
        for (const band of gaps(options.series, options.gapStep)) {
            const label = options.gapLabel ? options.gapLabel(band.names, band.names === names) : band.names;
            const x1 = sx(Math.max(xMin, band.from)), x2 = sx(Math.min(xMax, band.to));
            const g = el('g', { class: 'gap', 'data-testid': 'chart-gap', 'aria-label': label });
            g.append(el('title', {}, label));
            g.append(el('rect', { x: x1, y: top, width: Math.max(2, x2 - x1), height: plotHeight }));
            if (x2 - x1 >= 24) {
                // Written upward along the band, so even a narrow one holds its label.
                const cx = (x1 + x2) / 2 + 4, cy = top + plotHeight / 2;
                const text = label.length * 6.5 > plotHeight - 8 ? `${label.slice(0, Math.floor((plotHeight - 8) / 6.5) - 1)}…` : label;
                g.append(el('text', { x: cx, y: cy, transform: `rotate(-90 ${cx} ${cy})`, 'text-anchor': 'middle', class: 'gap-label' }, text));
            }
            bandLayer.append(g);
        }
    }
    svg.append(bandLayer, grid, axis);

    for (const { series, index, x: lx, row } of legend) {
        const style = STYLES[index % STYLES.length];
        const points = series.points;
        if (points.length > 0) {
            let d = '', pen = 'M';
            for (const p of points) {
                if (absent(p)) { pen = 'M'; continue; }
                d += `${pen}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`;
                pen = 'L';
            }
            if (d) svg.append(el('path', { d, fill: 'none', stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
            const every = options.markersEvery ?? Math.max(1, Math.ceil(points.length / 12));
            points.forEach((p, i) => {
                if (absent(p)) return;
                if (i % every === 0 || i === points.length - 1) svg.append(marker(style.marker, sx(p.x), sy(p.y), style.colour));
            });
        }
        const ly = legendTop + row * 18 + 4;
        svg.append(el('line', { x1: lx, x2: lx + 24, y1: ly - 4, y2: ly - 4, stroke: style.colour, 'stroke-width': 2, 'stroke-dasharray': style.dash }));
        svg.append(marker(style.marker, lx + 12, ly - 4, style.colour));
        svg.append(el('text', { x: lx + 30, y: ly }, series.name));
    }

    // The crosshair: a vertical line at the nearest x with points, and a tooltip listing every series there.
    const stops = [...new Set(xs)].sort((a, b) => a - b);
    const crosshair = el('line', { class: 'crosshair', x1: 0, x2: 0, y1: top, y2: top + plotHeight, visibility: 'hidden' });
    const dots = el('g', { class: 'crosshair-dots' });
    const overlay = el('rect', { class: 'crosshair-area', x: left, y: top, width: plotWidth, height: plotHeight, fill: 'transparent' });
    svg.append(crosshair, dots, overlay);
    const tooltip = html('div', 'chart-tooltip');
    tooltip.dataset.testid = 'chart-tooltip';
    tooltip.setAttribute('role', 'status');
    tooltip.hidden = true;
    const valueFormat = options.valueFormat ?? (y => y.toLocaleString('en'));
    const state = { width, options, hoverX: null, signature, svg };

    const show = x => {
        state.hoverX = x;
        const px = sx(x);
        crosshair.setAttribute('x1', px);
        crosshair.setAttribute('x2', px);
        crosshair.setAttribute('visibility', 'visible');
        dots.replaceChildren();
        const lines = options.tooltipTitle ? options.tooltipTitle(x) : [xFormat(x)];
        const rows = lines.map((line, i) => html('div', i === 0 ? 'chart-tooltip-time' : 'chart-tooltip-sub', line));
        options.series.forEach((series, index) => {
            const point = series.points.find(p => p.x === x);
            if (!point) return;
            const style = STYLES[index % STYLES.length];
            const missing = absent(point);
            if (!missing) dots.append(el('circle', { cx: px, cy: sy(point.y), r: 4, fill: 'none', stroke: style.colour, 'stroke-width': 2 }));
            const gapText = options.gapValue ?? 'no value';
            const text = missing ? gapText : isGap(point) ? `${valueFormat(point.y)} (${gapText})` : valueFormat(point.y);
            const row = html('div', isGap(point) ? 'chart-tooltip-row chart-tooltip-gap' : 'chart-tooltip-row');
            const swatch = html('span', 'chart-tooltip-swatch');
            swatch.style.background = style.colour;
            row.append(swatch, html('span', 'chart-tooltip-name', `${series.name}: `), html('strong', '', text));
            rows.push(row);
        });
        tooltip.replaceChildren(...rows);
        tooltip.dataset.x = String(x);
        tooltip.hidden = false;
        // Beside the line, on whichever side has room, in the container's (CSS) pixels.
        const scale = (svg.getBoundingClientRect().width || width) / width;
        const at = px * scale;
        const room = container.clientWidth - at;
        tooltip.style.left = room > tooltip.offsetWidth + 16 ? `${at + 12}px` : `${Math.max(0, at - tooltip.offsetWidth - 12)}px`;
        tooltip.style.top = `${top * scale}px`;
    };
    const hide = () => {
        state.hoverX = null;
        crosshair.setAttribute('visibility', 'hidden');
        dots.replaceChildren();
        tooltip.hidden = true;
    };
    const nearest = clientX => {
        const box = svg.getBoundingClientRect();
        const x = xMin + (((clientX - box.left) * (width / (box.width || width))) - left) / plotWidth * (xMax - xMin);
        return stops.reduce((best, s) => Math.abs(s - x) < Math.abs(best - x) ? s : best, stops[0]);
    };
    overlay.addEventListener('pointermove', event => { if (stops.length) show(nearest(event.clientX)); });
    overlay.addEventListener('pointerdown', event => { if (stops.length) show(nearest(event.clientX)); });
    overlay.addEventListener('pointerleave', event => { if (event.pointerType === 'mouse') hide(); });
    svg.setAttribute('tabindex', '0');
    svg.addEventListener('keydown', event => {
        if (!stops.length || !['ArrowLeft', 'ArrowRight', 'Escape'].includes(event.key)) return;
        event.preventDefault();
        if (event.key === 'Escape') { hide(); return; }
        const at = state.hoverX === null ? stops.length - 1 : stops.indexOf(state.hoverX) + (event.key === 'ArrowLeft' ? -1 : 1);
        show(stops[Math.max(0, Math.min(stops.length - 1, at === -1 ? stops.length - 1 : at))]);
    });
    // A redraw removes the focused chart, which fires blur in Chromium: that is not the reader leaving it.
    svg.addEventListener('blur', () => { if (svg.isConnected) hide(); });
    state.hide = hide;

    // What is drawn, for tests and tools that read the page: how many points, the newest x, and the x step.
    svg.dataset.points = String(all.length);
    if (xs.length) svg.dataset.lastX = String(Math.max(...xs));
    if (stops.length > 1) svg.dataset.step = String(stops[1] - stops[0]);
    container.classList.add('chart-host');
    // What the reader had before this redraw, read before the old chart goes (its removal may fire blur).
    const keptX = previous?.hoverX ?? null;
    const hadFocus = document.activeElement instanceof SVGSVGElement && container.contains(document.activeElement);
    container.replaceChildren(svg, tooltip);
    if (hadFocus) svg.focus({ preventScroll: true });
    if (!previous) resized.observe(container);
    hosts.add(container);
    drawn.set(container, state);
    // A redraw while someone reads the crosshair (hover, tap or keys) keeps it at the same time (or the nearest drawn).
    if (keptX !== null && stops.length) {
        show(stops.reduce((best, s) => Math.abs(s - keptX) < Math.abs(best - keptX) ? s : best, stops[0]));
    }
}
