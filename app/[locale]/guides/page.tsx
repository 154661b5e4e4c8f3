import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { guideSlugs } from '@/lib/pages/routes';
import { loadPage } from '@/lib/pages/load';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pages' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/guides', title: t('guides.title'), description: t('guides.description'), siteName: l('siteName') });
}

export default async function GuidesIndex({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'pages' });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t('guides.title')}</h1>
      <p className="mb-6 text-lg">{t('guides.intro')}</p>
      <ul className="list-none space-y-4 p-0">
        {guideSlugs.map((slug) => {
          const { frontmatter } = loadPage(locale, 'guides', slug);
          return (
            <li key={slug} className="border-s-4 border-brand bg-surface p-4">
              <h2 className="mb-1 text-xl font-bold">
                <a href={localePath(locale, `/guides/${slug}`)}>{frontmatter.title}</a>
              </h2>
              <p className="m-0">{frontmatter.description}</p>
            </li>
          );
        })}
      </ul>
      <PageShare locale={locale} path={'/guides'} title={t('guides.title')} />
    </>
  );
}
