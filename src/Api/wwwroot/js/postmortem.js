// The postmortem: saves a section on the version the page holds; when someone else saved it since (409), shows
// their version beside the editor (which keeps your text) so you can save yours on theirs or edit from theirs.
import { put, ApiError } from './api.js';

const root = document.getElementById('postmortem');
const session = root?.dataset.session;

document.getElementById('print-postmortem')?.addEventListener('click', () => window.print());

// What a section's editor holds: text, or for action items the list of rows.
function content(section) {
    const form = section.querySelector('.pm-form');
    if (section.dataset.section !== 'action-items') {
        return { text: form.querySelector('textarea').value };
    }
    return {
        items: [...form.querySelectorAll('tbody tr')].map(row => ({
            text: row.querySelector('.pm-item-text').value,
            owner: row.querySelector('.pm-item-owner').value,
            done: row.querySelector('.pm-item-done').checked,
        })),
    };
}

// Their items as text, one line each, for the conflict box.
const asText = saved => saved.name === 'action-items'
    ? saved.items.map(i => `[${i.done ? 'x' : ' '}] ${i.owner}: ${i.text}`).join('\n')
    : saved.text;

function show(section, saved) {
    section.dataset.version = saved.version;
    if (saved.name === 'action-items') {
        section.querySelector('.pm-items').replaceChildren(...saved.items.map(item => {
            const li = document.createElement('li');
            const owner = document.createElement('span');
            owner.className = 'muted';
            owner.textContent = `(owner: ${item.owner}${item.done ? ', done' : ''})`;
            li.append(item.done ? '☑ ' : '☐ ', item.text, ' ', owner);
            return li;
        }));
    } else {
        section.querySelector('.pm-text').textContent = saved.text;
    }
    const edited = section.querySelector('.pm-edited');
    edited.replaceChildren(`Version ${saved.version}, last edited by `);
    const by = document.createElement('strong');
    by.textContent = saved.editedBy;
    edited.append(by);
}

function fillRows(section, items) {
    const body = section.querySelector('.pm-item-rows tbody');
    const template = section.querySelector('.pm-item-template');
    body.replaceChildren(...items.map(item => {
        const row = template.content.firstElementChild.cloneNode(true);
        row.querySelector('.pm-item-text').value = item.text;
        row.querySelector('.pm-item-owner').value = item.ownerId ?? '';
        row.querySelector('.pm-item-done').checked = item.done;
        return row;
    }));
}

async function save(section, button) {
    const error = section.querySelector('.pm-error');
    const conflict = section.querySelector('.pm-conflict');
    error.textContent = '';
    if (button) button.disabled = true;
    try {
        const saved = await put(`/api/sessions/${session}/postmortem/sections/${section.dataset.section}`,
            { version: Number(section.dataset.version), ...content(section) });
        show(section, saved);
        conflict.hidden = true;
    } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.problem?.current) {
            const current = e.problem.current;
            conflict.querySelector('.pm-conflict-message').textContent =
                `${current.editedBy} saved this section (version ${current.version}) after you opened it. Their version is below; yours was not saved.`;
            conflict.querySelector('.pm-theirs').textContent = asText(current) || '(empty)';
            conflict.current = current;
            conflict.hidden = false;
        } else {
            error.textContent = e.message;
        }
    } finally {
        if (button) button.disabled = false;
    }
}

for (const section of document.querySelectorAll('.pm-section')) {
    const form = section.querySelector('.pm-form');
    if (!form) continue;
    form.addEventListener('submit', event => {
        event.preventDefault();
        save(section, event.submitter);
    });
    section.querySelector('.pm-item-add')?.addEventListener('click', () => {
        const row = section.querySelector('.pm-item-template').content.firstElementChild.cloneNode(true);
        section.querySelector('.pm-item-rows tbody').append(row);
        row.querySelector('.pm-item-text').focus();
    });
    section.querySelector('.pm-item-rows')?.addEventListener('click', event => {
        if (event.target.classList.contains('pm-item-remove')) event.target.closest('tr').remove();
    });
    const conflict = section.querySelector('.pm-conflict');
    // Save mine on their version: the editor keeps my text; the save names the version they made.
    conflict.querySelector('.pm-reapply').addEventListener('click', event => {
        section.dataset.version = conflict.current.version;
        save(section, event.target);
    });
    // Edit from their version: their text in the editor and on the page, to change and save again.
    conflict.querySelector('.pm-take').addEventListener('click', () => {
        const current = conflict.current;
        show(section, current);
        if (current.name === 'action-items') {
            fillRows(section, current.items);
        } else {
            form.querySelector('textarea').value = current.text;
        }
        conflict.hidden = true;
    });
}
