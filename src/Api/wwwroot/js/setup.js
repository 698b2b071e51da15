// Session setup: adds people to the roster and starts the session, through the API.
import { post, attempt } from './api.js';

const root = document.getElementById('setup');
const id = root.dataset.session;
const error = document.getElementById('setup-error');

function renderRoster(session) {
    const body = document.querySelector('#roster tbody');
    body.replaceChildren(...session.participants.map(p => {
        const row = document.createElement('tr');
        for (const value of [p.name, p.role, p.experience, p.prerequisitesMet ? 'met' : 'not met']) {
            const cell = document.createElement('td');
            cell.textContent = value;
            row.append(cell);
        }
        return row;
    }));
    document.getElementById('warnings').replaceChildren(...session.warnings.map(w => {
        const item = document.createElement('li');
        item.className = 'warning';
        item.textContent = w;
        return item;
    }));
}

const form = document.getElementById('add-participant');
form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const session = await attempt(form.querySelector('button'), error, () => post(`/api/sessions/${id}/participants`, {
        personId: data.get('personId').trim(),
        role: data.get('role'),
        override: data.get('override') === 'on' ? true : null,
    }));
    if (session) {
        renderRoster(session);
        form.reset();
        form.querySelector('input').focus();
    }
});

document.getElementById('start-session').addEventListener('click', async event => {
    const session = await attempt(event.currentTarget, error, () => post(`/api/sessions/${id}/start`));
    if (session) window.location.assign(`/sessions/${id}/instigate`);
});
