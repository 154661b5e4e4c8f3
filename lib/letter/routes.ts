/** The letter generator's pages, locale-less, for the sitemap and the link checker. */
export function letterPaths(): string[] {
  return ['/letter'];
}
