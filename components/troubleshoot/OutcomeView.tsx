import { getFormatter, getTranslations } from 'next-intl/server';
import type { Flow, OutcomeNode } from '@/lib/flow/schema';
import type { Answer } from '@/lib/flow/resolve';
import { toolLabelKey, toolPath } from '@/lib/flow/tools';
import type { BrandKey } from '@/lib/flow/labels';
import { loadOutcomeText } from '@/lib/flow/load';
import { renderMdx } from '@/components/mdx/render';
import { localePath, siteUrl } from '@/lib/i18n/paths';
import { ButtonLink } from '@/components/ui/Button';
import { Callout } from '@/components/ui/Callout';
import { ShareControl } from '@/components/share/ShareControl';
import { ComplaintBodies } from '@/components/directories/ComplaintBodies';
import { AnswerList } from './AnswerList';
import { ReadAloudButton } from '@/components/ui/ReadAloudButton';
import { BackChevron } from './BackChevron';
import { trailHref, trailPath } from '@/lib/flow/trail';

const stillWorks = ['emergency', 'incoming', 'notifications'] as const;
const dontDo = ['reset', 'strangers', 'tools'] as const;

/** Where a trail ends: the steps to take, links into the tools, what still works, what not to do. */
export async function OutcomeView({
  flow,
  node,
  answers,
  trail,
  country,
  countryAsked,
  brand,
  locale,
}: {
  flow: Flow;
  node: OutcomeNode;
  answers: Answer[];
  trail: string[];
  country?: string;
  /** The trail asked the country; with no `country`, the person chose "another country". */
  countryAsked?: boolean;
  /** The phone maker or lock app answered on the trail: adds that brand's note. */
  brand?: string;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'troubleshoot' });
  const format = await getFormatter({ locale });
  const text = loadOutcomeText(locale, node.id);
  if (!text) throw new Error(`no text for troubleshoot node ${node.id}`);
  const body = await renderMdx(text.body, text.locale);
  const path = localePath(locale, trailPath(trail));
  const textLang = text.fallback ? text.locale : undefined;
  return (
    <>
      <p className="mb-4">
        <a href={trailHref(locale, trail.slice(0, -1))} className="inline-flex min-h-11 items-center gap-1">
          <BackChevron />
          {t('back')}
        </a>
      </p>
      <div id="tool-text">
        <p className="mb-2 font-semibold text-muted">{t('outcomeLabel')}</p>
        <h1 className="mb-4 text-3xl font-bold sm:text-4xl" lang={textLang}>
          {text.frontmatter.title}
        </h1>
        <p className="mb-6 text-xl" lang={textLang}>
          {text.frontmatter.summary}
        </p>
        {node.lockedPhone ? (
          // What still works comes first: a person on a locked phone may need an emergency call before any step.
          <Callout tone="info" title={t('stillWorks.title')}>
            <ul className="list-disc space-y-1 ps-6">
              {stillWorks.map((k) => (
                <li key={k}>{t(`stillWorks.${k}`)}</li>
              ))}
            </ul>
            <p>{t('stillWorks.note')}</p>
          </Callout>
        ) : null}
        {brand ? (
          <Callout tone="info" title={t('brand.noteTitle', { brand: t(`brand.options.${brand as BrandKey}`) })}>
            <p>{t(`brand.notes.${brand as BrandKey}`)}</p>
          </Callout>
        ) : null}
        <h2 className="mb-4 text-2xl font-bold">{t('stepsTitle')}</h2>
        <div className="text-lg" lang={textLang}>
          {body}
        </div>
        {node.lockedPhone ? (
          <Callout tone="warning" title={t('dontDo.title')}>
            <ul className="list-disc space-y-1 ps-6">
              {dontDo.map((k) => (
                <li key={k}>{t(`dontDo.${k}`)}</li>
              ))}
            </ul>
          </Callout>
        ) : null}
      </div>
      <ReadAloudButton targetId="tool-text" lang={locale} labels={{ read: t('readAloud'), stop: t('stopReading') }} />
      <section aria-labelledby="tools-heading" className="mt-6">
        <h2 id="tools-heading" className="mb-4 text-2xl font-bold">
          {t('toolsTitle')}
        </h2>
        <ul className="m-0 flex list-none flex-col items-stretch gap-4 p-0 sm:items-start">
          {node.tools.map((tool, i) => (
            <li key={i}>
              <ButtonLink
                className="w-full sm:w-auto"
                variant={i === 0 ? 'primary' : 'secondary'}
                href={localePath(locale, toolPath(tool, country))}
                data-tool={tool.tool}
              >
                {/* Built from the flow's tool links: not a literal, but every outcome is prerendered under npm test (INTL_STRICT), so a missing label fails the build. */}
                {t(toolLabelKey(tool, country) as Parameters<typeof t>[0])}
              </ButtonLink>
            </li>
          ))}
        </ul>
      </section>
      {/* Where to complain in the country answered; "another country" gets the general advice. */}
      {country || countryAsked ? <ComplaintBodies country={country} locale={locale} level={2} /> : null}
      <ShareControl
        path={path}
        url={new URL(path, siteUrl()).href}
        title={text.frontmatter.title}
        labels={{
          heading: t('share.heading'),
          share: t('share.share'),
          copy: t('share.copy'),
          copied: t('share.copied'),
          copyFailed: t('share.copyFailed'),
          linkHint: t('share.linkHint'),
        }}
      />
      <AnswerList flow={flow} answers={answers} trail={trail} locale={locale} />
      <details className="mt-8 text-sm">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t('sources')}</summary>
        <ul className="list-disc space-y-1 ps-6">
          {node.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer" className="break-all">
                <bdi>{s.title ?? s.url}</bdi>
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-muted">
          {t('updated', { date: format.dateTime(new Date(`${node.updated}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
        </p>
      </details>
    </>
  );
}
