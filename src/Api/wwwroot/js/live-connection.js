// Whether the live feed is live: while the browser reconnects to the platform every figure on the page is the last
// known one, and the page says so (a banner, and dimmed status and clock) instead of showing it as live.
// EventSource reconnects by itself; the stream it reopens starts with the whole state and the timeline after the
// Last-Event-ID, so the page catches up without a reload.

function banner() {
    let element = document.getElementById('connection');
    if (!element) {
        element = document.createElement('p');
        element.id = 'connection';
        element.className = 'banner reconnecting';
        element.dataset.testid = 'connection';
        element.setAttribute('role', 'status');
        element.hidden = true;
        const root = document.querySelector('[data-session]');
        root.prepend(element);
    }
    return element;
}

// Watches source and answers a function that tells whether the page is live now.
export function watchConnection(source, onReconnected) {
    const root = document.querySelector('[data-session]');
    let lost = false;
    source.addEventListener('open', () => {
        if (lost && onReconnected) onReconnected();
        lost = false;
        root.classList.remove('stale');
        banner().hidden = true;
    });
    source.addEventListener('error', () => {
        // An error with the source still CONNECTING is a drop the browser retries; CLOSED is a refusal it won't retry.
        const element = banner();
        lost = true;
        root.classList.add('stale');
        element.hidden = false;
        element.textContent = source.readyState === EventSource.CLOSED
            ? 'Live updates stopped: the platform refused the feed (signed out?). Reload the page; what you see is not live.'
            : 'Reconnecting to the platform… Status, clock, alarms and charts below are the last known, not live, until it is back.';
    });
    return () => !lost;
}
