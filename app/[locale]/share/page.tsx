import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LinkBuilder, type LinkBuilderLabels } from '@/components/share/LinkBuilder';
import { PageShare } from '@/components/share/PageShare';
import { localeDir, localeNames, locales } from '@/lib/i18n/routing';
import { localePath, siteUrl } from '@/lib/i18n/paths';
import { loadCountryContacts } from '@/lib/content/contacts';
import { loadLenders } from '@/lib/content/lenders';
import { countryName } from '@/lib/country-names';
import { loadMessages } from '@/lib/i18n/messages';
import { loadDestinations } from '@/lib/share/destinations';
import { destinationGroups, fillCountry } from '@/lib/share/types';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'share' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/share', title: t('metaTitle'), description: t('metaDescription'), siteName: l('siteName') });
}

const labelKeys = [
  'what',
  'page',
  'questions',
  'outcomes',
  'country',
  'noCountry',
  'lender',
  'letterLang',
  'same',
  'lang',
  'link',
  'copy',
  'copied',
  'copyFailed',
  'message',
  'whatsapp',
  'sms',
  'qr',
  'showQr',
  'qrFailed',
] as const;

export default async function SharePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'share' });
  const destinations = await loadDestinations();
  const origin = siteUrl().origin;
  const labels = {
    ...Object.fromEntries(labelKeys.map((k) => [k, t(k)])),
    groups: Object.fromEntries(destinationGroups.map((g) => [g, t(`groups.${g}`)])),
  } as LinkBuilderLabels;
  const templates = Object.fromEntries(
    locales.map((l) => {
      const share = loadMessages(l).share as Record<string, string>;
      return [l, share.template as string];
    }),
  );
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-lg">{t('intro')}</p>
      <LinkBuilder
        locale={locale}
        destinations={destinations}
        locales={locales.map((code) => ({ code, name: localeNames[code], dir: localeDir(code) }))}
        countries={loadCountryContacts()
          .map((c) => ({ code: c.country, name: countryName(c.country, locale) }))
          .sort((a, b) => a.name.localeCompare(b.name, locale))}
        lenders={loadLenders().map((l) => ({ id: l.id, name: l.name }))}
        templates={templates}
        labels={labels}
      />
      {/* Works without JavaScript: every destination as a plain link in this page's language. */}
      <h2 className="mb-2 text-2xl font-bold">{t('common')}</h2>
      <p className="mb-4">{t('commonHint')}</p>
      {destinationGroups.map((g) => (
        <details key={g} className="mb-3 border-s-4 border-line ps-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t(`groups.${g}`)}</summary>
          <ul className="list-disc space-y-2 ps-6">
            {destinations[g].map((d) => {
              const href = localePath(locale, fillCountry(d.path, undefined));
              return (
                <li key={d.id}>
                  {d.titles[locale] ?? d.titles.en}
                  <br />
                  <a href={href} dir="ltr" className="ltr-island break-all">
                    {new URL(href, origin).href}
                  </a>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
      <PageShare locale={locale} path="/share" title={t('title')} />
    </>
  );
}
