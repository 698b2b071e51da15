// Light or dark: the system's preference until the reader picks one with the header's toggle (kept in this browser).
// A classic script in <head>, so the page is painted in the chosen theme from the first frame.
(() => {
    const KEY = 'practice-theme';
    const CHOICES = ['system', 'dark', 'light'];
    const stored = () => { try { return localStorage.getItem(KEY); } catch { return null; } };
    const apply = choice => {
        if (choice === 'dark' || choice === 'light') document.documentElement.dataset.theme = choice;
        else delete document.documentElement.dataset.theme;
    };
    apply(stored());
    document.addEventListener('DOMContentLoaded', () => {
        const button = document.getElementById('theme-toggle');
        if (!button) return;
        const show = choice => { button.textContent = `Theme: ${choice}`; };
        show(CHOICES.includes(stored()) ? stored() : 'system');
        button.addEventListener('click', () => {
            const now = CHOICES.includes(stored()) ? stored() : 'system';
            const next = CHOICES[(CHOICES.indexOf(now) + 1) % CHOICES.length];
            try { localStorage.setItem(KEY, next); } catch { /* private mode: the choice lasts this page */ }
            apply(next);
            show(next);
        });
    });
})();
