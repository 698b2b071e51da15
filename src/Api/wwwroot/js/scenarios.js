// Uploads a scenario file: checks it first (the API answers its problems as a 200, so a broken file is an answer to
// show, not a failed request in the console), shows every problem at its file:line:col, then uploads a valid file.
import { api } from './api.js';

const form = document.getElementById('upload-form');
if (form) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const file = document.getElementById('scenario-file').files[0];
        const error = document.getElementById('upload-error');
        const problems = document.getElementById('upload-problems');
        const button = form.querySelector('button[type=submit]');
        error.textContent = '';
        problems.hidden = true;
        button.disabled = true;
        try {
            const yaml = await file.text();
            const query = `?fileName=${encodeURIComponent(file.name)}`;
            const check = await send(`/api/scenarios/check${query}`, yaml);
            if (!check.valid) {
                error.textContent = `Invalid scenario: ${check.problems.length} problem(s)`;
                problems.textContent = check.problems.join('\n');
                problems.hidden = false;
                return;
            }
            const created = await send(`/api/scenarios${query}`, yaml);
            window.location.assign(`/scenarios/${encodeURIComponent(created.id)}`);
        } catch (failure) {
            error.textContent = failure.message;
            if (Array.isArray(failure.problem?.problems)) {
                problems.textContent = failure.problem.problems.join('\n');
                problems.hidden = false;
            }
        } finally {
            button.disabled = false;
        }
    });
}

// The API helper sends JSON; a scenario goes as YAML text with the console's header.
async function send(path, yaml) {
    return api('POST', path, undefined, { body: yaml, type: 'text/yaml' });
}
