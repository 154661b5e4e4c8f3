import { getTranslations } from 'next-intl/server';
import type { CountryNode, Flow, QuestionNode } from '@/lib/flow/schema';
import { questionsLeft, type Answer } from '@/lib/flow/resolve';
import { loadQuestionText } from '@/lib/flow/load';
import { renderMdx } from '@/lib/content/mdx';
import { localePath } from '@/lib/i18n/paths';
import { questionWords } from './labels';
import { trailHref } from './trail';
import { AnswerList } from './AnswerList';
import { ReadAloud } from './ReadAloud';
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
  node: QuestionNode | CountryNode;
  answers: Answer[];
  trail: string[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'troubleshoot' });
  const words = await questionWords(flow, node, locale);
  const text = node.type === 'question' ? loadQuestionText(locale, node.id) : null;
  const hint = text ? await renderMdx(text.body, text.locale) : <p className="mb-4">{t('country.hint')}</p>;
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
        <ul className="m-0 mt-6 list-none space-y-3 p-0" aria-label={words.question}>
          {words.options.map((o) => (
            <li key={o.id}>
              <a
                href={trailHref(locale, [...trail, o.id])}
                className="block min-h-11 rounded-sm border-2 border-brand bg-white px-4 py-3 text-lg font-semibold text-brand no-underline shadow-[0_2px_0_var(--color-brand-dark)] visited:text-brand hover:bg-info-bg"
              >
                {o.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-6">
        <ReadAloud targetId="tool-text" lang={locale} labels={{ read: t('readAloud'), stop: t('stopReading') }} />
      </div>
      <AnswerList flow={flow} answers={answers} trail={trail} locale={locale} />
    </>
  );
}
