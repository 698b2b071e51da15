// Shared by the instigator, responder and observer pages: the live feed of one session over server-sent events,
// the status line, health table, metric charts and the timeline/channel lists.
import { renderRequestTypeCharts } from './request-type-charts.js';
import { clock } from './clock.js';
import { watchConnection } from './live-connection.js';
import { showUrgency } from './alarm-urgency.js';
import { showEnded } from './session-ended.js';
import { appendText, knowPeople } from './channel-text.js';
import { showPresence } from './presence.js';

export const sessionId = document.querySelector('[data-session]').dataset.session;

export { clock };

// Once a session is over (the kill switch above all) no alarm is live, whatever the cell last said.
const ENDED = new Set(['aborted', 'debriefed', 'closed']);
const OVER = new Set(['aborted', 'closed']);

// The session as the live feed last told it (the page's own rendering until the first event).
let current = { status: (document.getElementById('status')?.textContent ?? '').trim().toLowerCase(), second: 0 };
let lastAlarms = null;
let lastOnAcknowledge = null;

export function currentSession() {
    return current;
}

// Opens the live feed; handlers: { session, metrics, alarms, timeline } each given the parsed event data.
// Every console also gets the reconnecting banner, the critical-alarm banner, tab title and favicon, and the
// kill switch's banner from here, so no role's view can lag behind another's.
export function connect(handlers) {
    const source = new EventSource(`/console/sessions/${sessionId}/live`);
    // The server ends an over session's stream once it has sent the last of it; the browser would reopen it forever.
    watchConnection(source, () => OVER.has(current.status));
    const wrapped = {
        ...handlers,
        session: session => {
            const changed = session.status !== current.status;
            current = session;
            knowPeople(session.participants);
            handlers.session?.(session);
            showEnded(session);
            if (changed && lastAlarms) renderAlarms(lastAlarms, lastOnAcknowledge);
            showUrgency(lastAlarms ?? [], session);
        },
        alarms: alarms => {
            handlers.alarms?.(alarms);
            showUrgency(alarms, current);
        },
        presence: showPresence,
    };
    for (const [name, handler] of Object.entries(wrapped)) {
        source.addEventListener(name, event => handler(JSON.parse(event.data)));
    }
    window.addEventListener('pagehide', () => source.close());
    return source;
}

export function renderStatus(session) {
    const status = document.getElementById('status');
    if (status) {
        status.textContent = session.status;
        status.className = `status status-${session.status}`;
    }
    const second = document.getElementById('second');
    if (second) second.textContent = clock(session.second);
    const speed = document.getElementById('speed-now');
    if (speed) speed.textContent = `${session.speed}×`;
}

function healthClass(service) {
    if (service.online === 0) return 'health-down';
    if (service.online < service.instances || service.errorShare > 0.01) return 'health-degraded';
    return 'health-ok';
}

function healthWord(service) {
    return { 'health-down': 'down', 'health-degraded': 'degraded', 'health-ok': 'ok' }[healthClass(service)];
}

export function renderHealth(metrics) {
    const body = document.querySelector('#services tbody');
    if (!body) return;
    body.replaceChildren(...metrics.health.services.map(s => {
        const row = document.createElement('tr');
        const values = [s.id, healthWord(s), `${s.online}/${s.instances}`, Math.round(s.rps), `${(s.errorShare * 100).toFixed(1)} %`, `${Math.round(s.latencyMs)} ms`];
        values.forEach((value, index) => {
            const cell = document.createElement('td');
            cell.textContent = value;
            if (index === 1) cell.className = healthClass(s);
            row.append(cell);
        });
        return row;
    }));
}

export function renderCharts(metrics) {
    renderRequestTypeCharts(document.getElementById('success-chart'), document.getElementById('latency-chart'), metrics.requestTypes);
    const now = document.getElementById('request-types-now');
    if (now) {
        now.replaceChildren(...metrics.health.requestTypes.map(r => {
            const item = document.createElement('li');
            // With requests and none succeeding there is no latency to show (failures are fast: it would look fine).
            const none = r.attempted > 0 && r.failed >= r.attempted;
            item.textContent = `${r.id}: ${(r.successRate * 100).toFixed(1)} % succeed, ${none ? 'no successful requests' : `p99 ${Math.round(r.p99Ms)} ms`}`;
            return item;
        }));
    }
}

