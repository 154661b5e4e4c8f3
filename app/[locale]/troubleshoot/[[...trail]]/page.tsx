import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { enumerateTrails, resolveTrail } from '@/lib/flow/resolve';
import { loadFlow, loadOutcomeText } from '@/lib/flow/load';
import { pageMetadata } from '@/lib/seo';
import { ogImagePath } from '@/lib/share/og';
import { QuestionView } from '@/components/troubleshoot/QuestionView';
import { OutcomeView } from '@/components/troubleshoot/OutcomeView';
import { questionWords } from '@/lib/flow/labels';
import { trailPath } from '@/lib/flow/trail';
import { absoluteUrl, PageShare } from '@/components/share/PageShare';
import { JsonLd } from '@/components/share/JsonLd';
import { howTo, stepTitles } from '@/lib/share/jsonld';

type Props = { params: Promise<{ locale: string; trail?: string[] }> };

// Only the trails listed below exist: an option id that does not belong gets the localized 404.
export const dynamicParams = false;

let reported = false;

export function generateStaticParams() {
  // Also the trails that pass a brand question by: links published before it was asked.
  const trails = enumerateTrails(loadFlow(), { skipBrand: true });
  if (!reported) {
    // Printed so the page count stays visible as the flow grows.
    console.log(`troubleshoot: ${trails.length} answer trails per locale`);
    reported = true;
  }
  return trails.map((trail) => ({ trail }));
}

function resolve(trail: string[] | undefined) {
  const steps = trail ?? [];
  const resolved = resolveTrail(loadFlow(), steps);
  // Cannot happen: dynamicParams = false lets only enumerated trails through.
  if (!resolved) throw new Error(`unknown troubleshoot trail: ${steps.join('/')}`);
  return { steps, resolved };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, trail } = await params;
  const { steps, resolved } = resolve(trail);
  const t = await getTranslations({ locale, namespace: 'troubleshoot' });
  const l = await getTranslations({ locale, namespace: 'layout' });
  const path = trailPath(steps);
  const image = ogImagePath(locale, `troubleshoot-${resolved.node.id}`);
  if (resolved.node.type === 'outcome') {
    const text = loadOutcomeText(locale, resolved.node.id);
    return pageMetadata({
      locale,
      path,
      title: text?.frontmatter.title ?? t('metaTitle'),
      description: text?.frontmatter.summary ?? t('metaDescription'),
      siteName: l('siteName'),
      image,
    });
  }
  const words = await questionWords(loadFlow(), resolved.node, locale);
  return pageMetadata({ locale, path, title: words.question, description: t('metaDescription'), siteName: l('siteName'), image });
}

export default async function TroubleshootPage({ params }: Props) {
  const { locale, trail } = await params;
  setRequestLocale(locale);
  const { steps, resolved } = resolve(trail);
  const flow = loadFlow();
  const { node, answers, country, countryAsked, brand } = resolved;
  if (node.type === 'outcome') {
    const text = loadOutcomeText(locale, node.id);
    // The outcome has its own share control; this adds the printed QR code.
    return (
      <>
        <OutcomeView flow={flow} node={node} answers={answers} trail={steps} country={country} countryAsked={countryAsked} brand={brand} locale={locale} />
        <PageShare locale={locale} path={trailPath(steps)} title="" control={false} />
        {text ? (
          <JsonLd
            data={howTo({
              url: absoluteUrl(locale, trailPath(steps)),
              title: text.frontmatter.title,
              description: text.frontmatter.summary,
              locale,
              steps: stepTitles(text.body),
            })}
          />
        ) : null}
      </>
    );
  }
  const words = await questionWords(flow, node, locale);
  return (
    <>
      <QuestionView flow={flow} node={node} answers={answers} trail={steps} locale={locale} />
      <PageShare locale={locale} path={trailPath(steps)} title={words.question} />
    </>
  );
}
