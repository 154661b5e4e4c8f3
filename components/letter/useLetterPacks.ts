'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { LetterLanguagePack } from '@/lib/letter/types';

/**
 * The letter templates in the chosen letter language. The page language's come with the page; another language's
 * are fetched from this site when chosen (only the language is in the address), and can be retried if that fails.
 */
export function useLetterPacks(pageLocale: Locale, pagePack: LetterLanguagePack, letterLocale: Locale) {
  const [packs, setPacks] = useState<Partial<Record<Locale, LetterLanguagePack>>>(() => ({ [pageLocale]: pagePack }));
  const [failed, setFailed] = useState<Locale | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (packs[letterLocale]) return;
    let current = true;
    fetch(`${localePath(letterLocale, '/letter')}/templates.json`)
      .then((r) => (r.ok ? (r.json() as Promise<LetterLanguagePack>) : Promise.reject(new Error(String(r.status)))))
      .then((loaded) => {
        if (!current) return;
        setFailed(null);
        setPacks((p) => ({ ...p, [letterLocale]: loaded }));
      })
      .catch(() => current && setFailed(letterLocale));
    return () => {
      current = false;
    };
  }, [letterLocale, packs, attempt]);

  return {
    pack: packs[letterLocale],
    failed: failed === letterLocale,
    retry: () => {
      setFailed(null);
      setAttempt((n) => n + 1);
    },
  };
}
