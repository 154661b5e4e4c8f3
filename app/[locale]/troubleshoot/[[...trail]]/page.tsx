import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { enumerateTrails, resolveTrail } from '@/lib/flow/resolve';
import { loadFlow, loadOutcomeText } from '@/lib/flow/load';
import { pageMetadata } from '@/lib/seo';
import { QuestionView } from '@/components/troubleshoot/QuestionView';
import { OutcomeView } from '@/components/troubleshoot/OutcomeView';
import { questionWords } from '@/components/troubleshoot/labels';
import { trailPath } from '@/components/troubleshoot/trail';
import { PageShare } from '@/components/share/PageShare';

type Props = { params: Promise<{ locale: string; trail?: string[] }> };

// Only the trails listed below exist: an option id that does not belong gets the localized 404.
export const dynamicParams = false;

let reported = false;

export function generateStaticParams() {
  const trails = enumerateTrails(loadFlow());
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
  if (resolved.node.type === 'outcome') {
    const text = loadOutcomeText(locale, resolved.node.id);
    return pageMetadata({ locale, path, title: text?.frontmatter.title ?? t('metaTitle'), description: text?.frontmatter.summary ?? t('metaDescription'), siteName: l('siteName') });
  }
  const words = await questionWords(loadFlow(), resolved.node, locale);
  return pageMetadata({ locale, path, title: words.question, description: t('metaDescription'), siteName: l('siteName') });
}

export default async function TroubleshootPage({ params }: Props) {
  const { locale, trail } = await params;
  setRequestLocale(locale);
  const { steps, resolved } = resolve(trail);
  const flow = loadFlow();
  const { node, answers, country } = resolved;
  if (node.type === 'outcome') {
    // The outcome has its own share control; this adds the printed QR code.
    return (
      <>
        <OutcomeView flow={flow} node={node} answers={answers} trail={steps} country={country} locale={locale} />
        <PageShare locale={locale} path={trailPath(steps)} title="" control={false} />
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
