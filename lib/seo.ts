import type { Metadata } from 'next';
import { alternates, localePath } from '@/lib/i18n/paths';

/** Title, description, canonical, hreflang and Open Graph for one page in one locale. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
}: {
  locale: string;
  path: string;
  title: string;
  description: string;
  siteName: string;
}): Metadata {
  const url = localePath(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url, languages: alternates(path) },
    openGraph: { type: 'website', url, title, description, siteName, locale },
    twitter: { card: 'summary', title, description },
  };
}
