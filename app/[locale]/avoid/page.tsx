import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/pages/ArticlePage';
import { loadPage } from '@/lib/pages/load';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { frontmatter } = loadPage(locale, 'pages', 'avoid');
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/avoid', title: frontmatter.title, description: frontmatter.description, siteName: l('siteName') });
}

export default async function AvoidPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = loadPage(locale, 'pages', 'avoid');
  return (
    <>
      <ArticlePage page={page} locale={locale} />
      <PageShare locale={locale} path="/avoid" title={page.frontmatter.title} />
    </>
  );
}
