// Before the start a responder sees when it starts ("starts at 14:00 (in 12 min)", in their own time zone) above
// the briefing; once it has started the briefing folds away under its summary.
const section = document.getElementById('waiting');
const title = document.getElementById('waiting-title');
let timer = null;
// How far the reader's clock is from the platform's: a skewed laptop clock must not move the start.
const skew = section?.dataset.serverNow ? new Date(section.dataset.serverNow).getTime() - Date.now() : 0;
const now = () => Date.now() + skew;
let last = null;

const time = iso => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const day = iso => new Date(iso).toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' });

function sameDay(iso) {
    return new Date(iso).toDateString() === new Date(now()).toDateString();
}

function until(iso) {
    const minutes = Math.round((new Date(iso).getTime() - now()) / 60000);
    if (minutes <= 0) return 'any moment now';
    if (minutes < 120) return `in ${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `in ${hours} h ${minutes % 60} min` : `in ${Math.round(hours / 24)} days`;
}

function when(session) {
    const at = iso => sameDay(iso) ? time(iso) : `${day(iso)} ${time(iso)}`;
    if (session.scheduledStart) return `Waiting: starts at ${at(session.scheduledStart)} (${until(session.scheduledStart)})`;
    if (session.startWindow) return `Waiting: a surprise start between ${at(session.startWindow.earliest)} and ${at(session.startWindow.latest)}; you will be paged`;
    return 'Waiting: the instigator starts the practice; this page follows at once';
}

function render() {
    if (last) title.textContent = when(last);
}

export function showWaiting(session) {
    if (!section) return;
    const waiting = session.status === 'draft' || session.status === 'scheduled';
    last = session;
    if (waiting) {
        title.hidden = false;
        render();
        // The countdown is wall time, so it moves with the wall clock between the feed's updates.
        timer ??= setInterval(render, 30_000);
    } else {
        clearInterval(timer);
        timer = null;
        title.hidden = true;
        if (section.dataset.folded !== 'yes') {
            section.dataset.folded = 'yes';
            document.getElementById('briefing').open = false;
        }
    }
}
