import { getTranslations } from 'next-intl/server';
import { otherCountry, type AskingNode, type Flow } from '@/lib/flow/schema';
import { questionsLeft, type Answer } from '@/lib/flow/resolve';
import { loadQuestionText } from '@/lib/flow/load';
import { renderMdx } from '@/components/mdx/render';
import { localePath } from '@/lib/i18n/paths';
import { byRegion, questionWords } from '@/lib/flow/labels';
import type { Region } from '@/lib/flow/regions';
import { trailHref } from '@/lib/flow/trail';
import { AnswerList } from './AnswerList';
import { ReadAloudButton } from '@/components/ui/ReadAloudButton';
import { BackChevron } from './BackChevron';

/**
 * One question. The options are plain links to the next page of the trail, so
 * the whole troubleshooter works without JavaScript and every step has an address.
 */
export async function QuestionView({
  flow,
  node,
  answers,
  trail,
  locale,
}: {
  flow: Flow;
  node: AskingNode;
  answers: Answer[];
  trail: string[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'troubleshoot' });
  const words = await questionWords(flow, node, locale);
  const text = node.type === 'question' ? loadQuestionText(locale, node.id) : null;
  const hint = text ? await renderMdx(text.body, text.locale) : <p className="mb-4">{t(node.type === 'brand' ? 'brand.hint' : 'country.hint')}</p>;
  const current = answers.length + 1;
  const back = trail.length ? trailHref(locale, trail.slice(0, -1)) : localePath(locale, '/');
  return (
    <>
      <p className="mb-4">
        <a href={back} className="inline-flex min-h-11 items-center gap-1">
          <BackChevron />
          {t('back')}
        </a>
      </p>
      <div id="tool-text">
        <p className="mb-2 font-semibold text-muted">{t('progress', { current, total: answers.length + questionsLeft(flow, node.id) })}</p>
        <h1 className="mb-4 text-3xl font-bold sm:text-4xl" lang={text?.fallback ? text.locale : undefined}>
          {words.question}
        </h1>
        <div className="text-lg text-muted" lang={text?.fallback ? text.locale : undefined}>
          {hint}
        </div>
        {node.type === 'country' ? (
          <CountryOptions options={words.options} trail={trail} locale={locale} regionName={(r) => t(`country.regions.${r}`)} label={words.question} />
        ) : (
          <OptionList options={words.options} trail={trail} locale={locale} label={words.question} />
        )}
      </div>
      <div className="mt-6">
        <ReadAloudButton targetId="tool-text" lang={locale} labels={{ read: t('readAloud'), stop: t('stopReading') }} />
      </div>
      <AnswerList flow={flow} answers={answers} trail={trail} locale={locale} />
    </>
  );
}

const optionClass =
  'block min-h-11 rounded-sm border-2 border-brand bg-white px-4 py-3 text-lg font-semibold text-brand no-underline shadow-[0_2px_0_var(--color-brand-dark)] visited:text-brand hover:bg-info-bg';

type Options = { id: string; label: string }[];

function OptionList({
  options,
  trail,
  locale,
  label,
  className = 'mt-6',
}: {
  options: Options;
  trail: string[];
  locale: string;
  label: string;
  className?: string;
}) {
  return (
    <ul className={`m-0 ${className} list-none space-y-3 p-0`} aria-label={label}>
      {options.map((o) => (
        <li key={o.id}>
          <a href={trailHref(locale, [...trail, o.id])} className={optionClass}>
            {o.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Fifty countries as plain links, grouped by part of the world, then "another country". */
function CountryOptions({
  options,
  trail,
  locale,
  label,
  regionName,
}: {
  options: Options;
  trail: string[];
  locale: string;
  label: string;
  regionName: (r: Region) => string;
}) {
  const other = options.filter((o) => o.id === otherCountry);
  return (
    <>
      {byRegion(options).map((g) => (
        <section key={g.region} aria-labelledby={`region-${g.region}`} className="mt-6">
          <h2 id={`region-${g.region}`} className="mb-3 text-xl font-bold">
            {regionName(g.region)}
          </h2>
          <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 sm:grid-cols-2" aria-label={`${label} ${regionName(g.region)}`}>
            {g.options.map((o) => (
              <li key={o.id}>
                <a href={trailHref(locale, [...trail, o.id])} className={optionClass}>
                  {o.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <OptionList options={other} trail={trail} locale={locale} label={label} className="mt-8" />
    </>
  );
}
