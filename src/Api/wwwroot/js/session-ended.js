// The kill switch, seen at once in every console: a banner saying the practice was aborted and that nothing on the
// page is live any more (the alarms table and the actions follow the same status).
import { clock } from './clock.js';

export function showEnded(session) {
    let element = document.getElementById('ended');
    if (session.status !== 'aborted') {
        if (element) element.hidden = true;
        return;
    }
    if (!element) {
        element = document.createElement('p');
        element.id = 'ended';
        element.className = 'banner ended';
        element.dataset.testid = 'ended';
        element.setAttribute('role', 'alert');
        document.querySelector('[data-session]').prepend(element);
    }
    element.hidden = false;
    element.textContent = `The practice was aborted with the kill switch at ${clock(session.second)}: every fault was cleared and the cell restored. No alarm is live and there is nothing left to do here.`;
}
