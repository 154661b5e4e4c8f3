import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflinePage } from '@/components/offline/OfflinePage';

type Props = { params: Promise<{ locale: string }> };

/** Kept by the service worker and shown offline in place of a page never saved; not a page to find in search. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'offline.page' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function Offline({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <OfflinePage locale={locale} />;
}
