import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MdxArticle } from '@/components/content/MdxArticle';
import { SourceList } from '@/components/pages/SourceList';
import { ImeiChecker, imeiSlot } from '@/components/second-hand/ImeiChecker';
import { SellerDeclaration } from '@/components/second-hand/SellerDeclaration';
import { ButtonLink } from '@/components/ui/Button';
import { localePath } from '@/lib/i18n/paths';
import { loadPage } from '@/lib/pages/load';
import { pageMetadata } from '@/lib/seo';
import { withSlots } from '@/components/ui/slots';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { frontmatter } = loadPage(locale, 'pages', 'second-hand');
  const l = await getTranslations({ locale, namespace: 'layout' });
  return pageMetadata({ locale, path: '/second-hand', title: frontmatter.title, description: frontmatter.description, siteName: l('siteName') });
}

/** Everything but the seller's declaration is hidden in print, so "Print" gives one clean sheet. */
export default async function SecondHandPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = loadPage(locale, 'pages', 'second-hand');
  const t = await getTranslations({ locale, namespace: 'secondHand' });
  return (
    <>
      <div className="print:hidden">
        <MdxArticle page={page} locale={locale} />
      </div>
      <section aria-labelledby="checker-title" className="mt-10 print:hidden">
        <h2 id="checker-title" className="mb-3 text-2xl font-bold">
          {t('checker.title')}
        </h2>
        <ImeiChecker
          labels={{
            imei1: t('checker.imei1'),
            imei2: t('checker.imei2'),
            imei2Hint: t('checker.imei2Hint'),
            hint: t('checker.hint'),
            button: t('checker.button'),
            errorTitle: t('errorTitle'),
            required: t('checker.required'),
            valid: withSlots((v) => t('checker.valid', v), { n: imeiSlot('n') }),
            empty: t('checker.required'),
            characters: withSlots((v) => t('checker.characters', v), { n: imeiSlot('n') }),
            length: withSlots((v) => t('checker.length', v), { n: imeiSlot('n'), count: imeiSlot('count') }),
            checksum: withSlots((v) => t('checker.checksum', v), { n: imeiSlot('n') }),
            same: t('checker.same'),
            resultTitle: t('checker.resultTitle'),
            honest: t('checker.honest'),
          }}
          fallback={
            <div>
              <p className="mb-3">{t('checker.noJs')}</p>
              <ol className="mb-4 list-decimal space-y-2 ps-6">
                <li>{t('checker.byHand1')}</li>
                <li>{t('checker.byHand2')}</li>
                <li>{t('checker.byHand3')}</li>
              </ol>
              <p>{t('checker.honest')}</p>
            </div>
          }
        />
      </section>
      <section aria-labelledby="declaration-section-title" className="mt-10">
        <h2 id="declaration-section-title" className="mb-3 text-2xl font-bold print:hidden">
          {t('declaration.title')}
        </h2>
        <SellerDeclaration
          locale={locale}
          labels={{
            formIntro: t('declaration.formIntro'),
            sellerName: t('declaration.sellerName'),
            sellerId: t('declaration.sellerId'),
            buyerName: t('declaration.buyerName'),
            imei1: t('declaration.imei1'),
            imei2: t('declaration.imei2'),
            date: t('declaration.date'),
            optional: t('declaration.optional'),
            print: t('declaration.print'),
            printHint: t('declaration.printHint'),
            noJs: t('declaration.noJs'),
            errorTitle: t('errorTitle'),
            imeiError: (field) => withSlots((v) => t('declaration.imeiError', v), { field }),
            docTitle: t('declaration.docTitle'),
            statement: [t('declaration.statement1'), t('declaration.statement2'), t('declaration.statement3')],
            sellerSignature: t('declaration.sellerSignature'),
            buyerSignature: t('declaration.buyerSignature'),
            footer: t('declaration.footer'),
          }}
        />
      </section>
      <section aria-labelledby="locked-title" className="mt-10 print:hidden">
        <h2 id="locked-title" className="mb-3 text-2xl font-bold">
          {t('locked.title')}
        </h2>
        <p className="mb-4">{t('locked.body')}</p>
        {/* Straight to the second-hand branch of the troubleshooter: it asks only for the country. */}
        <ButtonLink start href={localePath(locale, '/troubleshoot/installment/second-hand')}>
          {t('locked.button')}
        </ButtonLink>
      </section>
      <div className="print:hidden">
        <SourceList sources={page.frontmatter.sources ?? []} locale={locale} />
      </div>
      <PageShare locale={locale} path={'/second-hand'} title={page.frontmatter.title} printQr={false} />
    </>
  );
}
