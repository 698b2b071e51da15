// A cohort's recurring schedules: adds one from the form, stops one from its row; both through the API.
import { post, del, attempt } from './api.js';

const form = document.getElementById('new-schedule');
const error = document.getElementById('schedule-error');
const cohort = form.dataset.cohort;
const frequency = document.getElementById('schedule-frequency');
const day = document.getElementById('schedule-day');

// A daily schedule has no weekday.
frequency.addEventListener('change', () => { day.disabled = frequency.value !== 'weekly'; });

form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const weekly = data.get('frequency') === 'weekly';
    const created = await attempt(form.querySelector('button[type=submit]'), error, () => post(`/api/cohorts/${cohort}/schedules`, {
        recurrence: {
            frequency: data.get('frequency'),
            interval: Number(data.get('interval')),
            day: weekly ? data.get('day') : null,
            time: data.get('time'),
            timeZone: data.get('timeZone').trim(),
        },
        scenarioPool: data.get('scenarioPool').split(',').map(s => s.trim()).filter(s => s.length > 0),
        durationMinutes: Number(data.get('durationMinutes')),
        createAheadDays: Number(data.get('createAheadDays')),
    }));
    if (created) window.location.reload();
});

for (const button of document.querySelectorAll('[data-stop-schedule]')) {
    button.addEventListener('click', async () => {
        const stopped = await attempt(button, error, () => del(`/api/cohorts/${cohort}/schedules/${button.dataset.stopSchedule}`));
        if (stopped) window.location.reload();
    });
}
