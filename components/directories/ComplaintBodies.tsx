import { getFormatter, getTranslations } from 'next-intl/server';
import { letterPath } from '@/lib/letter/path';
import { loadCountry, loadRegulators } from '@/lib/content/contacts';
import type { RegulatorBody, RegulatorScope } from '@/lib/content/contacts.schema';
import { countryName } from '@/lib/country-names';
import { localePath } from '@/lib/i18n/paths';
import { ContactItem } from './ContactItem';
import { FactMeta } from './FactMeta';

/** Whom a body deals with and, where its source says so, whom it does not: so nobody complains to the wrong door. */
async function Scope({ body, locale }: { body: RegulatorBody; locale: string }) {
  if (!body.scope) return null;
  const t = await getTranslations({ locale, namespace: 'contacts.complaints' });
  const format = await getFormatter({ locale });
  const list = (ids: readonly RegulatorScope[]) =>
    format.list(
      ids.map((id) => t(`scope.${id}`)),
      { type: 'conjunction' },
    );
  return (
    <p className="my-1">
      <span className="block">{t('covers', { list: list(body.scope.covers) })}</span>
      {body.scope.excludes ? <span className="block">{t('excludes', { list: list(body.scope.excludes) })}</span> : null}
      <FactMeta fact={body.scope} locale={locale} />
    </p>
  );
}

/**
 * Where to complain in one country: each complaint body with its kind, whom it
 * deals with, its channels and sources; or, where we know none, a plain
 * sentence that says so and what to do instead. Used on the country's
 * contacts page and on every troubleshooter answer for that country.
 * `country` undefined means the person chose "another country".
 */
export async function ComplaintBodies({ country, locale, level }: { country?: string; locale: string; level: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'contacts.complaints' });
  const c = await getTranslations({ locale, namespace: 'contacts.country' });
  const regulators = country ? loadRegulators(country) : undefined;
  const name = country ? countryName(country, locale) : undefined;
  const timeZone = country ? loadCountry(country)?.timeZone : undefined;
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <section className="mb-10" aria-labelledby={`complaints-${country ?? 'other'}`}>
      <Heading id={`complaints-${country ?? 'other'}`} className="mb-2 text-2xl font-bold">
        {name ? t('title', { country: name }) : t('titleOther')}
      </Heading>
      {regulators ? (
        <>
          <p className="mb-4">{c('complaintsIntro')}</p>
          {regulators.bodies.map((b) => (
            <div key={b.name} className="mb-6 border-s-4 border-brand ps-4">
              <Sub className="text-xl font-bold">
                <bdi>{b.name}</bdi>
              </Sub>
              <p className="m-0 text-muted">
                {c(`bodyType.${b.type}`)}
                <FactMeta fact={b} locale={locale} />
              </p>
              <Scope body={b} locale={locale} />
              <ul className="list-none p-0">
                {b.channels.map((ch) => (
                  <ContactItem key={`${ch.kind}-${ch.value}`} contact={ch} country={country} timeZone={timeZone} locale={locale} />
                ))}
              </ul>
            </div>
          ))}
        </>
      ) : (
        <div className="border-s-8 border-warning bg-warning-bg p-4" data-testid="complaints-none">
          <p className="mb-2 font-bold">{name ? c('complaintsNone', { country: name }) : t('noneOther')}</p>
          <p className="mb-2">{t('noneIntro')}</p>
          <ul className="list-disc space-y-1 ps-6">
            <li>{t('noneLender')}</li>
            <li>{t('noneLook')}</li>
            <li>{t('noneHelp')}</li>
            <li>
              <a href={localePath(locale, letterPath({ type: 'dispute-lock' }))}>{t('noneLetter')}</a>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
