// The wall clock the responder's tools print (`date`, log lines, `metrics`): the cell's clock at second 0 (ISO 8601,
// UTC, as the API gives it) plus simulated seconds, shown in UTC like the tools, whatever the browser's time zone.
export function toolTime(clockStart, second, withSeconds = true) {
    const at = new Date(Date.parse(clockStart) + Math.round(second) * 1000);
    return at.toISOString().slice(11, withSeconds ? 19 : 16);
}
