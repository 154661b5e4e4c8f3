import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { localeDir } from '@/lib/i18n/routing';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';
import { OfflineNotice } from '@/components/offline/OfflineNotice';

/** The whole document: html with lang and dir, skip link, header, main landmark, footer. */
export async function SiteShell({ locale, children }: { locale: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'layout' });
  return (
    <html lang={locale} dir={localeDir(locale)}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:p-3">
          {t('skipLink')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
          <OfflineNotice locale={locale} />
          {children}
        </main>
        <SiteFooter locale={locale} />
        {/* The page's one script of its own (lib/enhance/main.ts): plain modules from this origin, no framework. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks parsing. */}
        <script type="module" src="/enhance/main.js" />
      </body>
    </html>
  );
}
