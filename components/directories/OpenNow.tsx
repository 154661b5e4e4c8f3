'use client';

import { useSyncExternalStore } from 'react';
import { formatClock, openState, weekdayName, type Span } from '@/lib/hours';

// A clock that ticks once a minute; the server has no "now", so it renders nothing there.
function subscribe(onChange: () => void) {
  const id = setInterval(onChange, 30_000);
  return () => clearInterval(id);
}
const minute = () => Math.floor(Date.now() / 60_000);
const none = () => null;

/** "Open now" / "Opens at …", computed in the browser in the line's own time zone; nothing for a line without hours. */
export function OpenNow({
  spans,
  timeZone,
  locale,
  labels,
}: {
  spans: Span[];
  timeZone: string;
  locale: string;
  labels: { openNow: string; opensToday: string; opensOn: string };
}) {
  const now = useSyncExternalStore(subscribe, minute, none);
  // No hours from a source, no open/closed claim.
  if (now === null || !spans.length) return null;
  const state = openState(spans, new Date(now * 60_000), timeZone);
  const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
  let text: string;
  if (state.open) text = fill(labels.openNow, { time: formatClock(state.closes, locale) });
  else if (!state.opens) return null;
  else if (state.opens.today) text = fill(labels.opensToday, { time: formatClock(state.opens.time, locale) });
  else text = fill(labels.opensOn, { day: weekdayName(state.opens.day, locale), time: formatClock(state.opens.time, locale) });
  return (
    <strong className={`mt-1 block ${state.open ? 'text-success' : 'text-ink'}`} data-testid="open-now">
      {text}
    </strong>
  );
}
