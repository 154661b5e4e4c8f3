import { defineRouting } from 'next-intl/routing';

/**
 * The one list of shipped locales. Adding a locale is: its code here, its
 * native name below, and a `content/{locale}/` folder that passes `content:check`.
 */
export const locales = ['en', 'hi', 'bn', 'ta', 'id', 'vi', 'th', 'ms', 'es', 'pt', 'ar', 'ur'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language named in itself, so people find theirs without reading English. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  ta: 'தமிழ்',
  id: 'Bahasa Indonesia',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  ms: 'Bahasa Melayu',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
  ur: 'اردو',
};

const rtl = new Set<string>(['ar', 'ur', 'fa', 'he']);
export function localeDir(locale: string): 'rtl' | 'ltr' {
  return rtl.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // A year: people come back to the portal over the life of a loan.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
  // We write our own absolute hreflang alternates in page metadata.
  alternateLinks: false,
});
