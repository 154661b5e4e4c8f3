/** schema.org data for search engines and link previews; plain objects, rendered by components/share/JsonLd. */

/** The titles of `<Step title="…">` in an MDX body, in order (the numbered steps of an outcome or guide). */
export function stepTitles(body: string): string[] {
  return [...body.matchAll(/<Step\s+title=(?:"([^"]*)"|'([^']*)')/g)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter(Boolean);
}

export function howTo({ url, title, description, locale, steps }: { url: string; title: string; description: string; locale: string; steps: string[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: title,
    description,
    inLanguage: locale,
    url,
    step: steps.map((name, i) => ({ '@type': 'HowToStep', position: i + 1, name, text: name })),
  };
}

export function article({ url, title, description, locale, updated }: { url: string; title: string; description: string; locale: string; updated?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    inLanguage: locale,
    url,
    ...(updated ? { dateModified: updated } : {}),
  };
}

/** JSON for an inline data block: `<` is escaped so no text can close the script element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
