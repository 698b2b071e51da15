// Creates a session through the API, then opens its setup page. A start is a time, a surprise window (with optional
// business hours), or neither (started by hand); the form says so before the API has to.
import { post, attempt } from './api.js';

const form = document.getElementById('new-session');
const error = document.getElementById('new-error');
// The reader's own time zone is the natural default for business hours.
const zone = document.getElementById('time-zone');
if (zone && !zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';

// datetime-local is the reader's local time; the API takes an instant.
const instant = value => value ? new Date(value).toISOString() : null;

function startWindow(data) {
    const earliest = data.get('earliest');
    const latest = data.get('latest');
    if (!earliest && !latest) return null;
    if (!earliest || !latest) throw new Error('A surprise start needs both the earliest and the latest time of its window.');
    const from = data.get('hoursFrom');
    const to = data.get('hoursTo');
    if (Boolean(from) !== Boolean(to)) throw new Error('Business hours need both a start ("From") and an end ("To"), or neither.');
    return {
        earliest: instant(earliest),
        latest: instant(latest),
        businessHours: from ? { from, to, timeZone: data.get('timeZone') || null } : null,
    };
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    let surprise;
    try {
        surprise = startWindow(data);
        if (surprise && data.get('scheduledStart')) throw new Error('Give either a scheduled start or a surprise window, not both.');
    } catch (problem) {
        error.textContent = problem.message;
        return;
    }
    const body = {
        scenarioId: data.get('scenarioId'),
        seed: Number(data.get('seed')),
        scheduledStart: instant(data.get('scheduledStart')),
        startWindow: surprise,
        cohortId: data.get('cohortId') || null,
        codeBlue: data.get('codeBlue') === 'on',
    };
    const session = await attempt(form.querySelector('button[type=submit]'), error, () => post(form.dataset.api, body));
    if (session) window.location.assign(`/sessions/${session.id}/setup`);
});
