import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/pages/ArticlePage';
import { locales } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { guideSlugs } from '@/lib/pages/routes';
import { loadPage } from '@/lib/pages/load';
import { pageMetadata } from '@/lib/seo';
import { absoluteUrl, PageShare } from '@/components/share/PageShare';
import { JsonLd } from '@/components/share/JsonLd';
import { article } from '@/lib/share/jsonld';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Unknown slugs get the localized 404 (never notFound(): see the foundation notes).
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.flatMap((locale) => guideSlugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const { frontmatter } = loadPage(locale, 'guides', slug);
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: `/guides/${slug}`, title: frontmatter.title, description: frontmatter.description, siteName: l('siteName') });
}

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'pages' });
  const page = loadPage(locale, 'guides', slug);
  return (
    <>
      <nav aria-label={t('guides.breadcrumb')} className="mb-4">
        <a href={localePath(locale, '/guides')}>{t('guides.all')}</a>
      </nav>
      <ArticlePage page={page} locale={locale} />
      <PageShare locale={locale} path={`/guides/${slug}`} title={page.frontmatter.title} />
      <JsonLd
        data={article({
          url: absoluteUrl(locale, `/guides/${slug}`),
          title: page.frontmatter.title,
          description: page.frontmatter.description,
          locale,
          updated: page.frontmatter.updated,
        })}
      />
    </>
  );
}
