import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/Button';
import { Callout } from '@/components/ui/Callout';
import { ContactItem } from '@/components/directories/ContactItem';
import { FactMeta } from '@/components/directories/FactMeta';
import { loadLender, loadLenders, type Lender } from '@/lib/content/lenders';
import { countryName, formatDate } from '@/lib/country-names';
import { routing } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string; lenderId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => loadLenders().map((l) => ({ locale, lenderId: l.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lenderId } = await params;
  const lender = loadLender(lenderId) as Lender;
  const t = await getTranslations({ locale, namespace: 'lenders.page' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({
    locale,
    path: `/lenders/${lender.id}`,
    title: lender.name,
    description: t('metaDescription', { name: lender.name }),
    siteName: l('siteName'),
  });
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-10">
      <h2 className="mb-3 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

export default async function LenderPage({ params }: Props) {
  const { locale, lenderId } = await params;
  setRequestLocale(locale);
  // dynamicParams = false: only ids from generateStaticParams reach this page.
  const lender = loadLender(lenderId) as Lender;
  const t = await getTranslations({ locale, namespace: 'lenders' });
  const p = await getTranslations({ locale, namespace: 'lenders.page' });
  const name = lender.name;
  const letter = (type: string) => `${localePath(locale, '/letter')}?type=${type}&lender=${lender.id}`;
  const isTech = lender.type === 'lock-technology';

  return (
    <>
      <p className="mb-1 font-bold text-muted">{t(`type.${lender.type}`)}</p>
      <h1 className="mb-3 text-3xl font-bold">{name}</h1>
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

      {isTech ? (
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
            {lender.status.lockBanned ? <span className="block font-bold">{p('lockBanned', { date: formatDate(lender.status.lockBanned, locale) })}</span> : null}
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
              <a href={lender.website.url} rel="noopener noreferrer">
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

      {isTech ? null : (
        <>
          <Section title={p('payTitle')}>
            <Callout tone="danger">
              <p className="font-bold">{p('payWarning')}</p>
            </Callout>
            {lender.payment?.length ? (
              <ul className="list-none space-y-3 p-0">
                {lender.payment.map((m) => (
                  <li key={m.kind} className="border-b border-line pb-3">
                    <span className="font-bold">{p(`paymentKind.${m.kind}`)}</span>
                    {m.names?.length ? (
                      <span className="block">
                        <bdi>{m.names.join(', ')}</bdi>
                      </span>
                    ) : null}
                    {m.kind === 'payment-link' ? <span className="block">{p('paymentLinkCheck')}</span> : null}
                    <FactMeta fact={m} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{p('payNone', { name })}</p>
            )}
          </Section>

          <Section title={p('stillLockedTitle')}>
            {lender.postingWindow ? (
              <p className="text-lg font-bold">
                {p('posting', { unit: lender.postingWindow.unit, amount: lender.postingWindow.amount, name })}
                <FactMeta fact={lender.postingWindow} locale={locale} />
              </p>
            ) : (
              <p>{p('postingUnknown', { name })}</p>
            )}
            <ol className="mt-3 list-decimal space-y-2 ps-6">
              <li>{p('stillLockedSteps.receipt')}</li>
              <li>{p('stillLockedSteps.online')}</li>
              {lender.postingWindow ? <li>{p('stillLockedSteps.wait')}</li> : null}
              <li>{p('stillLockedSteps.contact')}</li>
            </ol>
            <p className="mt-4">
              <ButtonLink href={letter('paid-still-locked')}>{p('letterPaid')}</ButtonLink>
            </p>
          </Section>

          {lender.escalation?.length ? (
            <Section title={p('escalationTitle')}>
              <ul className="list-none space-y-2 p-0">
                {lender.escalation.map((e) => (
                  <li key={`${e.day ?? ''}-${e.action}`}>
                    {e.day ? <strong className="me-1">{p('escalationDay', { day: e.day })}</strong> : null}
                    {p(`escalation.${e.action}`)}
                    <FactMeta fact={e} locale={locale} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section title={p('contactsTitle', { name })}>
            {lender.contacts.length ? (
              <ul className="list-none p-0">
                {lender.contacts.map((c) => (
                  <ContactItem
                    key={`${c.kind}-${c.value}`}
                    contact={c}
                    locale={locale}
                    country={lender.countries.length === 1 ? lender.countries[0] : undefined}
                    showCountry={lender.countries.length > 1}
                  />
                ))}
              </ul>
            ) : (
              <p>{p('contactsNone', { name })}</p>
            )}
          </Section>

          <Section title={p('closureTitle')}>
            {lender.closureLetter ? (
              <div>
                <p>{lender.closureLetter.name ? p('closureName', { name: lender.closureLetter.name }) : null}</p>
                {lender.closureLetter.contact ? (
                  <p>
                    {p('closureContact')}{' '}
                    {lender.closureLetter.contact.includes('@') ? (
                      <a href={`mailto:${lender.closureLetter.contact}`}>
                        <bdi className="ltr-island">{lender.closureLetter.contact}</bdi>
                      </a>
                    ) : (
                      <a href={lender.closureLetter.contact} rel="noopener noreferrer">
                        <bdi className="ltr-island">{lender.closureLetter.contact.replace(/^https?:\/\//, '')}</bdi>
                      </a>
                    )}
                  </p>
                ) : null}
                {lender.closureLetter.days ? <p>{p('closureDays', { days: lender.closureLetter.days })}</p> : null}
                {lender.closureLetter.appRemoval ? <p>{p('closureAppRemoval')}</p> : null}
                {lender.closureLetter.releasedWhenPaid ? <p>{p('closureReleased')}</p> : null}
                {!lender.closureLetter.name && !lender.closureLetter.contact ? <p>{p('closureGeneric')}</p> : null}
                <FactMeta fact={lender.closureLetter} locale={locale} />
              </div>
            ) : (
              <p>{p('closureUnknown', { name })}</p>
            )}
          </Section>
        </>
      )}

      <Section title={p('nextTitle')}>
        <ul className="list-none space-y-3 p-0">
          {isTech ? null : (
            <li>
              <ButtonLink variant="secondary" href={letter('overdue-amount')}>
                {p('letterOverdue')}
              </ButtonLink>
            </li>
          )}
          {/* A few countries get buttons; a lender in many countries gets a compact list so the page stays short on a phone. */}
          {lender.countries.length <= 3 ? (
            lender.countries.map((c) => (
              <li key={c}>
                <ButtonLink variant="secondary" href={localePath(locale, `/contacts/${c}`)}>
                  {p('countryContacts', { country: countryName(c, locale) })}
                </ButtonLink>
              </li>
            ))
          ) : (
            <li>
              <ul className="grid list-disc grid-cols-1 gap-x-6 gap-y-1 ps-6 sm:grid-cols-2">
                {lender.countries.map((c) => (
                  <li key={c}>
                    <a href={localePath(locale, `/contacts/${c}`)}>{p('countryContacts', { country: countryName(c, locale) })}</a>
                  </li>
                ))}
              </ul>
            </li>
          )}
          <li>
            <a href={localePath(locale, '/lenders')}>{p('backToSearch')}</a>
          </li>
        </ul>
      </Section>
      <PageShare locale={locale} path={`/lenders/${lender.id}`} title={name} />
    </>
  );
}
