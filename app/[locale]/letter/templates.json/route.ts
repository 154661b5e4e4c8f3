import { isLocale, locales } from '@/lib/i18n/routing';
import { loadLetterPack } from '@/lib/letter/page-data';

// One file per letter language, built at build time. The letter page fetches it
// when someone chooses to write in a language other than the page's.
export const dynamic = 'force-static';
// Like the pages: a CDN keeps it a day, then serves it stale while it fetches the new build's copy.
export const revalidate = 86400;
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return Response.json(loadLetterPack(locale));
}
