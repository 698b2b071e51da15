// The responder console: acknowledges alarms, runs commands, posts, declares restored and submits the assessment.
import { get, post, attempt } from './api.js';
import { sessionId, connect, renderStatus, renderHealth, renderCharts, renderAlarms, append, CHANNEL_KINDS, clock, confirmAction } from './session.js';

const base = `/api/sessions/${sessionId}`;
const $ = id => document.getElementById(id);
const terminal = $('terminal');
const history = [];
let cursor = 0;

function print(command) {
    const prompt = document.createElement('div');
    prompt.className = 'prompt';
    prompt.textContent = `[${clock(command.second)}] $ ${command.commandLine}`;
    const output = document.createElement('div');
    if (!command.ok) output.className = 'failed';
    output.textContent = command.output;
    terminal.append(prompt, output);
    terminal.scrollTop = terminal.scrollHeight;
    history.push(command.commandLine);
    cursor = history.length;
}

const input = $('command');
input.addEventListener('keydown', event => {
    if (event.key === 'ArrowUp' && cursor > 0) {
        cursor--;
        input.value = history[cursor];
        event.preventDefault();
    } else if (event.key === 'ArrowDown' && cursor < history.length) {
        cursor++;
        input.value = history[cursor] ?? '';
        event.preventDefault();
    }
});
$('command-form').addEventListener('submit', async event => {
    event.preventDefault();
    const commandLine = input.value.trim();
    if (!commandLine) return;
    // Cleared at once, as a terminal does, so the next command can be typed while this one runs.
    input.value = '';
    try {
        const outcome = await post(`${base}/commands`, { commandLine });
        print({ ...outcome, commandLine });
    } catch (error) {
        print({ second: 0, commandLine, ok: false, output: error.message });
    }
    input.focus();
});

$('post-form').addEventListener('submit', async event => {
    event.preventDefault();
    const sent = await attempt(event.submitter, $('channel-error'), () => post(`${base}/channel`, { kind: $('post-kind').value, text: $('post-text').value }));
    if (sent) $('post-text').value = '';
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
    const failedShares = {};
    for (const field of document.querySelectorAll('[data-share]')) failedShares[field.dataset.share] = Number(field.value) / 100;
    const sent = await attempt(event.submitter, $('restore-error'), () => post(`${base}/assessment`, {
        startMinute: Number($('start-minute').value),
        endMinute: Number($('end-minute').value),
        failedShares,
        rootCause: $('root-cause').value,
        summary: $('summary').value,
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

function renderPhase(session) {
    const s = session.status;
    $('declare-restored').disabled = !(s === 'running' || s === 'paused');
    $('assessment-form').hidden = !(s === 'resolved' || s === 'assessing');
    $('debrief-link').hidden = !(s === 'debriefed' || s === 'closed');
    // Paused freezes the cell but leaves the reading tools; the server refuses remediations with a message the terminal prints.
    $('command-form').querySelector('button').disabled = !(s === 'running' || s === 'paused');
}

for (const command of await get(`${base}/commands`)) print(command);
await renderStakeholders();

connect({
    session: session => { renderStatus(session); renderPhase(session); },
    metrics: metrics => { renderHealth(metrics); renderCharts(metrics); },
    alarms: alarms => renderAlarms(alarms, acknowledge),
    timeline: entry => {
        if (CHANNEL_KINDS.has(entry.kind)) append($('channel'), entry);
        if (entry.kind === 'stakeholder' || entry.kind === 'stakeholderAnswer') renderStakeholders();
    },
});
