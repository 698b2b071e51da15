// The observer view: follows the session live, read-only, laid out like the responders' war room.
import { sessionId, connect, renderStatus, renderHealth, renderCharts, renderAlarms, append, CHANNEL_KINDS } from './session.js';
import { createTeamPanels } from './team.js';

const timeline = document.getElementById('timeline');
const channel = document.getElementById('channel');
const team = createTeamPanels(`/api/sessions/${sessionId}`, 'observer');
connect({
    session: session => { renderStatus(session); team.session(session); },
    metrics: metrics => { renderHealth(metrics); renderCharts(metrics); },
    alarms: alarms => renderAlarms(alarms),
    timeline: entry => {
        append(timeline, entry);
        if (CHANNEL_KINDS.has(entry.kind)) append(channel, entry);
        team.timeline(entry);
    },
});
