import QRCode from 'qrcode';

/**
 * A QR code as one SVG path, made synchronously so the server can print it
 * into static HTML (it prints without JavaScript) and the link builder can
 * redraw it on every change without an effect. Each row's runs of dark
 * modules are one rectangle (a third of the bytes of one square per module,
 * which matters: the code is in every page's HTML for printing). The quiet
 * zone is 4 modules, as the QR standard asks.
 */
export function qrSvg(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; ) {
      if (!modules.get(x, y)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < modules.size && modules.get(x + run, y)) run++;
      path += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: modules.size + quiet * 2, path };
}
