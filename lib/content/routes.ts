import { troubleshootPaths } from '@/lib/flow/read';
import { pagesSitePaths } from '@/lib/pages/routes';

/**
 * Every page of the site as a locale-less path ("/lenders/dmi-finance").
 * The sitemap lists these in every locale, and `content:check` uses the set to
 * prove that internal links in content point at a real page.
 */
export function sitePaths(root: string): string[] {
  return ['/', ...troubleshootPaths(root), ...pagesSitePaths()];
}

/**
 * Top-level routes fixed by the route contract in DESIGN.md. Content may link
 * to them while the feature that serves them is built on another branch.
 */
export const contractPaths = ['/lenders', '/contacts', '/letter'];
