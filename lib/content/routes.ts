import { troubleshootPaths } from '@/lib/flow/read';
import { letterPaths } from '@/lib/letter/routes';
import { pagesSitePaths } from '@/lib/pages/routes';
import { sharePaths } from '@/lib/share/routes';
import { directoryPaths } from './directory-routes';

/**
 * Every page of the site as a locale-less path ("/lenders/dmi-finance").
 * The sitemap lists these in every locale, and `content:check` uses the set to
 * prove that internal links in content point at a real page.
 */
export function sitePaths(root: string): string[] {
  return ['/', ...troubleshootPaths(root), ...directoryPaths(root), ...letterPaths(), ...pagesSitePaths(), ...sharePaths()];
}
