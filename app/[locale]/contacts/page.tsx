import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactItem } from '@/components/directories/ContactItem';
import { loadCountryContacts, loadGlobalContacts, regions } from '@/lib/content/contacts';
import { countryName } from '@/lib/country-names';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

/** Ways to reach a person: a country with only a website or an address is not said to have support lines. */
const lineKinds = new Set(['phone', 'whatsapp', 'email', 'chat', 'sms']);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/contacts', title: t('metaTitle'), description: t('metaDescription'), siteName: l('siteName') });
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const countries = loadCountryContacts();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-2 text-lg">{t('intro')}</p>
      <p className="mb-6">{t('introMaker')}</p>
      <h2 className="mb-4 text-2xl font-bold">{t('regionsTitle')}</h2>
      {regions.map((region) => {
        const list = countries
          .filter((c) => c.region === region)
          .map((c) => ({ ...c, name: countryName(c.country, locale) }))
          .sort((a, b) => a.name.localeCompare(b.name, locale));
        if (!list.length) return null;
        return (
          <section key={region} className="mb-6">
            <h3 className="mb-2 text-xl font-bold">{t(`region.${region}`)}</h3>
            <ul className="grid list-none grid-cols-1 gap-x-6 gap-y-1 p-0 sm:grid-cols-2">
              {list.map((c) => (
                <li key={c.country}>
                  <a href={localePath(locale, `/contacts/${c.country}`)}>{c.name}</a>
                  {c.channels.length ? (
                    <span className="ms-2 text-sm text-muted">({t(c.channels.some((ch) => lineKinds.has(ch.kind)) ? 'makerLines' : 'makerWebOnly')})</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <h2 className="mt-10 mb-2 text-2xl font-bold">{t('globalTitle')}</h2>
      <ul className="list-none p-0">
        {loadGlobalContacts().map((c) => (
          <ContactItem key={c.value} contact={c} locale={locale} />
        ))}
      </ul>
      <PageShare locale={locale} path={'/contacts'} title={t('metaTitle')} />
    </>
  );
}
