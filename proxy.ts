import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but Next's own files, metadata routes and files with an extension.
  matcher: ['/((?!_next|_vercel|sitemap.xml|robots.txt|.*\\..*).*)'],
};
