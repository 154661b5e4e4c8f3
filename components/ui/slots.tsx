import { cloneElement, type ReactElement, type ReactNode } from 'react';

/**
 * A translated sentence with elements where its ICU arguments go: `withSlots((v) => t('openNow', v), { time: <span
 * data-slot="time" /> })`. The message is formatted by next-intl as usual (each argument stands in as a private-use
 * character), so word order stays the translator's; the page's enhancement scripts then write into the slots.
 */
export function withSlots(format: (values: Record<string, string>) => string, slots: Record<string, ReactElement>): ReactNode[] {
  const names = Object.keys(slots);
  const values = Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(0xe000 + i)]));
  return format(values)
    .split(/([\uE000-\uE0FF])/)
    .filter((part) => part !== '')
    .map((part, i) => {
      const slot = part.length === 1 ? slots[names[part.charCodeAt(0) - 0xe000] ?? ''] : undefined;
      return slot ? cloneElement(slot, { key: i }) : part;
    });
}
