import 'server-only';
import { cache } from 'react';
import { contentDir } from '@/lib/content/paths';
import { readMessages, type Messages } from '@/lib/content/read';
import { defaultLocale } from './routing';

function deepMerge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = prev && typeof prev === 'object' && value && typeof value === 'object' ? deepMerge(prev as Messages, value as Messages) : value;
  }
  return out;
}

/** A locale's messages laid over English, so a missing string shows in English, never as a key. */
export const loadMessages = cache((locale: string): Messages => {
  const root = contentDir();
  const base = readMessages(root, defaultLocale);
  return locale === defaultLocale ? base : deepMerge(base, readMessages(root, locale));
});
