// The instigator console: drives the session through the API and follows it live.
import { post, del, attempt } from './api.js';
import { sessionId, connect, renderStatus, renderHealth, renderCharts, renderAlarms, append, CHANNEL_KINDS, clock, confirmAction } from './session.js';
import { createTeamPanels } from './team.js';

const base = `/api/sessions/${sessionId}`;
const $ = id => document.getElementById(id);

const REVERTIBLE = ['running', 'paused', 'resolved', 'assessing'];

function renderFaults(session) {
    $('faults').tBodies[0].replaceChildren(...session.faults.map(fault => {
        const row = document.createElement('tr');
        // Four narrow columns and the revert button fit the panel at laptop width.
        const status = fault.mitigatedAt == null ? fault.status : `${fault.status} at ${clock(fault.mitigatedAt)}`;
        for (const value of [fault.id, `${fault.kind} on ${fault.target}`, status, clock(fault.injectedAt)]) {
            const cell = document.createElement('td');
            cell.textContent = value;
            row.append(cell);
        }
        const cell = document.createElement('td');
        // Only a fault still active may be reverted, and only while the cell runs (to the end of the assessment).
        if ((fault.status === 'active' || fault.status === 'armed') && REVERTIBLE.includes(session.status)) {
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = `Revert ${fault.id}`;
            button.addEventListener('click', () => attempt(button, $('faults-error'), () => del(`${base}/faults/${encodeURIComponent(fault.id)}`)));
            cell.append(button);
        }
        row.append(cell);
        return row;
    }));
}

function renderControls(session) {
    const s = session.status;
    $('start').disabled = !(s === 'draft' || s === 'scheduled');
    $('pause').disabled = s !== 'running';
    $('resume').disabled = s !== 'paused';
    $('abort').disabled = !['draft', 'scheduled', 'running', 'paused', 'resolved', 'assessing'].includes(s);
    $('hold-debrief').disabled = s !== 'assessing';
    if (s === 'debriefed' || s === 'closed') window.location.assign(`/sessions/${sessionId}/debrief`);
}

const controls = $('controls-error');
// attempt() re-enables the button when the call returns, possibly after the live feed already disabled it: the
// session the API answers is rendered last, so the controls match the state the action left.
function render(session) {
    renderStatus(session);
    renderFaults(session);
    renderControls(session);
}
async function control(button, action) {
    const session = await attempt(button, controls, action);
    if (session) render(session);
}
$('start').addEventListener('click', e => control(e.currentTarget, () => post(`${base}/start`)));
$('pause').addEventListener('click', e => control(e.currentTarget, () => post(`${base}/pause`)));
$('resume').addEventListener('click', e => control(e.currentTarget, () => post(`${base}/resume`)));
$('set-speed').addEventListener('click', e => control(e.currentTarget, () => post(`${base}/speed`, { speed: Number($('speed').value) })));
$('abort').addEventListener('click', async e => {
    const button = e.currentTarget;
    if (await confirmAction('Abort the session? Every fault is cleared, the cell restored and the session ends for everyone.')) {
        await control(button, () => post(`${base}/abort`));
    }
});
$('hold-debrief').addEventListener('click', async e => {
    const debrief = await attempt(e.currentTarget, controls, () => post(`${base}/debrief`));
    if (debrief) window.location.assign(`/sessions/${sessionId}/debrief`);
});
for (const button of document.querySelectorAll('[data-inject]')) {
    button.addEventListener('click', () => attempt(button, $('faults-error'), () => post(`${base}/faults`, { injectId: button.dataset.inject })));
}
$('pointer-form').addEventListener('submit', e => {
    e.preventDefault();
    const select = $('pointer');
    attempt(e.submitter, $('channel-error'), () => post(`${base}/channel`, { kind: 'pointer', text: select.value }));
});
$('hint-form').addEventListener('submit', async e => {
    e.preventDefault();
    const sent = await attempt(e.submitter, $('channel-error'), () => post(`${base}/channel`, { kind: 'hint', text: $('hint').value }));
    if (sent) $('hint').value = '';
});

$('stakeholder-form').addEventListener('submit', async e => {
    e.preventDefault();
    const sent = await attempt(e.submitter, $('stakeholder-error'), () => post(`${base}/stakeholder-messages`, {
        from: $('stakeholder-from').value, text: $('stakeholder-text').value, expectsAnswer: $('stakeholder-expects-answer').checked,
    }));
    if (sent) $('stakeholder-text').value = '';
});

const team = createTeamPanels(base, 'instigator');

connect({
    session: session => { render(session); team.session(session); },
    metrics: metrics => { renderHealth(metrics); renderCharts(metrics); },
    alarms: alarms => renderAlarms(alarms),
    timeline: entry => {
        append($('timeline'), entry);
        if (CHANNEL_KINDS.has(entry.kind)) append($('channel'), entry);
        team.timeline(entry);
    },
});
