import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { defaultLocale, routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/i18n/paths';
import { SiteShell } from '@/components/layout/SiteShell';
import '../fonts.css';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'layout' });
  return {
    metadataBase: siteUrl(),
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('siteDescription'),
    applicationName: t('siteName'),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b4f9c',
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  // The proxy sends unknown locales to a prefixed path, so this fallback is only a guard.
  const locale = hasLocale(routing.locales, requested) ? requested : defaultLocale;
  setRequestLocale(locale);
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
