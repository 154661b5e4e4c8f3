import { Fragment, type ReactNode } from 'react';
import { ltrRuns } from '@/lib/bidi';

/**
 * Text with every left-to-right run (an example phone number, an e-mail
 * address, *#06#) isolated in `<bdi dir="ltr">`, so that in Arabic or Urdu the
 * "+" and the digit groups keep their order and the words around them do not
 * jump. Plain text in, React text nodes out: nothing becomes markup.
 */
export function Isolate({ text }: { text: string }): ReactNode {
  const parts = ltrRuns(text);
  if (!parts.some((p) => p.ltr)) return text;
  return parts.map((p, i) =>
    p.ltr ? (
      <bdi key={i} dir="ltr">
        {p.text}
      </bdi>
    ) : (
      <Fragment key={i}>{p.text}</Fragment>
    ),
  );
}
