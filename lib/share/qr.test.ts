import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from './qr';

/** Dark modules straight from the library, offset by the quiet zone. */
function* qrSvgModules(text: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) yield `${x + 4},${y + 4}`;
}

describe('qrSvg', () => {
  it('draws a square code with a quiet zone', () => {
    const { size, path } = qrSvg('https://example.org/en/avoid');
    // Version 3 (29 modules) at level M, plus 4 quiet modules each side.
    expect(size).toBe(37);
    // The finder pattern's top edge is one run of 7 dark modules.
    expect(path).toMatch(/^M4 4\.5h7m/);
  });

  it('draws every dark module once, as runs along each row', () => {
    const { path } = qrSvg('https://example.org/en/avoid');
    // Follow the pen: M x y.5 starts a row, m dx 0 skips light modules, h n draws n dark ones.
    const commands = [...path.matchAll(/M(\d+) (\d+)\.5|m(\d+) 0|h(\d+)/g)];
    expect(commands.map((m) => m[0]).join('')).toBe(path);
    const cells = new Set<string>();
    let x = 0;
    let y = 0;
    for (const [, mx, my, dx, w] of commands) {
      if (mx !== undefined) [x, y] = [Number(mx), Number(my)];
      else if (dx !== undefined) x += Number(dx);
      else for (let i = 0; i < Number(w); i++) cells.add(`${x++},${y}`);
    }
    const dark = [...qrSvgModules('https://example.org/en/avoid')];
    expect([...cells].sort()).toEqual(dark.sort());
  });
});
