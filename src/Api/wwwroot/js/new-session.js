// Creates a session through the API, then opens its setup page.
import { post, attempt } from './api.js';

const form = document.getElementById('new-session');
form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const start = data.get('scheduledStart');
    const body = {
        scenarioId: data.get('scenarioId'),
        seed: Number(data.get('seed')),
        // datetime-local is the reader's local time; the API takes an instant.
        scheduledStart: start ? new Date(start).toISOString() : null,
        cohortId: data.get('cohortId') || null,
    };
    const session = await attempt(form.querySelector('button[type=submit]'), document.getElementById('new-error'), () => post(form.dataset.api, body));
    if (session) window.location.assign(`/sessions/${session.id}/setup`);
});
