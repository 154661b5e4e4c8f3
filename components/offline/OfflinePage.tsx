import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';

const saved = [
  ['troubleshoot', '/troubleshoot'],
  ['avoid', '/avoid'],
  ['letter', '/letter'],
] as const;

/**
 * What the service worker shows, offline, in place of a page that was never saved on this phone: which pages are
 * saved, and how to try again. Reached directly, it reads the same.
 */
export async function OfflinePage({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'offline.page' });
  return (
    <div data-offline-page>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-lg">{t('body')}</p>
      <p className="mb-2">{t('saved')}</p>
      <ul className="mb-6 list-disc space-y-2 ps-6">
        {saved.map(([key, path]) => (
          <li key={key}>
            <a href={localePath(locale, path)}>{t(`links.${key}`)}</a>
          </li>
        ))}
      </ul>
      <p className="mb-6">{t('visited')}</p>
      <p>
        {t('retry')} {/* An empty href is this address: served in place of another page, it loads that page again. */}
        <a href="">{t('retryLink')}</a>
      </p>
    </div>
  );
}
