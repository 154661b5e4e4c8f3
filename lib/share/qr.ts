import QRCode from 'qrcode';

/**
 * A QR code as one SVG path, made synchronously so the server can print it
 * into static HTML (it prints without JavaScript) and the link builder can
 * redraw it on every change without an effect. Dark modules are 1×1 squares;
 * the quiet zone is 4 modules, as the QR standard asks.
 */
export function qrSvg(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return { size: modules.size + quiet * 2, path };
}
