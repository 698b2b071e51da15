// Picking people by name rather than by id: the people list from the API (admins and instigators), described with
// what the roster guidance looks at, and a filter box that narrows a list as one types.
import { get } from './api.js';

export const loadPeople = () => get('/api/people');

// "Rui Responder: experienced, prerequisites met"
export function describe(person) {
    const parts = [person.experience, person.prerequisitesMet ? 'prerequisites met' : 'prerequisites NOT met'];
    if (person.canInstigate) parts.push('may instigate');
    return `${person.name}: ${parts.join(', ')}`;
}

// Hides the items whose text does not contain the filter's words (case-insensitive); answers how many stay visible.
export function applyFilter(filter, items, status) {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
        const text = item.textContent.toLowerCase();
        item.hidden = !words.every(word => text.includes(word));
        if (!item.hidden) shown++;
    }
    if (status) status.textContent = `${shown} of ${items.length} people shown`;
    return shown;
}
