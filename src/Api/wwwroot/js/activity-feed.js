// The shared activity feed: who ran which command, when (simulated and wall time), whether it worked, and the output
// on demand. Read from the API on load and again whenever the live feed brings a command entry, so it never polls.
import { get } from './api.js';
import { clock } from './clock.js';

const wallTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

// list: the <ol> to fill; base: the session's API path; error: where a failed read is said.
export function createActivityFeed(list, base, error) {
    let last = 0;
    let reading = null;
    let again = false;

    function entryItem(entry) {
        const item = document.createElement('li');
        item.className = entry.ok ? 'activity' : 'activity failed';
        item.dataset.number = entry.number;
        const when = document.createElement('span');
        when.className = 'when';
        const at = new Date(entry.wallTime);
        when.textContent = `${clock(entry.second)} (${wallTime.format(at)})`;
        when.title = `simulated ${clock(entry.second)}, wall time ${at.toLocaleString()}`;
        const who = document.createElement('strong');
        who.textContent = `${entry.name}: `;
        const line = document.createElement('code');
        line.className = 'command-line';
        line.textContent = entry.commandLine;
        const outcome = document.createElement('span');
        outcome.className = entry.ok ? 'outcome health-ok' : 'outcome health-down';
        outcome.textContent = entry.ok ? 'worked' : 'failed';
        const output = document.createElement('details');
        output.className = 'activity-output';
        const summary = document.createElement('summary');
        summary.textContent = entry.outputLines === 0 ? 'Output (empty)' : `Output (${entry.outputLines} line${entry.outputLines === 1 ? '' : 's'})`;
        output.append(summary);
        // Collapsed by default; the output is read once, when first opened.
        output.addEventListener('toggle', async () => {
            if (!output.open || output.dataset.loaded) return;
            output.dataset.loaded = 'yes';
            const pre = document.createElement('pre');
            pre.className = 'shared-output';
            pre.textContent = 'Reading…';
            output.append(pre);
            try {
                const full = await get(`${base}/activity/${entry.number}`);
                pre.textContent = full.output ?? '(no longer kept: older than the responder\'s history)';
            } catch (e) {
                delete output.dataset.loaded;
                pre.remove();
                if (error) error.textContent = e.message;
            }
        });
        item.append(when, who, line, ' ', outcome, output);
        return item;
    }

    async function read() {
        const page = await get(last === 0 ? `${base}/activity` : `${base}/activity?after=${last}&limit=200`);
        for (const entry of page.entries) {
            if (entry.number <= last) continue;
            list.append(entryItem(entry));
            last = entry.number;
        }
        if (page.entries.length > 0) list.scrollTop = list.scrollHeight;
        const empty = list.parentElement?.querySelector('.activity-empty');
        if (empty) empty.hidden = last > 0;
        return page.entries.length === 200;
    }

    // One read at a time; a command arriving during a read asks for one more after it.
    async function refresh() {
        if (reading) { again = true; return reading; }
        reading = (async () => {
            try {
                do {
                    again = false;
                    if (await read()) again = true;
                } while (again);
                if (error) error.textContent = '';
            } catch (e) {
                if (error) error.textContent = `The activity feed could not be read: ${e.message}`;
            } finally {
                reading = null;
            }
        })();
        return reading;
    }

    return { refresh };
}
