import { getTranslations } from 'next-intl/server';

/**
 * The words of the "you are offline" notice, for public/offline.js (lib/offline/register.ts) to draw while a saved
 * copy is read without a connection, and once the connection is back. The script builds the notice itself, outside
 * the React tree of the few pages that still hydrate, so that changing it never clashes with hydration. Without
 * JavaScript there is no service worker and no saved copy, so nothing shows.
 */
export async function OfflineNotice({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'offline.notice' });
  return (
    <div
      id="offline-notice-text"
      hidden
      data-title={t('title')}
      data-body={t('body')}
      data-saved={t('saved')}
      data-stale={t('stale')}
      data-online={t('online')}
      data-reload={t('reload')}
    />
  );
}
