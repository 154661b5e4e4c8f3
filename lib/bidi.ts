/** Phone numbers (with or without +country code), e-mail addresses and codes like *#06#: runs that always read left to right. */
const ltrRun = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{4,}\d|[*#][\d*#]+#/gu;

/** A text cut into its plain parts and its left-to-right runs, which are shown isolated (`<bdi dir="ltr">`). */
export function ltrRuns(text: string): { text: string; ltr: boolean }[] {
  const parts: { text: string; ltr: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(ltrRun)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), ltr: false });
    parts.push({ text: m[0], ltr: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), ltr: false });
  return parts;
}
