// Shows every <time data-local> in the reader's own time zone.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function localize(root = document) {
    for (const element of root.querySelectorAll('time[data-local]')) {
        const when = new Date(element.getAttribute('datetime'));
        if (!Number.isNaN(when.getTime())) {
            element.textContent = format.format(when);
            element.title = when.toISOString();
        }
    }
}

localize();
