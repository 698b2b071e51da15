// The pages outside the three consoles (debrief, status page, postmortem, setup) show what the platform answered when
// they were loaded. They follow the session's live feed only to know whether the platform is there: while it is away
// they raise the consoles' reconnecting banner (the page is the last known, not live), and when it is back they
// refresh; with unsaved text in a field they keep it and say that a reload shows the latest instead.
import { watchConnection } from './live-connection.js';
import { sessionBanner } from './banner.js';

// The server ends an over session's stream once it has sent the last of it; that end is no loss.
const OVER = new Set(['aborted', 'closed']);

function stayFresh(refresh = reloadUnlessEditing) {
    const root = document.querySelector('[data-session]');
    if (!root || typeof EventSource === 'undefined') return;
    let status = '';
    let lost = false;
    const source = new EventSource(`/console/sessions/${root.dataset.session}/live`);
    watchConnection(source, () => OVER.has(status),
        'Reconnecting to the platform… What this page shows is the last known, not live, until it is back; it refreshes then.');
    source.addEventListener('session', event => { status = String(JSON.parse(event.data).status).toLowerCase(); });
    source.addEventListener('error', () => { if (!OVER.has(status)) lost = true; });
    source.addEventListener('open', () => {
        if (lost) {
            lost = false;
            refresh();
        }
    });
    window.addEventListener('pagehide', () => source.close());
}

// Whether someone is writing on the page: a reload would lose it.
const editing = () => [...document.querySelectorAll('textarea, input:not([type=hidden]):not([type=range]):not([type=search])')]
    .some(field => field.type === 'checkbox' ? field.checked !== field.defaultChecked : field.value !== field.defaultValue);

function reloadUnlessEditing() {
    if (!editing()) {
        location.reload();
        return;
    }
    const banner = sessionBanner('connection', 'banner reconnecting', 'connection', 'status');
    document.querySelector('[data-session]').classList.add('stale');
    banner.hidden = false;
    banner.textContent = 'The platform is back. Save what you are writing, then reload the page to see the latest: until then it is not live.';
}

stayFresh();
