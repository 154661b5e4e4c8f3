import { getTranslations } from 'next-intl/server';
import { localePath, siteUrl } from '@/lib/i18n/paths';
import { ShareControl } from './ShareControl';
import { PrintQr } from './PrintQr';

/** The address of a page in a locale, absolute, as people will see and scan it. */
export function absoluteUrl(locale: string, path: string): string {
  return new URL(localePath(locale, path), siteUrl()).href;
}

/**
 * On screen: share or copy this page's link. On paper: its QR code and address.
 * Pages whose printout is a document of the person's own (a letter, a seller's
 * declaration) turn the printed code off.
 */
export async function PageShare({
  locale,
  path,
  title,
  control = true,
  printQr = true,
}: {
  locale: string;
  path: string;
  title: string;
  control?: boolean;
  printQr?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'share' });
  const url = absoluteUrl(locale, path);
  return (
    <>
      {control ? (
        <ShareControl
          path={localePath(locale, path)}
          url={url}
          title={title}
          labels={{
            heading: t('heading'),
            share: t('shareBtn'),
            copy: t('copy'),
            copied: t('copied'),
            copyFailed: t('copyFailed'),
            linkHint: t('linkHint'),
          }}
        />
      ) : null}
      {printQr ? <PrintQr url={url} label={t('scan')} /> : null}
    </>
  );
}
