import { formatClock, openState, weekdayName, type Span } from '@/lib/hours';

/**
 * "Open now" / "Opens at …" beside a support line with sourced hours (components/directories/OpenNow.tsx renders the
 * place and the sentences): computed here in the line's own time zone, since the server has no "now", and updated
 * every half minute. A line without hours from a source makes no open/closed claim.
 */
export function enhanceOpenNow() {
  const items = [...document.querySelectorAll<HTMLElement>('[data-open-now]')];
  if (items.length === 0) return;
  const templates = new Map(items.map((item) => [item, [...item.querySelectorAll('template')]]));
  const render = () => {
    const now = new Date();
    for (const item of items) {
      const { spans, timeZone, locale } = JSON.parse(item.dataset.openNow ?? '{}') as { spans: Span[]; timeZone: string; locale: string };
      const state = openState(spans ?? [], now, timeZone);
      const which = state.open ? 'open' : state.opens?.today ? 'today' : state.opens ? 'later' : null;
      const template = templates.get(item)?.find((t) => t.dataset.state === which);
      if (!template) {
        item.hidden = true;
        continue;
      }
      const text = template.content.cloneNode(true) as DocumentFragment;
      const time = state.open ? state.closes : state.opens?.time;
      for (const slot of text.querySelectorAll<HTMLElement>('[data-slot="time"]')) slot.textContent = time ? formatClock(time, locale) : '';
      for (const slot of text.querySelectorAll<HTMLElement>('[data-slot="day"]'))
        slot.textContent = !state.open && state.opens ? weekdayName(state.opens.day, locale) : '';
      // The sentences stay for the next tick; only the shown text is replaced.
      item.replaceChildren(...(templates.get(item) ?? []), text);
      item.classList.toggle('text-success', state.open);
      item.classList.toggle('text-ink', !state.open);
      item.hidden = false;
    }
  };
  render();
  setInterval(render, 30_000);
}
