import { getTranslations } from 'next-intl/server';
import { Callout } from '@/components/ui/Callout';
import { FactMeta } from './FactMeta';
import type { Lender } from '@/lib/content/lenders';
import { countryName, formatDate } from '@/lib/country-names';

/** Top of a lender page: type, name, aliases, countries, and the short facts (status, locks, website, app). */
export async function LenderFacts({ lender, locale }: { lender: Lender; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'lenders' });
  const p = await getTranslations({ locale, namespace: 'lenders.page' });
  return (
    <>
      <p className="mb-1 font-bold text-muted">{t(`type.${lender.type}`)}</p>
      <h1 className="mb-3 text-3xl font-bold">{lender.name}</h1>
      {lender.aliases.length ? (
        <p className="mb-1">
          {t('alsoShownAs')} <bdi>{lender.aliases.join(', ')}</bdi>
        </p>
      ) : null}
      <p className="mb-4">
        <span className="font-bold">{p('countries')}: </span>
        {lender.countries.length ? lender.countries.map((c) => countryName(c, locale)).join(', ') : p('noCountries')}
        <FactMeta fact={lender} locale={locale} />
      </p>

      {lender.type === 'lock-technology' ? (
        <Callout tone="info" title={p('technologyTitle')}>
          <p>{p('technologyBody')}</p>
        </Callout>
      ) : null}

      <dl className="space-y-4">
        <div>
          <dt className="font-bold">{p('status')}</dt>
          <dd className="m-0">
            {lender.status.state === 'closed' ? (
              <strong className="text-danger">{lender.status.since ? p('closedSince', { date: formatDate(lender.status.since, locale) }) : p('closed')}</strong>
            ) : (
              p('active')
            )}
            {lender.status.loansWentTo ? <span className="block">{p('loansWentTo')}</span> : null}
            {lender.status.lockBanned ? (
              <span className="block font-bold">{p('lockBanned', { date: formatDate(lender.status.lockBanned, locale) })}</span>
            ) : null}
            <FactMeta fact={lender.status} locale={locale} />
          </dd>
        </div>
        <div>
          <dt className="font-bold">{p('locks')}</dt>
          <dd className="m-0">
            {p(`locksValue.${lender.locksDevice.value}`)}
            <FactMeta fact={lender.locksDevice} locale={locale} />
          </dd>
        </div>
        {lender.website ? (
          <div>
            <dt className="font-bold">{p('website')}</dt>
            <dd className="m-0">
              <a href={lender.website.url} rel="noopener noreferrer" className="break-all">
                <bdi className="ltr-island">{lender.website.url.replace(/^https?:\/\/(www\.)?/, '')}</bdi>
              </a>
              <FactMeta fact={lender.website} locale={locale} />
            </dd>
          </div>
        ) : null}
        {lender.app ? (
          <div>
            <dt className="font-bold">{p('app')}</dt>
            <dd className="m-0">
              <bdi>{lender.app.name}</bdi>
              <FactMeta fact={lender.app} locale={locale} />
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
