// The debrief: adds lessons learned through the API and shows them without a reload.
import { post, attempt } from './api.js';

const root = document.getElementById('debrief');
const form = document.getElementById('lesson-form');
if (form) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const field = document.getElementById('lesson');
        const text = field.value;
        const added = await attempt(event.submitter, document.getElementById('lesson-error'), () => post(`/api/sessions/${root.dataset.session}/lessons`, { text }));
        if (added !== undefined) {
            // The answer is the debrief with every lesson so far, each with its author, as a reload would show them.
            document.getElementById('lessons').replaceChildren(...(added?.lessons ?? [{ by: '', text }]).map(lesson => {
                const item = document.createElement('li');
                const by = document.createElement('strong');
                by.textContent = `${lesson.by}:`;
                item.append(by, ` ${lesson.text}`);
                return item;
            }));
            field.value = '';
        }
    });
}
