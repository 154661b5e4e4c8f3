/**
 * A QR code drawn as SVG black on white (also when printed), with an accessible name, from a path made by
 * lib/share/qr.ts. Apart from QrCode so the link builder can draw one without bundling the QR library up front.
 */
export function QrSvg({ text, label, className, size, path }: { text: string; label: string; className?: string; size: number; path: string }) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" className={className} data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} stroke="#000" strokeWidth={1} fill="none" />
    </svg>
  );
}
