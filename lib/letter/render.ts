import { checkImei } from '@/lib/imei';
import { localeDir } from '@/lib/i18n/routing';
import {
  fieldSpecs,
  isFieldId,
  replyDays,
  isLtrField,
  isRequired,
  placeholderPattern,
  type ComputedField,
  type FieldId,
  type LetterType,
  type LetterValues,
} from './fields';

/** A template as the client receives it: plain strings, no MDX. */
export type LetterTemplate = { title: string; description: string; subject: string; body: string };

/** What a placeholder shows when empty, in the letter's language: "your full name". */
export type BlankLabels = Record<FieldId | ComputedField, string>;

export type Segment = { kind: 'text'; text: string } | { kind: 'value'; field: FieldId | ComputedField; text: string; blank: boolean; ltr: boolean };

export type RenderInput = {
  type: LetterType;
  /** The letter's language, which may differ from the page's. */
  locale: string;
  values: LetterValues;
  blanks: BlankLabels;
  /** YYYY-MM-DD; the page passes the person's today. */
  today: string;
  /**
   * `fill`: the person's letter; lines holding an empty optional field are left out.
   * `blank`: a template to copy by hand; every placeholder shows its [blank].
   */
  mode: 'fill' | 'blank';
};

// Bidi embedding, override and isolate controls: they could make the letter read differently from what was typed.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
// C0 controls other than tab and newline, and DEL.
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** User text as it goes into a letter: control characters removed, one line unless the field is multi-line. */
export function cleanValue(field: FieldId, raw: string): string {
  let v = raw.replace(/\r\n?/g, '\n').replace(bidiControls, '').replace(controlChars, '');
  if (fieldSpecs[field].kind !== 'textarea') v = v.replace(/\s*\n\s*/g, ' ');
  return v.trim();
}

export function formatDate(iso: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // Western digits in every language, so dates read the same as the IMEI and amounts beside them.
  return new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** The date an answer is due: `replyDays` after today (YYYY-MM-DD in, YYYY-MM-DD out). */
export function deadlineFrom(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + replyDays);
  return d.toISOString().slice(0, 10);
}

function displayValue(field: FieldId, raw: string, locale: string): string {
  const v = cleanValue(field, raw);
  if (!v) return '';
  const kind = fieldSpecs[field].kind;
  if (kind === 'imei') {
    const r = checkImei(v);
    return r.ok ? r.digits : v;
  }
  if (kind === 'date') return formatDate(v, locale);
  return v;
}

function renderText(text: string, input: RenderInput): Segment[] | null {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholderPattern)) {
    const name = m[1] as string;
    const start = m.index ?? 0;
    if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
    last = start + m[0].length;
    if (name === 'today' || name === 'deadline') {
      const iso = name === 'today' ? input.today : deadlineFrom(input.today);
      const value = input.mode === 'fill' && iso ? formatDate(iso, input.locale) : '';
      out.push({ kind: 'value', field: name, text: value || `[${input.blanks[name]}]`, blank: !value, ltr: false });
      continue;
    }
    if (!isFieldId(name)) {
      // content:check rejects unknown placeholders; keep the text as written rather than fail at runtime.
      out.push({ kind: 'text', text: m[0] });
      continue;
    }
    const value = input.mode === 'fill' ? displayValue(name, input.values[name] ?? '', input.locale) : '';
    if (!value && input.mode === 'fill' && !isRequired(input.type, name)) return null;
    out.push({ kind: 'value', field: name, text: value || `[${input.blanks[name]}]`, blank: !value, ltr: isLtrField(name) });
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** One segment list per line of the letter; a line whose optional field is empty is left out. */
export function renderLines(text: string, input: RenderInput): Segment[][] {
  const lines: Segment[][] = [];
  for (const line of text.replace(/\r\n?/g, '\n').trim().split('\n')) {
    const segs = renderText(line, input);
    if (segs === null) continue;
    const blank = segs.every((s) => s.kind === 'text' && s.text.trim() === '');
    const prevBlank = lines.length === 0 || lines[lines.length - 1]!.every((s) => s.kind === 'text' && s.text.trim() === '');
    // Leaving a line out must not leave two empty lines in a row.
    if (blank && prevBlank) continue;
    lines.push(blank ? [] : segs);
  }
  while (lines.length && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

const LRI = '\u2066';
// First-strong isolate: a name or quoted screen text takes its own direction (an English lock message in an Arabic letter).
const FSI = '\u2068';
const PDI = '\u2069';

/** Plain text of rendered lines. In a right-to-left letter, every value is isolated: numbers and codes left to right, names and quoted text in their own direction. */
export function linesToText(lines: Segment[][], locale: string): string {
  const rtl = localeDir(locale) === 'rtl';
  return lines.map((segs) => segs.map((s) => (s.kind === 'value' && rtl && !s.blank ? `${s.ltr ? LRI : FSI}${s.text}${PDI}` : s.text)).join('')).join('\n');
}

export type RenderedLetter = { subject: string; body: string; subjectLines: Segment[][]; bodyLines: Segment[][] };

export function renderLetter(template: Pick<LetterTemplate, 'subject' | 'body'>, input: RenderInput): RenderedLetter {
  // content:check allows only required fields in a subject, so it is never left out.
  const subjectLines = [renderText(template.subject, input) ?? []];
  const bodyLines = renderLines(template.body, input);
  return {
    subject: linesToText(subjectLines, input.locale),
    body: linesToText(bodyLines, input.locale),
    subjectLines,
    bodyLines,
  };
}

// No characters that would need encoding or could end the address part of the link.
const simpleEmail = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** `mailto:` link with subject and body encoded per RFC 6068 (line breaks as CRLF). An address we cannot trust is left out. */
export function mailtoHref({ to, subject, body }: { to?: string; subject: string; body: string }): string {
  const addr = to && simpleEmail.test(to) ? to : '';
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${addr}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}
