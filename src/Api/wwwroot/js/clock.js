// Simulated time as the consoles print it: mm:ss, or h:mm:ss past the hour; and a duration in words.
export function clock(second) {
    const s = Math.max(0, Math.floor(second));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    const two = n => String(n).padStart(2, '0');
    return h > 0 ? `${h}:${two(m)}:${two(r)}` : `${two(m)}:${two(r)}`;
}

// "3 m 12 s", "1 h 4 m", "45 s".
export function duration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    if (h > 0) return `${h} h ${m} m`;
    return m > 0 ? `${m} m ${r} s` : `${r} s`;
}
