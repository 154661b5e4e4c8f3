import { fieldIds } from './fields';
import type { LetterFormValues } from './schema';

/** localStorage key of the draft. Only this device ever holds it. */
export const draftKey = 'lock-help:letter-draft:v1';

/** Reads a stored draft tolerantly: unknown keys and non-strings are dropped, so an old or edited draft cannot break the form. */
export function parseDraft(json: string | null): Partial<LetterFormValues> {
  if (!json) return {};
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const out: Partial<LetterFormValues> = {};
  for (const key of ['type', 'letterLocale', ...fieldIds] as const) {
    const v = (data as Record<string, unknown>)[key];
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

export function hasContent(values: Partial<LetterFormValues>): boolean {
  return fieldIds.some((f) => (values[f] ?? '').trim() !== '');
}
