import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LenderFacts } from '@/components/directories/LenderFacts';
import {
  ClosureSection,
  ContactsSection,
  DataSection,
  EscalationSection,
  NextStepsSection,
  PaySection,
  StillLockedSection,
} from '@/components/directories/LenderSections';
import { loadLender, loadLenders, type Lender } from '@/lib/content/lenders';
import { routing } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string; lenderId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => loadLenders().map((l) => ({ locale, lenderId: l.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lenderId } = await params;
  const lender = loadLender(lenderId) as Lender;
  const t = await getTranslations({ locale, namespace: 'lenders.page' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({
    locale,
    path: `/lenders/${lender.id}`,
    title: lender.name,
    description: t('metaDescription', { name: lender.name }),
    siteName: l('siteName'),
  });
}

export default async function LenderPage({ params }: Props) {
  const { locale, lenderId } = await params;
  setRequestLocale(locale);
  // dynamicParams = false: only ids from generateStaticParams reach this page.
  const lender = loadLender(lenderId) as Lender;
  // Lock software holds no loan: no ways to pay, posting times or closure letters of its own.
  const isTech = lender.type === 'lock-technology';

  return (
    <>
      <LenderFacts lender={lender} locale={locale} />
      {isTech ? null : (
        <>
          <PaySection lender={lender} locale={locale} />
          <StillLockedSection lender={lender} locale={locale} />
          <EscalationSection lender={lender} locale={locale} />
          <ContactsSection lender={lender} locale={locale} />
          <ClosureSection lender={lender} locale={locale} />
        </>
      )}
      <DataSection lender={lender} locale={locale} />
      <NextStepsSection lender={lender} locale={locale} />
      <PageShare locale={locale} path={`/lenders/${lender.id}`} title={lender.name} />
    </>
  );
}
