// The kill switch, seen at once in every console: a banner saying the practice was aborted and that nothing on the
// page is live any more (the alarms table and the actions follow the same status).
import { sessionBanner } from './banner.js';
import { clock } from './clock.js';

export function showEnded(session) {
    if (session.status !== 'aborted') {
        document.getElementById('ended')?.setAttribute('hidden', '');
        return;
    }
    const element = sessionBanner('ended', 'banner ended', 'ended', 'alert');
    element.hidden = false;
    element.textContent = `The practice was aborted with the kill switch at ${clock(session.second)}: every fault was cleared and the cell restored. No alarm is live and there is nothing left to do here.`;
}
