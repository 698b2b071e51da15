// Who holds incident command, on every console; responders take it or hand it over, instigators give it.
import { post, attempt } from './api.js';

// panel: the commander section; base: the session's API path; me: the reader's person id; role: their part.
export function createCommander(panel, base, me, role) {
    const holder = panel.querySelector('[data-testid="commander"]');
    const controls = panel.querySelector('.commander-controls');
    const error = panel.querySelector('.error');
    let onChange = () => {};

    function button(text, personId) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = text;
        b.addEventListener('click', async () => {
            const session = await attempt(b, error, () => post(`${base}/commander`, { personId }));
            if (session) onChange(session);
        });
        return b;
    }

    function handOver(responders, label) {
        const row = document.createElement('div');
        row.className = 'row';
        for (const r of responders) row.append(button(`${label} ${r.name}`, r.personId));
        return row;
    }

    function render(session) {
        const live = ['running', 'paused', 'resolved', 'assessing'].includes(session.status);
        const responders = session.participants.filter(p => p.role === 'responder');
        const current = responders.find(p => p.personId === session.commander);
        holder.textContent = `Incident commander: ${current ? current.name : 'nobody yet'}`;
        holder.classList.toggle('mine', !!current && current.personId === me);
        const others = responders.filter(p => p.personId !== session.commander);
        const parts = [];
        if (live && role === 'responder') {
            if (!current) {
                parts.push(button('Take command', me));
            } else if (current.personId === me && others.length) {
                parts.push(handOver(others, 'Hand over to'));
            } else if (current.personId !== me) {
                const note = document.createElement('p');
                note.className = 'muted';
                note.textContent = `${current.name} leads the response; they can hand command over.`;
                parts.push(note);
            }
        } else if (live && role === 'instigator' && others.length) {
            parts.push(handOver(others, 'Give the lead to'));
        }
        controls.replaceChildren(...parts);
    }

    return { render, set onChange(handler) { onChange = handler; } };
}
