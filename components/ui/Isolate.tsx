import { Fragment, type ReactNode } from 'react';

/** Phone numbers (with or without +country code), e-mail addresses and codes like *#06#: runs that always read left to right. */
const ltrRun = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{4,}\d|[*#][\d*#]+#/gu;

/**
 * Text with every left-to-right run (an example phone number, an e-mail
 * address, *#06#) isolated in `<bdi dir="ltr">`, so that in Arabic or Urdu the
 * "+" and the digit groups keep their order and the words around them do not
 * jump. Plain text in, React text nodes out: nothing becomes markup.
 */
export function Isolate({ text }: { text: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(ltrRun)) {
    const start = m.index ?? 0;
    if (start > last) parts.push(<Fragment key={`t${start}`}>{text.slice(last, start)}</Fragment>);
    parts.push(
      <bdi key={`b${start}`} dir="ltr">
        {m[0]}
      </bdi>,
    );
    last = start + m[0].length;
  }
  if (!parts.length) return text;
  if (last < text.length) parts.push(<Fragment key="end">{text.slice(last)}</Fragment>);
  return parts;
}
