/** The link builder's page, locale-less, for the sitemap and the link checker. */
export function sharePaths(): string[] {
  return ['/share'];
}
