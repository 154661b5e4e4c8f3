import QRCode from 'qrcode';

/**
 * A QR code as one SVG path, made synchronously so the server can print it
 * into static HTML (it prints without JavaScript) and the link builder can
 * redraw it on every change without an effect. Each row's runs of dark
 * modules are one stroked line 1 module thick, written with relative moves
 * (`M4 4.5h7m1 0h1…`): a fifth of the bytes of one square per module, which
 * matters because the code is in every page's HTML for printing. Stroke it
 * black with width 1. The quiet zone is 4 modules, as the QR standard asks.
 */
export function qrSvg(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    let pen = -1; // x where the pen stands on this row, -1 before the first run
    for (let x = 0; x < modules.size;) {
      if (!modules.get(x, y)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < modules.size && modules.get(x + run, y)) run++;
      path += pen < 0 ? `M${x + quiet} ${y + quiet}.5h${run}` : `m${x - pen} 0h${run}`;
      pen = x + run;
      x += run;
    }
  }
  return { size: modules.size + quiet * 2, path };
}
