// The responder console: acknowledges alarms, runs commands, posts, declares restored and submits the assessment.
// Its primary action follows the phase: acknowledge what pages you, declare restored once nothing fires, assess,
// then the debrief, where the responder is taken when it is held.
import { get, post, attempt } from './api.js';
import { sessionId, connect, renderStatus, renderHealth, renderCharts, renderAlarms, append, CHANNEL_KINDS, clock, confirmAction, currentSession } from './session.js';
import { createTerminal } from './terminal.js';
import { showWaiting } from './waiting.js';
import { createTeamPanels } from './team.js';

const base = `/api/sessions/${sessionId}`;
const $ = id => document.getElementById(id);

// Why the cell takes no command now, in the reader's words; null when it does.
function refusal() {
    const session = currentSession();
    switch (session.status) {
        case 'running': case 'paused': return null;
        case 'draft': case 'scheduled': return `the practice has not started yet. ${$('waiting-title').textContent}; commands run from then.`;
        case 'resolved': case 'assessing': return 'service was declared restored, so the cell takes no more commands. Assess the impact below.';
        case 'aborted': return 'the practice was aborted with the kill switch; the cell takes no more commands.';
        default: return 'the practice is over; the debrief has what happened.';
    }
}

const terminal = createTerminal({ base, refusal });

$('post-form').addEventListener('submit', async event => {
    event.preventDefault();
    const sent = await attempt(event.submitter, $('channel-error'), () => post(`${base}/channel`, { kind: $('post-kind').value, text: $('post-text').value }));
    if (sent) {
        $('post-text').value = '';
        // A help request (or any other kind) is for one post: the next is a plain message again.
        $('post-kind').selectedIndex = 0;
    }
});

$('declare-restored').addEventListener('click', async event => {
    const button = event.currentTarget;
    if (await confirmAction('Declare service restored? The live phase ends and the group moves on to the impact assessment.')) {
        // Rendered from the answer: the live feed may already have disabled the button attempt() re-enables.
        const session = await attempt(button, $('restore-error'), () => post(`${base}/resolve`));
        if (session) {
            renderStatus(session);
            renderPhase(session);
            // Declared while resolution criteria are unmet: the answer says which, and how far from them the cell is.
            const early = session.warnings.filter(w => / resolution criteri(on is|a are) not met yet: /.test(w));
            if (early.length) $('restore-error').textContent = early.join(' ');
        }
    }
});

$('assessment-form').addEventListener('submit', async event => {
    event.preventDefault();
    const startMinute = Number($('start-minute').value);
    const endMinute = Number($('end-minute').value);
    // Said here in the form's words, before the server's rule ("0 <= startMinute <= endMinute") could be.
    if (endMinute < startMinute) {
        $('restore-error').textContent = `The impact cannot end (minute ${endMinute}) before it started (minute ${startMinute}): check the two minutes.`;
        return;
    }
    const failedShares = {};
    for (const field of document.querySelectorAll('[data-share]')) failedShares[field.dataset.share] = Number(field.value) / 100;
    const sent = await attempt(event.submitter, $('restore-error'), () => post(`${base}/assessment`, {
        startMinute, endMinute, failedShares, rootCause: $('root-cause').value, summary: $('summary').value,
    }));
    if (sent) $('assessment-state').textContent = 'Assessment submitted; a new one replaces it.';
});

// Stakeholder messages with their answers; the answer form offers the unanswered ones first.
async function renderStakeholders() {
    const messages = await get(`${base}/stakeholder-messages`);
    $('stakeholders').replaceChildren(...messages.map(m => {
        const item = document.createElement('li');
        item.className = 'stakeholder';
        item.dataset.number = m.number;
        const who = document.createElement('strong');
        who.textContent = `#${m.number} ${m.from}: `;
        const state = document.createElement('span');
        state.className = 'muted';
        state.textContent = m.answeredBy ? ` (answered by ${m.answeredBy})` : m.expectsAnswer ? ' (expects an answer)' : '';
        item.append(`[${clock(m.second)}] `, who, m.text, state);
        return item;
    }));
    const select = $('answer-number');
    const chosen = select.value;
    const ordered = [...messages.filter(m => !m.answeredBy && m.expectsAnswer), ...messages.filter(m => m.answeredBy || !m.expectsAnswer)];
    select.replaceChildren(...ordered.map(m => new Option(`#${m.number} ${m.from}${m.answeredBy ? ' (answered)' : ''}`, m.number)));
    if (chosen && messages.some(m => String(m.number) === chosen)) select.value = chosen;
}

$('answer-form').addEventListener('submit', async event => {
    event.preventDefault();
    const number = $('answer-number').value;
    if (!number) { $('stakeholders-error').textContent = 'No stakeholder message to answer yet.'; return; }
    const sent = await attempt(event.submitter, $('stakeholders-error'), () => post(`${base}/stakeholder-messages/${encodeURIComponent(number)}/answer`, { text: $('answer-text').value }));
    if (sent) { $('answer-text').value = ''; await renderStakeholders(); }
});

$('status-form').addEventListener('submit', async event => {
    event.preventDefault();
    const update = await attempt(event.submitter, $('stakeholders-error'), () => post(`${base}/status-updates`, {
        audience: $('status-audience').value, text: $('status-text').value, nextUpdateInMinutes: Number($('status-next').value),
    }));
    if (update) {
        $('status-text').value = '';
        $('status-state').textContent = `Status update #${update.number} posted.`;
    }
});

function acknowledge(alarm, button) {
    attempt(button, $('alarms-error'), () => post(`${base}/alarms/${encodeURIComponent(alarm.id)}/ack`));
}

// Whether an alarm fired in this session, from the channel (which has every firing since the start).
let alarmsFired = false;
let firingNow = false;

function renderPhase(session) {
    const s = session.status;
    const live = s === 'running' || s === 'paused';
    $('declare-restored').disabled = !live;
    // From second 0 declaring restored is not what to do next; it is once something fired and nothing fires now.
    $('declare-restored').classList.toggle('primary', live && alarmsFired && !firingNow);
    $('assessment-form').hidden = !(s === 'resolved' || s === 'assessing');
    $('debrief-link').hidden = !(s === 'debriefed' || s === 'closed');
    showWaiting(session);
    // Before the start the cell does not exist yet: say so rather than leave the panels blank.
    if ((s === 'draft' || s === 'scheduled') && $('alarm-count').textContent === '–') {
        $('alarm-count').textContent = 'No alarms yet: they start with the practice.';
    }
    if (s === 'debriefed' || s === 'closed') window.location.assign(`/sessions/${sessionId}/debrief`);
}

for (const command of await get(`${base}/commands`)) terminal.print(command);
await renderStakeholders();
const team = createTeamPanels(base, 'responder');

connect({
    session: session => { renderStatus(session); renderPhase(session); team.session(session); },
    metrics: metrics => { renderHealth(metrics); renderCharts(metrics); },
    alarms: alarms => {
        firingNow = alarms.some(a => a.firing);
        alarmsFired ||= firingNow;
        renderAlarms(alarms, acknowledge);
        renderPhase(currentSession());
    },
    timeline: entry => {
        if (CHANNEL_KINDS.has(entry.kind)) append($('channel'), entry);
        if (entry.kind === 'stakeholder' || entry.kind === 'stakeholderAnswer') renderStakeholders();
        team.timeline(entry);
        if (entry.kind === 'alarm' && !/^cleared /.test(entry.text)) {
            alarmsFired = true;
            renderPhase(currentSession());
        }
    },
});
