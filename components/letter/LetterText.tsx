import { Fragment } from 'react';
import { localeDir } from '@/lib/i18n/routing';
import type { Segment } from '@/lib/letter/render';

function Segments({ segs }: { segs: Segment[] }) {
  return segs.map((s, i) =>
    s.kind === 'text' ? (
      <Fragment key={i}>{s.text}</Fragment>
    ) : (
      // Each value is isolated, so a name in another script or a stray direction mark cannot reorder the letter around it.
      // Numbers and codes move to the next line whole rather than split, which would scramble their order in a right-to-left line.
      <bdi
        key={i}
        dir={s.ltr ? 'ltr' : undefined}
        data-field={s.field}
        className={`${s.ltr ? 'inline-block max-w-full' : ''} ${s.blank ? 'bg-warning-bg' : ''}`.trim() || undefined}
      >
        {s.text}
      </bdi>
    ),
  );
}

/**
 * A letter as text: React puts every value in as a text node, so nothing a
 * person types can become markup. Direction and language follow the letter,
 * not the page.
 */
export function LetterText({
  locale,
  subjectWord,
  subjectLines,
  bodyLines,
  id,
}: {
  locale: string;
  subjectWord: string;
  subjectLines: Segment[][];
  bodyLines: Segment[][];
  id?: string;
}) {
  return (
    <div id={id} lang={locale} dir={localeDir(locale)} className="letter-text border border-line bg-white p-4 text-base break-words print:border-0 print:p-0">
      <p className="mb-4 font-bold">
        {subjectWord}:{' '}
        {subjectLines.map((segs, i) => (
          <Segments key={i} segs={segs} />
        ))}
      </p>
      <div className="whitespace-pre-wrap">
        {bodyLines.map((segs, i) => (
          <Fragment key={i}>
            <Segments segs={segs} />
            {i < bodyLines.length - 1 ? '\n' : null}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
