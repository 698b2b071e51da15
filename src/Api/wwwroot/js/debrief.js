// The debrief: adds lessons learned through the API and shows them without a reload.
import { post, attempt } from './api.js';

const root = document.getElementById('debrief');
// Each kind's heading is its option's text in the form, as the server renders it beside each lesson (lower-cased).
const heading = kind => (document.querySelector(`#lesson-kind option[value="${kind}"]`)?.textContent ?? '').toLowerCase();
const form = document.getElementById('lesson-form');
if (form) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const field = document.getElementById('lesson');
        const text = field.value;
        const kind = document.getElementById('lesson-kind').value;
        const added = await attempt(event.submitter, document.getElementById('lesson-error'), () => post(`/api/sessions/${root.dataset.session}/lessons`, { text, kind }));
        if (added !== undefined) {
            // The answer holds every lesson so far, each with its author, as a reload would show them.
            document.getElementById('lessons').replaceChildren(...added.lessons.map(lesson => {
                const item = document.createElement('li');
                const by = document.createElement('strong');
                by.textContent = lesson.by;
                const about = document.createElement('span');
                about.className = 'muted';
                about.textContent = `(${heading(lesson.kind)})`;
                item.append(by, ' ', about, `: ${lesson.text}`);
                return item;
            }));
            field.value = '';
        }
    });
}
