import { ImageResponse } from 'next/og';
import { localeDir, locales } from '@/lib/i18n/routing';
import { imageLocale, ogFonts, ogKeys, ogTitle } from '@/lib/share/og';

// Drawn once at build time; only the listed images exist.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => ogKeys().map((key) => ({ locale, key: `${key}.png` })));
}

/** A link preview: the page title in its own script on the site's colours. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; key: string }> }) {
  const { locale, key } = await params;
  const title = await ogTitle(locale, key.replace(/\.png$/, ''));
  const fonts = ogFonts();
  const rtl = localeDir(imageLocale(locale)) === 'rtl';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: rtl ? 'flex-end' : 'flex-start',
        padding: 72,
        background: '#0b0c0c',
        borderBottom: '24px solid #0b4f9c',
        color: '#fff',
        fontFamily: fonts.map((f) => f.name).join(', '),
      }}
    >
      {/* One box per word, laid out in reading order: Satori misplaces the spaces in right-to-left runs. */}
      <div
        style={{
          fontSize: title.length > 60 ? 56 : 72,
          lineHeight: 1.3,
          display: 'flex',
          flexWrap: 'wrap',
          flexDirection: rtl ? 'row-reverse' : 'row',
          columnGap: '0.3em',
        }}
      >
        {title.split(/\s+/).map((word, i) => (
          <span key={i}>{word}</span>
        ))}
      </div>
    </div>,
    { width: 1200, height: 630, fonts },
  );
}
