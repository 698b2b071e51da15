// The observer view: follows the session live, read-only.
import { connect, renderStatus, renderHealth, renderCharts, renderAlarms, append } from './session.js';

const timeline = document.getElementById('timeline');
connect({
    session: renderStatus,
    metrics: metrics => { renderHealth(metrics); renderCharts(metrics); },
    alarms: alarms => renderAlarms(alarms),
    timeline: entry => append(timeline, entry),
});
