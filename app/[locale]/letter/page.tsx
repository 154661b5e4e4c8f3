import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LetterText } from '@/components/letter/LetterText';
import { LetterTool } from '@/components/letter/LetterTool';
import { loadLetterPage } from '@/lib/letter/page-data';
import { pageMetadata } from '@/lib/seo';
import { emptyValues, letterTypes } from '@/lib/letter/fields';
import { renderLetter } from '@/lib/letter/render';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'letter' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/letter', title: t('metaTitle'), description: t('metaDescription'), siteName: l('siteName') });
}

export default async function LetterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'letter' });
  const data = loadLetterPage(locale);
  const pack = data.pack;
  return (
    <>
      <div className="print:hidden">
        <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="mb-4 text-lg">{t('intro')}</p>
        <p className="mb-8 border-s-8 border-success bg-success-bg p-4">{t('privacy')}</p>
      </div>
      <LetterTool {...data} />
      <noscript>
        <h2 className="mt-2 mb-3 text-2xl font-bold">{t('noscript.title')}</h2>
        <p className="mb-6">{t('noscript.intro')}</p>
        {letterTypes.map((type) => {
          const blank = renderLetter(pack.templates[type], {
            type,
            locale: data.pageLocale,
            values: emptyValues(),
            blanks: pack.blanks,
            today: '',
            mode: 'blank',
          });
          return (
            <details key={type} id={`blank-${type}`} className="mb-4 border-s-4 border-brand ps-4">
              <summary className="cursor-pointer text-lg font-bold">{pack.templates[type].title}</summary>
              <p className="my-2 text-muted">{pack.templates[type].description}</p>
              <LetterText locale={data.pageLocale} subjectWord={pack.subjectWord} subjectLines={blank.subjectLines} bodyLines={blank.bodyLines} />
            </details>
          );
        })}
      </noscript>
      <PageShare locale={locale} path={'/letter'} title={t('title')} printQr={false} />
    </>
  );
}
