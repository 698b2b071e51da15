// The runtime dashboard: renders each snapshot the server pushes every second, and appends log lines.
import { lineChart } from './charts.js';

const root = document.getElementById('dashboard');
const $ = id => document.getElementById(id);

function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.append(td);
}

function fillBody(table, rows) {
    const body = table.tBodies[0];
    body.replaceChildren(...rows.map(values => {
        const row = document.createElement('tr');
        values.forEach(v => cell(row, v));
        return row;
    }));
}

function methodTable(table, methods, empty = 'No calls yet.') {
    const head = '<thead><tr><th scope="col">Grain.method</th><th scope="col">Calls</th><th scope="col">Calls/s</th><th scope="col">Errors</th><th scope="col">Avg ms</th><th scope="col">p99 ms</th></tr></thead><tbody></tbody>';
    if (!table.tHead) table.innerHTML = head;
    fillBody(table, methods.map(m => [`${m.grainType}.${m.method}`, m.calls, m.callsPerSecond, m.errors, m.averageMs, m.p99Ms]));
    if (methods.length === 0) {
        const row = table.tBodies[0].insertRow();
        const td = row.insertCell();
        td.colSpan = 6;
        td.className = 'muted';
        td.textContent = empty;
    }
}

function uptime(seconds) {
    const h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60);
    return h > 0 ? `${h} h ${m} min` : `${m} min ${seconds % 60} s`;
}

function render(snapshot) {
    $('since').textContent = `last update ${new Date(snapshot.at).toLocaleTimeString()}.`;
    $('activations').textContent = snapshot.activations;
    $('calls-per-second').textContent = snapshot.calls.callsPerSecond;
    $('error-rate').textContent = `${snapshot.calls.errorRatePercent} %`;
    $('avg-latency').textContent = `${snapshot.calls.averageMs} ms`;
    $('p99-latency').textContent = `${snapshot.calls.p99Ms} ms`;
    $('reminders').textContent = snapshot.reminders;
    $('totals').textContent = `${snapshot.calls.totalCalls} / ${snapshot.calls.totalErrors}`;
    fillBody($('silos'), snapshot.silos.map(s => [s.host, `${s.cpuPercent} % of ${s.processors} cores`, `${s.workingSetMb} MiB`, `${s.gcHeapMb} MiB`, s.gcCollections.join(' / '), s.threads, uptime(s.uptimeSeconds)]));
    fillBody($('types'), snapshot.activationsByType.map(t => [t.type, t.count]));
    fillBody($('next-reminders'), snapshot.nextReminders.map(r => [r.grain, r.name, `${r.periodSeconds} s`, `${r.dueInSeconds} s`]));
    methodTable($('most-calls'), snapshot.mostCalls);
    methodTable($('most-errors'), snapshot.mostErrors, 'No errors since the dashboard opened.');
    methodTable($('slowest'), snapshot.slowest);
    const practice = $('practice');
    const states = Object.entries(snapshot.practice.sessionsByState);
    const figures = [
        ['Sessions by state', states.length ? states.map(([k, v]) => `${k}: ${v}`).join(', ') : 'none'],
        ['Live cells', snapshot.practice.liveCells ?? 'n/a'],
        ['Cells in memory', snapshot.practice.activeCells ?? 'n/a'],
        ['Tick lag (1 min avg / p99)', `${snapshot.practice.tickLagAverageMs} ms / ${snapshot.practice.tickLagP99Ms} ms`],
    ];
    practice.replaceChildren(...figures.flatMap(([term, value]) => {
        const dt = document.createElement('dt'); dt.textContent = term;
        const dd = document.createElement('dd'); dd.textContent = value;
        return [dt, dd];
    }));
    const series = snapshot.series;
    lineChart($('calls-chart'), {
        title: 'Grain calls and errors per second over the last five minutes',
        xLabel: 'seconds ago', yLabel: 'calls per second', xMin: -300, xMax: 0,
        series: [
            { name: 'calls/s', points: series.map(p => ({ x: -p.t, y: p.calls })) },
            { name: 'errors/s', points: series.map(p => ({ x: -p.t, y: p.errors })) },
        ],
    });
    lineChart($('latency-chart'), {
        title: 'Grain call latency, average and p99, over the last five minutes',
        xLabel: 'seconds ago', yLabel: 'latency (ms)', xMin: -300, xMax: 0,
        series: [
            { name: 'average ms', points: series.filter(p => p.calls > 0).map(p => ({ x: -p.t, y: p.averageMs })) },
            { name: 'p99 ms', points: series.filter(p => p.calls > 0).map(p => ({ x: -p.t, y: p.p99Ms })) },
        ],
    });
}

function appendLog(entry) {
    const log = $('log');
    const line = document.createElement('div');
    line.className = `level-${entry.level.toLowerCase()}`;
    line.textContent = `${new Date(entry.at).toLocaleTimeString()} ${entry.level.padEnd(11)} ${entry.category}: ${entry.message}`;
    const atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    log.append(line);
    while (log.childElementCount > 500) log.firstElementChild.remove();
    if (atBottom) log.scrollTop = log.scrollHeight;
}

const source = new EventSource(root.dataset.live);
source.addEventListener('snapshot', event => render(JSON.parse(event.data)));
source.addEventListener('log', event => appendLog(JSON.parse(event.data)));
window.addEventListener('pagehide', () => source.close());
