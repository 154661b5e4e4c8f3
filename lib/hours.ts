/** Opening hours: wall-clock weekday/time in a zone comes from Intl, never from offset arithmetic. */

export type Span = { days: number[]; open: string; close: string };

export type OpenState = { open: true; closes: string } | { open: false; opens: { day: number; time: string; today: boolean } | null };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** ISO weekday (1 = Monday) and "HH:MM" of `now` on the clocks of `timeZone`. */
export function wallClock(now: Date, timeZone: string): { day: number; time: string } {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    partsFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: weekdayIndex[parts.weekday as string] as number, time: `${parts.hour}:${parts.minute}` };
}

/** Whether a line with these hours is open at `now`, and if not, when it next opens (within a week). */
export function openState(spans: Span[], now: Date, timeZone: string): OpenState {
  const { day, time } = wallClock(now, timeZone);
  for (const s of spans) {
    if (s.days.includes(day) && time >= s.open && time < s.close) return { open: true, closes: s.close };
  }
  for (let ahead = 0; ahead < 8; ahead++) {
    const d = ((day - 1 + ahead) % 7) + 1;
    const candidates = spans
      .filter((s) => s.days.includes(d) && (ahead > 0 || s.open > time))
      .map((s) => s.open)
      .sort();
    if (candidates[0]) return { open: false, opens: { day: d, time: candidates[0], today: ahead === 0 } };
  }
  return { open: false, opens: null };
}

/** Runs of consecutive weekdays: [1,2,3,4,5] → [[1,5]]; [1,3] → [[1,1],[3,3]]. */
export function dayRuns(days: number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/** Localized weekday name for an ISO weekday; 2024-01-01 was a Monday. */
export function weekdayName(day: number, locale: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

/** Localized "08:00" for a wall-clock time (formatted in UTC so no zone shifts it). */
export function formatClock(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (h === 24) return formatClock('00:00', locale);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

/** "Monday – Friday" and "9:00 – 18:00" lines for each span, in the page's language. */
export function describeHours(spans: Span[], locale: string): { days: string; time: string }[] {
  const list = new Intl.ListFormat(locale, { type: 'unit' });
  return spans.map((s) => ({
    days: list.format(dayRuns(s.days).map(([a, b]) => (a === b ? weekdayName(a, locale) : `${weekdayName(a, locale)} – ${weekdayName(b, locale)}`))),
    time: `${formatClock(s.open, locale)} – ${formatClock(s.close, locale)}`,
  }));
}
