import type { Metadata } from 'next';
import { alternates, localePath } from '@/lib/i18n/paths';
import { ogImagePath, ogKeyForPath } from '@/lib/share/og';

/** Title, description, canonical, hreflang, Open Graph and Twitter card (with a preview image) for one page in one locale. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  image,
}: {
  locale: string;
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** Path of the preview image; by default the one for the page's section (see lib/share/og.ts). */
  image?: string;
}): Metadata {
  const url = localePath(locale, path);
  const img = image ?? ogImagePath(locale, ogKeyForPath(path));
  return {
    title,
    description,
    alternates: { canonical: url, languages: alternates(path) },
    openGraph: { type: 'website', url, title, description, siteName, locale, images: [{ url: img, width: 1200, height: 630, alt: title }] },
    twitter: { card: 'summary_large_image', title, description, images: [img] },
  };
}
