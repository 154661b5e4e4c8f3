import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/routing';
import { alternates, localePath, siteUrl } from '@/lib/i18n/paths';
import { sitePaths } from '@/lib/content/routes';
import { contentDir } from '@/lib/content/paths';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const abs = (p: string) => new URL(p, base).href;
  return sitePaths(contentDir()).flatMap((path) => {
    const languages = Object.fromEntries(Object.entries(alternates(path)).map(([k, v]) => [k, abs(v)]));
    return locales.map((locale) => ({ url: abs(localePath(locale, path)), alternates: { languages } }));
  });
}
