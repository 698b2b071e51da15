// Whether the live feed is live: while the browser reconnects to the platform every figure on the page is the last
// known one, and the page says so (a banner, and dimmed status and clock) instead of showing it as live.
// EventSource reconnects by itself; the stream it reopens starts with the whole state and the timeline after the
// Last-Event-ID, so the page catches up without a reload.
import { sessionBanner } from './banner.js';

// Watches source; over() tells when the session has ended, so that the end of its stream is no loss. A page that is
// not a console says in its own words what is not live while the platform is away.
export function watchConnection(source, over, words = 'Reconnecting to the platform… Status, clock, alarms and charts below are the last known, not live, until it is back.') {
    const root = document.querySelector('[data-session]');
    source.addEventListener('open', () => {
        root.classList.remove('stale');
        sessionBanner('connection', 'banner reconnecting', 'connection', 'status').hidden = true;
    });
    source.addEventListener('error', () => {
        if (over()) {
            source.close();
            return;
        }
        // An error with the source still CONNECTING is a drop the browser retries; CLOSED is a refusal it won't retry.
        const element = sessionBanner('connection', 'banner reconnecting', 'connection', 'status');
        root.classList.add('stale');
        element.hidden = false;
        element.textContent = source.readyState === EventSource.CLOSED
            ? 'Live updates stopped: the platform refused the feed (signed out?). Reload the page; what you see is not live.'
            : words;
    });
}
