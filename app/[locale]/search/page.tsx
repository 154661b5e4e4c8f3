import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchBox } from '@/components/search/SearchBox';
import { runSearch } from '@/lib/search/engine';
import { getSearchIndex } from '@/lib/search/server';
import { pageMetadata } from '@/lib/seo';
import { withSlots } from '@/components/ui/slots';
import { removedParam, withoutPersonalNumbers } from '@/lib/privacy';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; removed?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const hasQuery = (await searchParams).q !== undefined;
  const t = await getTranslations({ locale, namespace: 'search' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return {
    ...pageMetadata({ locale, path: '/search', title: t('title'), description: t('description'), siteName: l('siteName') }),
    // The empty search page is a page like any other; a page of results is not.
    ...(hasQuery ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Dynamic on purpose: the results depend on `?q=`, so a shared link and a no-JavaScript search both show them. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const raw = sp.q;
  // The proxy already sends a number-bearing query on without it; this is the second lock.
  const query = withoutPersonalNumbers((Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? '');
  const t = await getTranslations({ locale, namespace: 'search' });
  const nav = await getTranslations({ locale, namespace: 'layout.nav' });
  const pages = await getTranslations({ locale, namespace: 'pages' });
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <SearchBox
        locale={locale}
        initialQuery={query}
        initialHits={runSearch(getSearchIndex(locale), query)}
        removed={sp[removedParam] !== undefined}
        labels={{
          form: t('formLabel'),
          label: t('label'),
          hint: t('hint'),
          button: t('button'),
          resultsFor: (query) => withSlots((v) => t('resultsFor', v), { query }),
          noResults: (query) => withSlots((v) => t('noResults', v), { query }),
          noResultsHelp: t('noResultsHelp'),
          noResultsLinks: [
            { path: '/troubleshoot', label: nav('troubleshoot') },
            { path: '/lenders', label: nav('lenders') },
            { path: '/guides', label: pages('guides.title') },
          ],
          numberRefused: t('numberRefused'),
          numberRemoved: t('numberRemoved'),
        }}
      />
    </>
  );
}