const KIND_LABELS = {
    alarm: 'alarm', message: 'message', helpRequest: 'help request', pointer: 'pointer', hint: 'hint', command: 'command',
    inject: 'inject', revert: 'revert', killSwitch: 'kill switch', session: 'session', roster: 'roster', restored: 'restored',
    assessment: 'assessment', debrief: 'debrief', acknowledged: 'ack', lesson: 'lesson',
    stakeholder: 'stakeholder', stakeholderAnswer: 'answer', statusUpdate: 'status update', commander: 'incident command',
};

export function feedItem(entry) {
    const item = document.createElement('li');
    item.className = entry.kind;
    item.dataset.sequence = entry.sequence;
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = clock(entry.second);
    when.title = `wall time ${new Date(entry.wallTime).toLocaleString()}`;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = KIND_LABELS[entry.kind] ?? entry.kind;
    const who = document.createElement('strong');
    who.textContent = `${entry.actor}: `;
    item.append(when, kind, who);
    // Posts as safe Markdown with @mentions, shared terminal output in columns: channel-text.js.
    appendText(item, entry);
    if (entry.kind === 'alarm' && /^cleared /.test(entry.text)) {
        item.classList.add('alarm-cleared');
        kind.textContent = 'alarm cleared';
    }
    return item;
}

// Appends an entry to a feed list once, keeping it scrolled to the newest.
export function append(list, entry) {
    if (!list || list.querySelector(`[data-sequence="${entry.sequence}"]`)) return;
    list.append(feedItem(entry));
    list.scrollTop = list.scrollHeight;
}

// Who leads the response is news for everyone in the channel too.
export const CHANNEL_KINDS = new Set(['alarm', 'message', 'helpRequest', 'pointer', 'hint', 'stakeholder', 'stakeholderAnswer', 'statusUpdate', 'commander']);

// Alarms as the cell last reported them; once the session is no longer live (the kill switch) none is firing any more.
export function renderAlarms(alarms, onAcknowledge) {
    lastAlarms = alarms;
    lastOnAcknowledge = onAcknowledge;
    const body = document.querySelector('#alarms tbody');
    if (!body) return;
    const live = !ENDED.has(current.status);
    const firing = live ? alarms.filter(a => a.firing) : [];
    const count = document.getElementById('alarm-count');
    if (count) {
        count.textContent = !live && current.status === 'aborted' ? 'No alarm live: the session was aborted (kill switch)'
            : firing.length === 0 ? 'No alarm firing' : `${firing.length} alarm(s) firing`;
    }
    body.replaceChildren(...alarms.map(alarm => {
        const row = document.createElement('tr');
        row.dataset.alarm = alarm.id;
        const state = document.createElement('td');
        // The state's sign (✕, ●) comes from its class, beside the word: never colour alone, never twice.
        if (alarm.firing && !live) {
            state.textContent = current.status === 'aborted' ? 'stopped (session aborted)' : `stopped (session ${current.status})`;
            state.className = 'health-ok';
        } else {
            state.textContent = alarm.firing ? `FIRING since ${clock(alarm.since)}` : 'ok';
            state.className = alarm.firing ? 'health-down' : 'health-ok';
        }
        const id = document.createElement('td');
        id.textContent = `${alarm.id} (${alarm.severity})`;
        const message = document.createElement('td');
        message.textContent = alarm.message;
        const ack = document.createElement('td');
        if (alarm.firing && alarm.acknowledgedBy) {
            ack.textContent = `acknowledged by ${alarm.acknowledgedBy}`;
        } else if (alarm.firing && live && onAcknowledge) {
            const button = document.createElement('button');
            button.type = 'button';
            // Acknowledging what pages you comes first: the primary action while it is unacknowledged.
            button.className = 'primary';
            // Short on screen so the table fits its panel; the alarm's id completes the accessible name.
            const which = document.createElement('span');
            which.className = 'visually-hidden';
            which.textContent = ` ${alarm.id}`;
            button.append('Acknowledge', which);
            button.addEventListener('click', () => onAcknowledge(alarm, button));
            ack.append(button);
        }
        row.append(state, id, message, ack);
        return row;
    }));
}

// A confirmation dialog for destructive actions; resolves true when confirmed.
export function confirmAction(text) {
    const dialog = document.getElementById('confirm');
    dialog.querySelector('p').textContent = text;
    dialog.showModal();
    return new Promise(resolve => {
        dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    });
}
