import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';

const footerLinks = [
  ['troubleshoot', '/troubleshoot'],
  ['lenders', '/lenders'],
  ['contacts', '/contacts'],
  ['letter', '/letter'],
  ['avoid', '/avoid'],
  ['secondHand', '/second-hand'],
] as const;

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'layout' });
  const o = await getTranslations({ locale, namespace: 'offline' });
  return (
    <footer role="contentinfo" className="mt-12 border-t-4 border-brand bg-surface">
      <div className="mx-auto w-full max-w-3xl space-y-4 px-4 py-8 text-sm">
        <nav aria-label={t('footerNav')}>
          <ul className="flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
            {footerLinks.map(([key, path]) => (
              <li key={key}>
                <a href={localePath(locale, path)} className="inline-flex min-h-11 items-center text-ink visited:text-ink">
                  {t(`nav.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          <strong>{t('independentTitle')}</strong> {t('independent')}
        </p>
        <p>
          <strong>{t('privacyTitle')}</strong> {t('privacy')}
        </p>
        {/* Shown by public/offline.js once this phone has saved the pages it names. */}
        <p id="offline-ready" hidden>
          {o('footer')}
        </p>
      </div>
    </footer>
  );
}
