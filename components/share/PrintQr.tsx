import { QrCode } from './QrCode';

/**
 * Printed only: the page's address and its QR code at the foot of the sheet,
 * so a shop can hand out a printout and the person can open the page again.
 */
export function PrintQr({ url, label }: { url: string; label: string }) {
  return (
    <aside className="print-qr mt-8 hidden items-center gap-4 border-t border-line pt-4 print:flex" aria-label={label}>
      <QrCode text={url} label={url} className="size-28 shrink-0" />
      <p className="m-0">
        {label}
        <br />
        <span dir="ltr" className="ltr-island break-all font-semibold">
          {url}
        </span>
      </p>
    </aside>
  );
}
