// The success-rate and p99-latency charts of a session's request types, live or replayed: a point per 10 simulated
// seconds, drawn at the end of its 10 s; the time axis and tooltip in the clock the tools print (UTC), the tooltip
// also with the simulated elapsed time and minute (what the assessment asks for); a labelled band where requests
// were made and none succeeded (no p99 exists there), and a waiting message before the first 10 s are complete.
import { lineChart } from './charts.js';
import { clock } from './clock.js';
import { toolTime } from './tool-clock.js';

const STEP = 10;
// Axis ticks on round clock times: 10 s, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h.
const X_STEPS = [10, 30, 60, 120, 300, 600, 900, 1800, 3600];
const WAITING = 'Waiting for the first 10 s of traffic…';

function when(clockStart, x) {
    return [
        `${toolTime(clockStart, x)} UTC`,
        `T+${clock(x)} · minute ${Math.floor((x - 1) / 60)} · the 10 s before`,
    ];
}

export function renderRequestTypeCharts(success, latency, requestTypes) {
    if (!success || !latency) return;
    const clockStart = requestTypes[0]?.clockStart ?? '1970-01-01T00:00:00Z';
    const points = requestTypes.flatMap(t => t.tenSeconds ?? []);
    const ends = points.map(p => p.second + STEP);
    const xMin = ends.length ? Math.min(...ends) - STEP : 0;
    const xMax = ends.length ? Math.max(...ends) : STEP;
    const common = {
        xLabel: 'time (UTC, as the tools print it)', xMin, xMax, xSteps: X_STEPS,
        xFormat: x => toolTime(clockStart, x, (xMax - xMin) < 300),
        tooltipTitle: x => when(clockStart, x),
        empty: WAITING, gapStep: STEP, gapValue: 'no successful requests',
        gapLabel: (names, all) => all ? 'no successful requests' : `no successful ${names} requests`,
    };
    // Success share is 0 where nothing succeeded (the band marks it); latency has no value there.
    const failedAll = p => p.attempted > 0 && (p.p99Ms === null || p.p99Ms === undefined);
    lineChart(success, {
        ...common,
        title: 'Success rate per request type, per 10 simulated seconds',
        yLabel: 'success rate (%)', yMax: 100,
        valueFormat: y => `${y.toFixed(1)} %`,
        series: requestTypes.map(t => ({
            name: t.requestType,
            points: (t.tenSeconds ?? []).map(p => ({ x: p.second + STEP, y: p.successRate * 100, gap: failedAll(p) })),
        })),
    });
    lineChart(latency, {
        ...common,
        title: 'p99 latency of successful requests per request type, per 10 simulated seconds',
        yLabel: 'p99 latency (ms)',
        valueFormat: y => `${Math.round(y).toLocaleString('en')} ms`,
        series: requestTypes.map(t => ({
            name: t.requestType,
            points: (t.tenSeconds ?? []).map(p => ({ x: p.second + STEP, y: failedAll(p) ? null : p.p99Ms })),
        })),
    });
}
