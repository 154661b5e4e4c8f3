import { locales } from '@/lib/i18n/routing';
import { getSearchIndex } from '@/lib/search/server';

// Built once per locale at build time; the browser fetches it when someone starts typing.
export const dynamic = 'force-static';
// Like the pages: a CDN keeps it a day, then serves it stale while it fetches the new build's copy.
export const revalidate = 86400;
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return Response.json(getSearchIndex(locale).toJSON());
}
