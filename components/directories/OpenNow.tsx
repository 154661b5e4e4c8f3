import type { ReactNode } from 'react';
import type { Span } from '@/lib/hours';

/** A slot the enhancement script fills: the ICU message's `{time}` or `{day}` argument. */
export const openNowSlot = (name: 'time' | 'day') => <span key={name} data-slot={name} />;

/**
 * Where "Open now" / "Opens at …" goes: the server has no "now", so it renders an empty, hidden line and, in
 * `<template>`s, the three sentences with their slots; the page's enhancement script (lib/enhance/open-now.ts) picks
 * one and fills it in the line's own time zone. Nothing for a line without hours from a source, and nothing without
 * JavaScript (the hours are listed beside it).
 */
export function OpenNow({
  spans,
  timeZone,
  locale,
  labels,
}: {
  spans: Span[];
  timeZone: string;
  locale: string;
  labels: { openNow: ReactNode; opensToday: ReactNode; opensOn: ReactNode };
}) {
  if (!spans.length) return null;
  return (
    <strong hidden className="mt-1 block text-ink" data-testid="open-now" data-open-now={JSON.stringify({ spans, timeZone, locale })}>
      <template data-state="open">{labels.openNow}</template>
      <template data-state="today">{labels.opensToday}</template>
      <template data-state="later">{labels.opensOn}</template>
    </strong>
  );
}
