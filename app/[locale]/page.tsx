import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/Button';
import { Callout } from '@/components/ui/Callout';
import { LockScreenSample } from '@/components/home/LockScreenSample';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

const tools = [
  ['lenders', '/lenders'],
  ['contacts', '/contacts'],
  ['letter', '/letter'],
  ['avoid', '/avoid'],
  ['secondHand', '/second-hand'],
  ['guides', '/guides'],
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/', title: t('metaTitle'), description: t('metaDescription'), siteName: l('siteName') });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <LockScreenSample original={t('lockOriginal')} translated={locale === 'en' ? undefined : t('lockTranslated')} caption={t('lockCaption')} />
      <p className="mb-4 text-lg">{t('intro')}</p>
      <p className="mb-6 text-lg">{t('promise')}</p>
      <ButtonLink start href={localePath(locale, '/troubleshoot')}>
        {t('start')}
      </ButtonLink>
      <Callout tone="warning" title={t('warningTitle')}>
        <p>{t('warningBody')}</p>
        <p>
          <a href={localePath(locale, '/avoid')}>{t('warningLink')}</a>
        </p>
      </Callout>
      <h2 className="mt-10 mb-4 text-2xl font-bold">{t('toolsTitle')}</h2>
      <ul className="grid list-none gap-4 p-0 sm:grid-cols-2">
        {tools.map(([key, path]) => (
          <li key={key} className="border-t-4 border-brand bg-surface p-4">
            <h3 className="mb-1 text-lg font-bold">
              <a href={localePath(locale, path)}>{t(`tools.${key}.title`)}</a>
            </h3>
            <p className="m-0">{t(`tools.${key}.body`)}</p>
          </li>
        ))}
      </ul>
      <PageShare locale={locale} path={'/'} title={t('title')} />
    </>
  );
}
