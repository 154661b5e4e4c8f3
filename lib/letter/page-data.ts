import 'server-only';
import { cache } from 'react';
import path from 'node:path';
import { contentDir } from '@/lib/content/paths';
import { listFiles } from '@/lib/content/read';
import { loadMessages } from '@/lib/i18n/messages';
import { loadRegulators } from '@/lib/content/contacts';
import { defaultLocale, isLocale, localeNames, type Locale } from '@/lib/i18n/routing';
import type { LetterLanguagePack, LetterToolProps, LetterUiMessages } from './types';
import { letterTypes, type LetterType } from './fields';
import { readLenderOptions } from './lenders';
import { bodyFit } from './body-fit';
import type { LetterBody } from './bodies';
import type { BlankLabels, LetterTemplate } from './render';
import { readLetterTemplate } from './templates';

type LetterMessages = LetterUiMessages & { blanks: BlankLabels; preview: { subject: string } };

/** One letter language: its templates, [blank] labels and the word "Subject". */
export const loadLetterPack = cache((locale: Locale): LetterLanguagePack => {
  const msgs = loadMessages(locale).letter as LetterMessages;
  const templates = Object.fromEntries(
    letterTypes.map((type): [LetterType, LetterTemplate] => [type, readLetterTemplate(contentDir(), locale, type)]),
  ) as Record<LetterType, LetterTemplate>;
  return { templates, blanks: msgs.blanks, subjectWord: msgs.preview.subject };
});

/**
 * Everything the letter page hands to the browser. Only the page language's
 * templates go along; another letter language is fetched from
 * `/{lang}/letter/templates.json` when someone picks it (all twelve in the page
 * were 150 KB of HTML that most people never use).
 */
export const loadLetterPage = cache((locale: string): LetterToolProps => {
  const root = contentDir();
  const pageLocale: Locale = isLocale(locale) ? locale : defaultLocale;
  const msgs = loadMessages(pageLocale).letter as LetterMessages;
  const readWords = loadMessages(pageLocale).troubleshoot as { readAloud: string; stopReading: string };
  const lenders = readLenderOptions(root);
  // A country is known if a lender works there or it has a contacts file (`content/contacts/{country}.json`).
  const contactCountries = listFiles(path.join(root, 'contacts'), '.json')
    .map((f) => f.replace(/\.json$/, ''))
    .filter((c) => /^[a-z]{2}$/.test(c));
  const countries = [...new Set([...lenders.flatMap((l) => l.countries), ...contactCountries])].sort();
  // Bodies that take complaints about a lender or seller (not the police or an illegal-lender report line).
  const complaintBodies = Object.fromEntries(
    countries
      .map((c): [string, LetterBody[]] => [
        c,
        (loadRegulators(c)?.bodies ?? [])
          .filter((b) => b.type !== 'police' && b.type !== 'reporting')
          .map((b) => ({ name: b.name, fit: bodyFit(b.scope?.covers) })),
      ])
      .filter(([, bodies]) => bodies.length > 0),
  );
  return {
    pageLocale,
    messages: {
      form: msgs.form,
      fields: msgs.fields,
      errors: msgs.errors,
      // Read aloud uses the same words everywhere on the site.
      preview: { ...msgs.preview, readAloud: readWords.readAloud, stopReading: readWords.stopReading },
    },
    pack: loadLetterPack(pageLocale),
    localeNames,
    lenders,
    countries,
    complaintBodies,
  };
});
