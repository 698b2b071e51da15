// Working together, on every console: the shared activity feed and the incident commander. Both follow the live
// feed the page already has: a command entry on the timeline reads the activity feed on, a session event renders
// who holds command.
import { createActivityFeed } from './activity-feed.js';
import { createCommander } from './commander.js';

// role: the reader's part (responder, instigator, observer). Answers handlers to call from the page's connect().
export function createTeamPanels(base, role) {
    const $ = id => document.getElementById(id);
    const feed = createActivityFeed($('activity'), base, $('activity-error'));
    const me = document.querySelector('[data-person]')?.dataset.person ?? '';
    const commander = createCommander($('commander-panel'), base, me, role);
    commander.onChange = session => commander.render(session);
    feed.refresh();
    return {
        session: session => commander.render(session),
        timeline: entry => { if (entry.kind === 'command') feed.refresh(); },
    };
}
