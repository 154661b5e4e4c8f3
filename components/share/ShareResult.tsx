'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/Field';
import { buttonClass } from '@/components/ui/Button';
import { smsHref, whatsappHref } from '@/lib/share/message';
import type { qrSvg } from '@/lib/share/qr';
import { QrSvg } from './QrSvg';

type ResultLabels = Record<'link' | 'copy' | 'copied' | 'copyFailed' | 'message' | 'whatsapp' | 'sms' | 'qr' | 'showQr' | 'qrFailed', string>;

/** The built link: the address, copy, a QR code, and the message in the recipient's language with WhatsApp and SMS. */
export function ShareResult({
  url,
  message,
  lang,
  dir,
  labels,
}: {
  url: string;
  message: string;
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
  labels: ResultLabels;
}) {
  const [status, setStatus] = useState({ url: '', text: '' });
  // The QR code library is fetched only when someone asks for a code (most send the link or the message): the page
  // itself then loads less JavaScript (docs/BENCHMARKS.md). Once loaded, the code follows every change of the link.
  const [qr, setQr] = useState<{ draw: typeof qrSvg } | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const showQr = () => {
    setQrFailed(false);
    import('@/lib/share/qr').then(
      (mod) => setQr({ draw: mod.qrSvg }),
      () => setQrFailed(true),
    );
  };

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ url, text: labels.copied });
    } catch {
      setStatus({ url, text: labels.copyFailed });
    }
  }

  return (
    <section aria-labelledby="share-result" className="border-t-4 border-brand bg-surface p-4">
      <h2 id="share-result" className="mb-2 text-xl font-bold">
        {labels.link}
      </h2>
      <p className="mb-3 break-all">
        <a href={url} dir="ltr" className="ltr-island" data-testid="share-url">
          {url}
        </a>
      </p>
      <button type="button" onClick={copy} className={buttonClass('secondary')}>
        {labels.copy}
      </button>
      {/* "Copied" is about the link it was said for: choosing another page clears it. */}
      <p role="status" className="mt-2 min-h-6 font-semibold">
        {status.url === url ? status.text : ''}
      </p>
      {qr ? (
        <QrSvg text={url} label={labels.qr} className="my-4 size-48 bg-white" {...qr.draw(url)} />
      ) : (
        <div className="my-4">
          <button type="button" onClick={showQr} className={buttonClass('secondary')}>
            {labels.showQr}
          </button>
          {qrFailed ? (
            <p role="alert" className="mt-2 font-semibold text-danger">
              {labels.qrFailed}
            </p>
          ) : null}
        </div>
      )}
      <label htmlFor="share-message" className="block font-bold">
        {labels.message}
      </label>
      <textarea id="share-message" readOnly rows={4} value={message} lang={lang} dir={dir} className={`${inputClass} mt-2 mb-4`} />
      <div className="flex flex-wrap gap-3">
        <a href={whatsappHref(message)} className={buttonClass('primary')} rel="noopener noreferrer">
          {labels.whatsapp}
        </a>
        <a href={smsHref(message)} className={buttonClass('secondary')}>
          {labels.sms}
        </a>
      </div>
    </section>
  );
}
