// How an entry's text is shown in the consoles' channel and timeline lists: what people write (messages, help
// requests, pointers, hints, stakeholder messages, answers and status updates) as safe Markdown with @mentions
// (markdown.js), a post that mentions the reader marked "mentions you"; terminal output shared to the channel (several
// lines, no fence) kept in columns, never wrapped; what the platform writes (alarms, commands, faults) as plain text.
import { renderMarkdown } from './markdown.js';

export const WRITTEN = new Set(['message', 'helpRequest', 'pointer', 'hint', 'stakeholder', 'stakeholderAnswer', 'statusUpdate']);

// The reader's person id, from the page; the participants who can be mentioned, from the live feed.
const me = document.querySelector('[data-me]')?.dataset.me || null;
let people = [];

export function knowPeople(participants) {
    people = participants ?? [];
}

// Appends entry's text to the list item.
export function appendText(item, entry) {
    const lines = entry.text.includes('\n');
    if (!WRITTEN.has(entry.kind) || (lines && !entry.text.includes('```'))) {
        const text = document.createElement(lines ? 'pre' : 'span');
        if (lines) text.className = 'shared-output';
        text.textContent = entry.text;
        item.append(text);
        return;
    }
    const rendered = renderMarkdown(entry.text, { people, me });
    const text = document.createElement(rendered.block ? 'div' : 'span');
    text.className = 'md';
    text.append(...rendered.nodes);
    if (rendered.mentionsMe) {
        item.classList.add('mentions-me');
        const badge = document.createElement('span');
        badge.className = 'mention-badge';
        badge.textContent = 'mentions you';
        item.append(badge, ' ');
    }
    item.append(text);
}
