// Uploads a scenario file to the API and shows every problem at its file:line:col.
import { ApiError } from './api.js';

const form = document.getElementById('upload-form');
if (form) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const file = document.getElementById('scenario-file').files[0];
        const error = document.getElementById('upload-error');
        const problems = document.getElementById('upload-problems');
        error.textContent = '';
        problems.hidden = true;
        const response = await fetch(`/api/scenarios?fileName=${encodeURIComponent(file.name)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'text/yaml', 'X-Practice-Console': '1', Accept: 'application/json' },
            body: await file.text(),
        });
        const body = await response.json();
        if (response.ok) {
            window.location.assign(`/scenarios/${encodeURIComponent(body.id)}`);
            return;
        }
        const failure = new ApiError(response.status, body);
        error.textContent = failure.problem?.title ?? failure.message;
        if (Array.isArray(body.problems)) {
            problems.textContent = body.problems.join('\n');
            problems.hidden = false;
        } else {
            error.textContent = failure.message;
        }
    });
}
