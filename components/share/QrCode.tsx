import { qrSvg } from '@/lib/share/qr';
import { QrSvg } from './QrSvg';

/** A QR code of `text`, made where it renders (the server, for printed pages). */
export function QrCode(props: { text: string; label: string; className?: string }) {
  return <QrSvg {...props} {...qrSvg(props.text)} />;
}
