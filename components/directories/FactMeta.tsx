import { getTranslations } from 'next-intl/server';
import type { Sourced } from '@/lib/content/schemas';
import { formatDate } from '@/lib/country-names';

/**
 * The small print under every fact: its sources (linked) and how the fact is
 * known. "Checked on <date>" only when a person opened the source that day;
 * research notes say so; weak facts get a visible "not yet confirmed" mark.
 */
export async function FactMeta({ fact, locale, origin }: { fact: Sourced; locale: string; origin?: 'brief' | 'third-party' }) {
  const t = await getTranslations({ locale, namespace: 'contacts.fact' });
  return (
    <span className="mt-1 block text-sm text-muted">
      {fact.verification.level === 'unconfirmed' ? (
        <strong className="me-2 inline-block border border-warning bg-warning-bg px-1 text-warning">{t(origin ? 'unconfirmedOfficial' : 'unconfirmed')}</strong>
      ) : null}
      {origin ? <span className="me-2">{t(origin === 'brief' ? 'fromBrief' : 'thirdParty')}</span> : null}
      {fact.sources.map((s, i) => (
        <a key={s.url} href={s.url} rel="noopener noreferrer" className="me-2 text-muted visited:text-muted">
          {t('sources')}
          {fact.sources.length > 1 ? ` ${i + 1}` : ''}
          <span className="sr-only">: {new URL(s.url).hostname}</span>
        </a>
      ))}
      {fact.verification.level === 'checked' ? <span>({t('checked', { date: formatDate(fact.verification.on, locale) })})</span> : null}
      {fact.verification.level === 'from-research' ? <span>({t('fromResearch')})</span> : null}
    </span>
  );
}
