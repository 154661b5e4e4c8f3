import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { localeNames, locales } from '@/lib/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';
import { noPersonalNumberPattern } from '@/lib/privacy';

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'layout' });
  const s = await getTranslations({ locale, namespace: 'search' });
  return (
    <header role="banner" className="border-b-8 border-brand bg-ink text-white">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <a
          href={localePath(locale, '/')}
          className="inline-flex min-h-11 items-center text-lg font-bold text-white no-underline visited:text-white hover:underline"
        >
          <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" className="me-2 shrink-0">
            <rect x="5" y="2" width="14" height="20" rx="2.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M9 12h6M12 9v6" stroke="currentColor" strokeWidth="2" />
          </svg>
          {t('siteName')}
        </a>
        <form
          role="search"
          aria-label={s('headerForm')}
          action={localePath(locale, '/search')}
          method="get"
          className="order-last flex w-full gap-2 sm:order-none sm:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            {s('headerLabel')}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            enterKeyHint="search"
            // The browser refuses to send an IMEI, phone or account number: it would sit in the address.
            pattern={noPersonalNumberPattern}
            title={s('numberRefused')}
            className="min-h-11 w-full min-w-0 rounded-none border-2 border-white bg-white px-2 text-base text-ink sm:w-44"
          />
          <button type="submit" className="min-h-11 shrink-0 cursor-pointer border-2 border-white px-3 font-semibold text-white hover:bg-brand">
            {s('button')}
          </button>
        </form>
        <LanguageSwitcher current={locale} label={t('language')} options={locales.map((code) => ({ code, name: localeNames[code] }))} />
      </div>
    </header>
  );
}
