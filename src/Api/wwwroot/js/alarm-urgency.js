// A critical alarm firing is unmissable: a banner at the top of the console ("firing for 3 m 12 s", in simulated
// time), the tab's title and favicon, and, when the reader turned it on (#alarm-sound, kept in this browser), a tone
// each time a critical alarm starts firing. Nothing is urgent once the session is no longer live.
import { sessionBanner, underHeading } from './banner.js';
import { duration } from './clock.js';

// The cell runs on after restoration is declared: an alarm then is as real as before.
const LIVE = new Set(['running', 'paused', 'resolved', 'assessing']);
const SOUND_KEY = 'practice-alarm-sound';
const FIRING_ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%23d1242f'/%3E%3Cpath d='M7 3h2v6H7zM7 11h2v2H7z' fill='white'/%3E%3C/svg%3E";
const QUIET_ICON = 'data:,';
const baseTitle = document.title;
const sounded = new Set();
let audio = null;

function isCritical(alarm) {
    return alarm.severity !== 'warning' && alarm.severity !== 'info';
}

function soundOn() {
    try { return localStorage.getItem(SOUND_KEY) === 'on'; } catch { return false; }
}

function tone() {
    try {
        audio ??= new AudioContext();
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = 880;
        gain.gain.setValueAtTime(0.2, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start();
        oscillator.stop(audio.currentTime + 0.6);
        const banner = document.getElementById('urgent');
        if (banner) banner.dataset.tones = String(Number(banner.dataset.tones ?? 0) + 1);
    } catch {
        // No audio device: the banner, title and favicon still say it.
    }
}

const toggle = document.getElementById('alarm-sound');
if (toggle) {
    toggle.checked = soundOn();
    // Turning it on is a click, the gesture browsers ask for before a page may play sound.
    toggle.addEventListener('change', () => {
        try { localStorage.setItem(SOUND_KEY, toggle.checked ? 'on' : 'off'); } catch { /* this page only */ }
        if (toggle.checked) audio ??= new AudioContext();
    });
}


export function showUrgency(alarms, session) {
    const critical = LIVE.has(session.status) ? alarms.filter(a => a.firing && isCritical(a)) : [];
    const favicon = document.getElementById('favicon');
    const element = sessionBanner('urgent', 'banner firing', 'urgent-alarm', 'alert', underHeading);
    if (critical.length === 0) {
        element.hidden = true;
        document.title = baseTitle;
        if (favicon) favicon.href = QUIET_ICON;
        return;
    }
    critical.sort((a, b) => a.since - b.since);
    const lines = critical.map(alarm => {
        const line = document.createElement('span');
        line.className = 'grow';
        const who = alarm.acknowledgedBy ? `acknowledged by ${alarm.acknowledgedBy}` : 'not acknowledged';
        line.textContent = `CRITICAL: ${alarm.id} firing for ${duration(session.second - alarm.since)} (${who}): ${alarm.message}`;
        return line;
    });
    element.replaceChildren(...lines);
    element.classList.toggle('acknowledged', critical.every(a => a.acknowledgedBy));
    element.hidden = false;
    document.title = `🔴 FIRING: ${critical[0].id}${critical.length > 1 ? ` +${critical.length - 1}` : ''} · ${baseTitle}`;
    if (favicon) favicon.href = FIRING_ICON;
    for (const alarm of critical) {
        const key = `${alarm.id}@${alarm.since}`;
        if (!sounded.has(key)) {
            sounded.add(key);
            if (soundOn()) tone();
        }
    }
}
