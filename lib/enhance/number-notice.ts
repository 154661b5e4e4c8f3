import { hasPersonalNumber } from '@/lib/privacy';

/**
 * While a search box holds an IMEI-like number: its notice shown (components/search/NumberNotice.tsx), the box marked
 * invalid and described by it. Such a number is never searched for nor put in the address.
 */
export function showNumberNotice(input: HTMLInputElement) {
  const refused = hasPersonalNumber(input.value);
  const notice = document.getElementById(`${input.id}-error`);
  if (notice) notice.hidden = !refused;
  if (refused) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== `${input.id}-error`);
  if (refused) ids.push(`${input.id}-error`);
  input.setAttribute('aria-describedby', ids.join(' '));
}

/** The address with `?q=` (and any other parameters) as given, without the "a number was removed" flag. */
export function replaceQuery(params: Record<string, string>) {
  const url = new URL(window.location.href);
  url.searchParams.delete('removed');
  for (const [key, value] of Object.entries(params)) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  window.history.replaceState(null, '', url);
}

/** A clone of a `<template>`'s content. */
export function fromTemplate(id: string): DocumentFragment | null {
  const template = document.getElementById(id);
  return template instanceof HTMLTemplateElement ? (template.content.cloneNode(true) as DocumentFragment) : null;
}

/** Sets the text of the `[data-slot=name]` element in `root`. */
export function fillSlot(root: ParentNode, name: string, text: string) {
  const slot = root.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  if (slot) slot.textContent = text;
  return slot;
}
