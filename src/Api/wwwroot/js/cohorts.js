// Sets up a cohort: a name and members ticked in a filterable list of people, posted to the API.
import { post, attempt } from './api.js';
import { loadPeople, describe, applyFilter } from './people.js';

const form = document.getElementById('new-cohort');
const list = document.getElementById('member-list');
const filter = document.getElementById('member-filter');
const count = document.getElementById('member-count');
const error = document.getElementById('cohort-error');

async function fillList() {
    const people = await attempt(null, error, loadPeople);
    if (!people) return;
    list.replaceChildren(...people.map(person => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'members';
        box.value = person.id;
        label.append(box, ` ${describe(person)}`);
        item.append(label);
        return item;
    }));
    applyFilter(filter, [...list.children], count);
}

filter.addEventListener('input', () => applyFilter(filter, [...list.children], count));
// Enter in the filter ticks nothing and submits nothing: it moves to the first person still shown.
filter.addEventListener('keydown', event => {
    if (event.key !== 'Enter' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    [...list.children].find(item => !item.hidden)?.querySelector('input')?.focus();
});

form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const cohort = await attempt(form.querySelector('button[type=submit]'), error, () => post('/api/cohorts', {
        name: data.get('name').trim(),
        members: data.getAll('members'),
    }));
    if (cohort) window.location.assign(`/cohorts/${cohort.id}`);
});

fillList();
