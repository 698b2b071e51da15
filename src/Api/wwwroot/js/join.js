// Joining a Code Blue from its page: the API decides the role and says why; the console link follows the seat.
import { post, attempt } from './api.js';

const id = document.getElementById('join').dataset.session;
const button = document.getElementById('join-now');

button.addEventListener('click', async () => {
    const outcome = await attempt(button, document.getElementById('join-error'), () => post(`/api/sessions/${id}/join`));
    if (!outcome) return;
    document.getElementById('joined').textContent = outcome.message;
    button.hidden = true;
    document.getElementById('open-console').hidden = false;
});
