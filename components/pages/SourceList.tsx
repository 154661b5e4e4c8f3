import { getTranslations } from 'next-intl/server';

export type SourceLink = { url: string; title?: string };

/** The "Sources" list at the end of a page: where every claim on it comes from. Source titles are written in English in the content files. */
export async function SourceList({ sources, locale }: { sources: SourceLink[]; locale: string }) {
  if (sources.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'pages' });
  return (
    <section aria-labelledby="sources-title" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="sources-title" className="mb-2 text-xl font-bold">
        {t('sources.title')}
      </h2>
      <p className="mb-3 text-muted">{t('sources.intro')}</p>
      <ol className="list-decimal space-y-2 ps-6 text-base">
        {sources.map((s) => (
          <li key={s.url} className="break-words">
            <a href={s.url} rel="noopener noreferrer" lang="en">
              {/* English titles keep their brackets and word order inside right-to-left pages. */}
              <bdi>{s.title ?? s.url}</bdi>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
