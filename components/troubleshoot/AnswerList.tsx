import { getTranslations } from 'next-intl/server';
import type { Flow } from '@/lib/flow/schema';
import type { Answer } from '@/lib/flow/resolve';
import { questionWords } from '@/lib/flow/labels';
import { trailHref } from '@/lib/flow/trail';

/** "Your answers": each question with the answer given and a link back to that question to change it. */
export async function AnswerList({ flow, answers, trail, locale }: { flow: Flow; answers: Answer[]; trail: string[]; locale: string }) {
  if (answers.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'troubleshoot' });
  const rows = await Promise.all(
    answers.map(async (a, i) => {
      const words = await questionWords(flow, a.node, locale);
      return { question: words.question, answer: words.options.find((o) => o.id === a.option)?.label ?? a.option, href: trailHref(locale, trail.slice(0, i)) };
    }),
  );
  return (
    <section aria-labelledby="answers-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="answers-heading" className="mb-4 text-xl font-bold">
        {t('yourAnswers')}
      </h2>
      <dl className="m-0 divide-y divide-line border-y border-line">
        {rows.map((r, i) => (
          <div key={i} className="grid grid-cols-[1fr_auto] gap-x-4 py-3">
            <dt className="text-muted">{r.question}</dt>
            <dd className="col-start-1 m-0 font-semibold">{r.answer}</dd>
            <dd className="col-start-2 row-span-2 row-start-1 m-0">
              <a href={r.href} className="inline-flex min-h-11 items-center">
                {t('change')}
                <span className="sr-only">: {r.question}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <a href={trailHref(locale, [])} className="inline-flex min-h-11 items-center font-semibold">
          {t('startAgain')}
        </a>
      </p>
    </section>
  );
}
