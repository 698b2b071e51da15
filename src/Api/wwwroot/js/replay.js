// The debrief's replay scrubber: asks the replay endpoint for the cell at the chosen simulated second and shows
// its services, the charts up to that second (per 10 s, as the live consoles drew them then), firing alarms and
// latest timeline entries. Only the newest request's answer is shown.
import { get } from './api.js';
import { renderRequestTypeCharts } from './request-type-charts.js';
import { toolTime } from './tool-clock.js';

const section = document.getElementById('replay');
const root = document.getElementById('debrief');
if (section && root) {
    const scrubber = document.getElementById('replay-second');
    const clock = document.getElementById('replay-clock');
    const error = document.getElementById('replay-error');
    const services = section.querySelector('[data-testid="replay-services"] tbody');
    const alarms = document.getElementById('replay-alarms');
    const timeline = document.getElementById('replay-timeline');
    // The charts' places, made here so the page needs no markup for them: after the services table.
    const chart = (id, title) => {
        const box = document.createElement('div');
        const heading = document.createElement('h3');
        heading.textContent = title;
        const host = document.createElement('div');
        host.id = id;
        host.dataset.testid = id;
        box.append(heading, host);
        return box;
    };
    const charts = document.createElement('div');
    charts.className = 'replay-charts';
    charts.append(chart('replay-success-chart', 'Success rate up to this second'), chart('replay-latency-chart', 'Latency up to this second'));
    services.closest('table').after(charts);
    // Beside the simulated time, the clock the tools printed at that second (known from the first answer on).
    const toolClock = document.createElement('span');
    toolClock.className = 'muted';
    toolClock.dataset.testid = 'replay-tool-clock';
    clock.after(toolClock);
    let clockStart = null;
    const showToolClock = second => { toolClock.textContent = clockStart ? ` · ${toolTime(clockStart, second)} UTC on the tools' clock` : ''; };
    const pad = n => String(n).padStart(2, '0');
    // The same clock as the debrief's timeline: mm:ss, or h:mm:ss from the first hour on.
    const format = s => s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
    const cell = text => { const td = document.createElement('td'); td.textContent = text; return td; };
    const item = text => { const li = document.createElement('li'); li.textContent = text; return li; };
    let asked = 0;

    const show = async () => {
        const second = Number(scrubber.value);
        const ticket = ++asked;
        clock.textContent = format(second);
        showToolClock(second);
        try {
            const replay = await get(`/api/sessions/${root.dataset.session}/replay?second=${second}`);
            if (ticket !== asked) {
                return;
            }
            error.textContent = '';
            services.replaceChildren(...replay.health.services.map(s => {
                const row = document.createElement('tr');
                row.append(cell(s.id), cell(`${s.online}/${s.instances}`), cell(`${s.inRotation}/${s.instances}`), cell(`${(s.errorShare * 100).toFixed(1)}%`), cell(`${Math.round(s.latencyMs)} ms`));
                return row;
            }));
            clockStart = replay.requestTypes[0]?.clockStart ?? clockStart;
            showToolClock(second);
            renderRequestTypeCharts(document.getElementById('replay-success-chart'), document.getElementById('replay-latency-chart'), replay.requestTypes);
            const firing = replay.alarms.filter(a => a.firing);
            alarms.replaceChildren(...(firing.length === 0
                ? [item('None firing.')]
                : firing.map(a => item(`${a.severity} ${a.id} firing since ${format(a.since)}${a.acknowledgedBy ? `, acknowledged by ${a.acknowledgedBy}` : ''}: ${a.message}`))));
            timeline.replaceChildren(...replay.timeline.slice(-8).map(e => item(`${format(e.second)} ${e.actor} ${e.kind}: ${e.text}`)));
        } catch (failure) {
            if (ticket === asked) {
                error.textContent = `The replay could not be loaded: ${failure.message}`;
            }
        }
    };

    scrubber.addEventListener('input', show);
    show();
}
