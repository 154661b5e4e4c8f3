import { qrSvg } from '@/lib/share/qr';

/** A QR code of `text`, drawn as SVG black on white (also when printed), with an accessible name. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = qrSvg(text);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={className}
      data-qr={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} stroke="#000" strokeWidth={1} fill="none" />
    </svg>
  );
}
