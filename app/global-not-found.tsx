import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteShell } from '@/components/layout/SiteShell';
import { NotFoundContent } from '@/components/layout/NotFoundContent';
import './fonts.css';
import './globals.css';

/*
 * Every 404 comes here: unknown paths under a locale, and unknown ids on pages
 * with `dynamicParams = false`. Pages never call notFound(): a `not-found`
 * boundary inside app/[locale] is only rendered in the browser
 * (next.js#62228), which leaves people without JavaScript a blank page.
 * The proxy tells us the locale of the request.
 */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await getLocale();
  return (
    <SiteShell locale={locale}>
      <NotFoundContent locale={locale} />
    </SiteShell>
  );
}
