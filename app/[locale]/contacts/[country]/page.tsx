import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/Button';
import { ContactItem } from '@/components/directories/ContactItem';
import { ComplaintBodies } from '@/components/directories/ComplaintBodies';
import { loadCountry, loadCountryContacts, loadGlobalContacts, type CountryContacts } from '@/lib/content/contacts';
import { loadLenders } from '@/lib/content/lenders';
import { countryName } from '@/lib/country-names';
import { routing } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string; country: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => loadCountryContacts().map((c) => ({ locale, country: c.country })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, country } = await params;
  const t = await getTranslations({ locale, namespace: 'contacts.country' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  const name = countryName(country, locale);
  return pageMetadata({
    locale,
    path: `/contacts/${country}`,
    title: t('metaTitle', { country: name }),
    description: t('metaDescription', { country: name }),
    siteName: l('siteName'),
  });
}

export default async function CountryPage({ params }: Props) {
  const { locale, country } = await params;
  setRequestLocale(locale);
  // dynamicParams = false: only countries from generateStaticParams reach this page.
  const data = loadCountry(country) as CountryContacts;
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const c = await getTranslations({ locale, namespace: 'contacts.country' });
  const nav = await getTranslations({ locale, namespace: 'layout.nav' });
  const name = countryName(country, locale);
  const lenders = loadLenders().filter((l) => l.countries.includes(country));
  const hasHours = data.channels.some((ch) => ch.hours);

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{c('metaTitle', { country: name })}</h1>

      <section className="mb-10">
        <h2 className="mb-2 text-2xl font-bold">{c('makerTitle')}</h2>
        <p className="mb-1">{c('makerOther')}</p>
        <p className="mb-3">{c('makerNote')}</p>
        {data.channels.length ? (
          <>
            {hasHours ? <p className="text-sm">{c('timeZone', { zone: data.timeZone })}</p> : null}
            <ul className="list-none p-0">
              {data.channels.map((ch) => (
                <ContactItem key={`${ch.kind}-${ch.value}`} contact={ch} country={country} timeZone={data.timeZone} locale={locale} />
              ))}
            </ul>
          </>
        ) : (
          <p className="border-s-8 border-warning bg-warning-bg p-4 font-bold">{c('makerNone', { country: name })}</p>
        )}
        <h3 className="mt-6 mb-1 text-xl font-bold">{t('globalTitle')}</h3>
        <ul className="list-none p-0">
          {loadGlobalContacts().map((ch) => (
            <ContactItem key={ch.value} contact={ch} locale={locale} />
          ))}
        </ul>
      </section>

      <section className="mb-10">
        <h2 className="mb-2 text-2xl font-bold">{c('lendersTitle', { country: name })}</h2>
        {lenders.length ? (
          <ul className="mb-4 list-disc space-y-1 ps-6">
            {lenders.map((l) => (
              <li key={l.id}>
                <a href={localePath(locale, `/lenders/${l.id}`)}>{l.name}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{c('lendersNone', { country: name })}</p>
        )}
        {/* With no lender listed here, the lookup of every lender (it has no filter for this country). */}
        <ButtonLink variant="secondary" href={lenders.length ? `${localePath(locale, '/lenders')}?country=${country}` : localePath(locale, '/lenders')}>
          {lenders.length ? c('lendersLink', { country: name }) : nav('lenders')}
        </ButtonLink>
      </section>

      <ComplaintBodies country={country} locale={locale} level={2} />
      <p>
        <a href={localePath(locale, '/contacts')}>{c('allCountries')}</a>
      </p>
      <PageShare locale={locale} path={`/contacts/${country}`} title={c('metaTitle', { country: name })} />
    </>
  );
}
