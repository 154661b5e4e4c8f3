import type { Metadata } from 'next';
import { letterPath } from '@/lib/letter/path';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LenderSearch, type LenderCard } from '@/components/directories/LenderSearch';
import { loadLenders } from '@/lib/content/lenders';
import { countryName } from '@/lib/country-names';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { withSlots } from '@/components/ui/slots';
import { removedParam, withoutPersonalNumbers } from '@/lib/privacy';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; country?: string | string[]; removed?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'lenders' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/lenders', title: t('metaTitle'), description: t('metaDescription'), siteName: l('siteName') });
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** Dynamic on purpose: the list depends on `?q=&country=`, so it renders on the server without JavaScript. */
export default async function LendersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const t = await getTranslations({ locale, namespace: 'lenders' });
  const s = await getTranslations({ locale, namespace: 'search' });
  const lenders = loadLenders();
  const codes = [...new Set(lenders.flatMap((l) => l.countries))];
  const countries = codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  // The proxy already sends a number-bearing query on without it; this is the second lock.
  const q = withoutPersonalNumbers(first(sp.q).slice(0, 100));
  const requested = first(sp.country).toLowerCase();
  const country = codes.includes(requested) ? requested : '';
  const cards: LenderCard[] = lenders.map((l) => ({
    id: l.id,
    name: l.name,
    aliases: l.aliases,
    countries: l.countries,
    href: localePath(locale, `/lenders/${l.id}`),
    countryNames: l.countries.map((c) => countryName(c, locale)),
    closed: l.status.state === 'closed',
    locks: l.locksDevice.value === 'yes',
  }));
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-lg">{t('intro')}</p>
      <LenderSearch
        action={localePath(locale, '/lenders')}
        locale={locale}
        cards={cards}
        countries={countries}
        initialQuery={q}
        initialCountry={country}
        removed={sp[removedParam] !== undefined}
        labels={{
          searchLabel: t('searchLabel'),
          searchHint: t('searchHint'),
          countryLabel: t('countryLabel'),
          allCountries: t('allCountries'),
          searchButton: t('searchButton'),
          resultsTitle: t('resultsTitle'),
          resultsNone: t('resultsNone'),
          resultsSome: (count) => withSlots((v) => t('resultsSome', v), { count }),
          alsoShownAs: t('alsoShownAs'),
          closedTag: t('closedTag'),
          locksTag: t('locksTag'),
          numberRefused: s('numberRefused'),
          numberRemoved: s('numberRemoved'),
        }}
        noResults={
          <div className="border-s-8 border-warning bg-warning-bg p-4">
            <h3 className="mb-2 text-lg font-bold">{t('notFound.title')}</h3>
            <p className="mb-2">{t('notFound.intro')}</p>
            <ul className="list-disc space-y-1 ps-6">
              <li>{t('notFound.spelling')}</li>
              <li>{t('notFound.app')}</li>
              <li>{t('notFound.country')}</li>
              <li>{t('notFound.shop')}</li>
              <li>
                <a href={localePath(locale, '/troubleshoot')}>{t('notFound.troubleshoot')}</a>
              </li>
              <li>
                <a href={localePath(locale, letterPath({ type: 'identify-lender' }))}>{t('notFound.letter')}</a>
              </li>
              <li>
                <a href={localePath(locale, '/lenders')}>{t('notFound.browse')}</a>
              </li>
            </ul>
          </div>
        }
      />
      <p className="mt-8">
        <a href={localePath(locale, '/contacts')}>{t('contactsLink')}</a>
      </p>
    </>
  );
}
