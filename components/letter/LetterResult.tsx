'use client';

import { useEffect, useRef, type MouseEvent } from 'react';
import { Button, buttonClass } from '@/components/ui/Button';
import { ReadAloud } from '@/components/ui/ReadAloud';
import { withSlots } from '@/components/ui/slots';
import type { Locale } from '@/lib/i18n/routing';
import { mailtoHref, type RenderedLetter } from '@/lib/letter/render';
import { fillTemplate } from '@/lib/template';
import type { LetterUiMessages } from '@/lib/letter/types';
import { LetterText } from './LetterText';

/**
 * The letter as it reads now, and once made (`made` counts the times), what to do with it: copy, download, print,
 * email. Each making moves focus to the heading, as a page change would.
 */
export function LetterResult({
  m,
  letter,
  letterLocale,
  subjectWord,
  lenderEmail,
  made,
  onCopy,
  onDownload,
  onPrint,
  whenValid,
}: {
  m: LetterUiMessages['preview'];
  letter: RenderedLetter;
  letterLocale: Locale;
  subjectWord: string;
  lenderEmail: string | undefined;
  made: number;
  onCopy: () => void;
  onDownload: () => void;
  onPrint: () => void;
  /** Runs the action only if the letter is complete (else the form shows what is missing). */
  whenValid: (action: () => void) => () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (made > 0) heading.current?.focus();
  }, [made]);

  const onEmail = (e: MouseEvent<HTMLAnchorElement>) => {
    let valid = false;
    whenValid(() => (valid = true))();
    if (!valid) e.preventDefault();
  };

  return (
    <section aria-labelledby="letter-preview-title" className="mt-6">
      <h2 id="letter-preview-title" ref={heading} tabIndex={-1} className="mb-2 text-2xl font-bold focus:outline-none print:hidden">
        {m.title}
      </h2>
      <p className="mb-4 text-muted print:hidden">{m.hint}</p>
      <ReadAloud targetId="letter-output" lang={letterLocale} labels={{ read: m.readAloud, stop: m.stopReading }} />
      <LetterText id="letter-output" locale={letterLocale} subjectWord={subjectWord} subjectLines={letter.subjectLines} bodyLines={letter.bodyLines} />
      {made > 0 ? (
        <div className="mt-6 print:hidden">
          <div className="flex flex-wrap gap-3">
            <Button onClick={onCopy}>{m.copy}</Button>
            <Button variant="secondary" onClick={onDownload}>
              {m.download}
            </Button>
            <Button variant="secondary" onClick={onPrint}>
              {m.print}
            </Button>
            <a
              href={mailtoHref({ to: lenderEmail, subject: letter.subject, body: letter.body })}
              className={buttonClass('secondary')}
              aria-describedby="letter-email-hint"
              onClick={onEmail}
            >
              {m.email}
            </a>
          </div>
          <p id="letter-email-hint" className="mt-3 text-muted">
            {lenderEmail ? withSlots((v) => fillTemplate(m.emailTo, v), { address: <bdi dir="ltr">{lenderEmail}</bdi> }) : m.emailNoAddress}
          </p>
        </div>
      ) : null}
    </section>
  );
}
