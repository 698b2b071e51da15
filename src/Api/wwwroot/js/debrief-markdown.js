// The debrief's timeline shows what people wrote (posts, help requests, pointers, hints, stakeholder messages, status
// updates) as the consoles do: safe Markdown (markdown.js). The server renders the text escaped; this reads it back
// as text and builds the same nodes the channel does, so raw HTML stays text here too.
import { renderMarkdown } from './markdown.js';
import { WRITTEN } from './channel-text.js';

const written = new Set([...WRITTEN].map(kind => kind.toLowerCase()));
const table = document.querySelector('[data-testid="timeline"]');
if (table) {
    const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
    const what = headings.indexOf('What');
    const detail = headings.indexOf('Detail');
    for (const row of table.tBodies[0]?.rows ?? []) {
        const kind = row.cells[what]?.textContent.trim().toLowerCase();
        const cell = row.cells[detail];
        if (!cell || !written.has(kind)) continue;
        const text = cell.textContent;
        // Terminal output shared to the channel keeps its lines as the server rendered them.
        if (text.includes('\n') && !text.includes('```')) continue;
        const rendered = renderMarkdown(text);
        const container = document.createElement(rendered.block ? 'div' : 'span');
        container.className = 'md';
        container.append(...rendered.nodes);
        cell.replaceChildren(container);
    }
}
