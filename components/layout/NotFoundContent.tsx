import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';

const links = [
  ['troubleshoot', '/troubleshoot'],
  ['lenders', '/lenders'],
  ['contacts', '/contacts'],
  ['home', '/'],
] as const;

export async function NotFoundContent({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-lg">{t('body')}</p>
      <p className="mb-2">{t('tryThese')}</p>
      <ul className="list-disc space-y-2 ps-6">
        {links.map(([key, path]) => (
          <li key={key}>
            <a href={localePath(locale, path)}>{t(`links.${key}`)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
