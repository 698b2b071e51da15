// Session setup: picks people for the roster by name, changes roles or removes people, and starts the session, through the API.
import { get, post, del, attempt } from './api.js';
import { loadPeople, describe, applyFilter } from './people.js';

const root = document.getElementById('setup');
const id = root.dataset.session;
const error = document.getElementById('setup-error');
const picker = document.getElementById('person');
const filter = document.getElementById('person-filter');
const shown = document.getElementById('person-count');
let onRoster = new Set(JSON.parse(root.dataset.roster));
const cohortMembers = new Set(JSON.parse(root.dataset.cohortMembers));

const roles = ['instigator', 'responder', 'observer'];

function renderRoster(session) {
    onRoster = new Set(session.participants.map(p => p.personId));
    // The roster is set right only before the start; the API refuses later changes anyway (409).
    const editable = ['draft', 'scheduled'].includes(String(session.status).toLowerCase());
    const body = document.querySelector('#roster tbody');
    body.replaceChildren(...session.participants.map(p => {
        const row = document.createElement('tr');
        row.dataset.person = p.personId;
        for (const value of [p.name, p.role, p.experience, p.prerequisitesMet ? 'met' : 'not met']) {
            const cell = document.createElement('td');
            cell.textContent = value;
            row.append(cell);
        }
        const changes = document.createElement('td');
        if (editable) changes.append(roleSelect(p), removeButton(p));
        row.append(changes);
        return row;
    }));
    document.getElementById('warnings').replaceChildren(...session.warnings.map(w => {
        const item = document.createElement('li');
        item.className = 'warning';
        item.textContent = w;
        return item;
    }));
    markRoster();
}

function roleSelect(participant) {
    const select = document.createElement('select');
    select.setAttribute('aria-label', `Part of ${participant.name}`);
    select.replaceChildren(...roles.map(role => new Option(role, role, false, role === String(participant.role).toLowerCase())));
    select.addEventListener('change', async () => {
        const session = await attempt(select, error, () => post(`/api/sessions/${id}/participants`, { personId: participant.personId, role: select.value }));
        if (session) renderRoster(session);
        // Refused (the error says why): the select goes back to the role the person still has.
        else select.value = String(participant.role).toLowerCase();
    });
    return select;
}

function removeButton(participant) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Remove';
    button.setAttribute('aria-label', `Remove ${participant.name}`);
    button.addEventListener('click', async () => {
        const session = await attempt(button, error, () => del(`/api/sessions/${id}/participants/${participant.personId}`));
        if (session) renderRoster(session);
    });
    return button;
}

async function refresh() {
    const session = await attempt(null, error, () => get(`/api/sessions/${id}`));
    if (session) renderRoster(session);
}

// People already on the roster stay listed (so the list does not jump) but cannot be picked again.
function markRoster() {
    for (const option of picker.options) {
        const taken = onRoster.has(option.value);
        option.disabled = taken;
        option.textContent = option.dataset.label + (taken ? ' (on the roster)' : '');
    }
}

async function fillPicker() {
    const people = await attempt(null, error, loadPeople);
    if (!people) return;
    // The session's cohort first: those are the people it was set up for.
    const ordered = [...people.filter(p => cohortMembers.has(p.id)), ...people.filter(p => !cohortMembers.has(p.id))];
    picker.replaceChildren(...ordered.map(person => {
        const option = document.createElement('option');
        option.value = person.id;
        option.dataset.label = describe(person) + (cohortMembers.has(person.id) ? ` (cohort ${root.dataset.cohort})` : '');
        return option;
    }));
    markRoster();
    applyFilter(filter, [...picker.options], shown);
    const toPage = document.getElementById('code-blue-people');
    if (toPage) {
        toPage.replaceChildren(...ordered.map(person => {
            const option = document.createElement('option');
            option.value = person.id;
            option.textContent = describe(person) + (cohortMembers.has(person.id) ? ` (cohort ${root.dataset.cohort})` : '');
            return option;
        }));
    }
}

filter.addEventListener('input', () => applyFilter(filter, [...picker.options], shown));
// Down arrow or Enter in the filter moves to the first person still shown, as in a combo box.
filter.addEventListener('keydown', event => {
    if (event.key !== 'ArrowDown' && event.key !== 'Enter') return;
    event.preventDefault();
    const first = [...picker.options].find(o => !o.hidden && !o.disabled);
    if (first) first.selected = true;
    picker.focus();
});

const form = document.getElementById('add-participant');
form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const session = await attempt(form.querySelector('button[type=submit]'), error, () => post(`/api/sessions/${id}/participants`, {
        personId: data.get('personId'),
        role: data.get('role'),
        override: data.get('override') === 'on' ? true : null,
    }));
    if (session) {
        renderRoster(session);
        picker.selectedIndex = -1;
        filter.value = '';
        applyFilter(filter, [...picker.options], shown);
        filter.focus();
    }
});

document.getElementById('start-session').addEventListener('click', async event => {
    const session = await attempt(event.currentTarget, error, () => post(`/api/sessions/${id}/start`));
    if (session) window.location.assign(`/sessions/${id}/instigate`);
});

// A Code Blue pages the people picked, or the session's cohort when none are; the page reloads to show it.
document.getElementById('call-code-blue')?.addEventListener('submit', async event => {
    event.preventDefault();
    const people = [...document.getElementById('code-blue-people').selectedOptions].map(o => o.value);
    const session = await attempt(event.submitter, document.getElementById('code-blue-error'), () => post(`/api/sessions/${id}/code-blue`, { people }));
    if (session) window.location.reload();
});

document.getElementById('close-joining')?.addEventListener('click', async event => {
    const session = await attempt(event.currentTarget, document.getElementById('code-blue-error'), () => post(`/api/sessions/${id}/joining/close`));
    if (session) window.location.reload();
});

fillPicker();
refresh();
