import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTranslations } from 'next-intl/server';
import { loadFlow, loadOutcomeText } from '@/lib/flow/load';
import { nodeMap } from '@/lib/flow/resolve';
import { guideSlugs, pageSlugs } from '@/lib/pages/routes';
import { loadPage } from '@/lib/pages/load';
import { questionWords } from '@/lib/flow/labels';

/**
 * Preview images are keyed by content, not by URL: one per page type, guide
 * and troubleshooter node per locale, so their number stays small as trails,
 * lenders and countries grow (lender and country pages use their section's image).
 */
export function ogKeys(): string[] {
  return [
    'home',
    ...pageSlugs,
    'guides',
    ...guideSlugs.map((s) => `guide-${s}`),
    'lenders',
    'contacts',
    'letter',
    'share',
    ...loadFlow().nodes.map((n) => `troubleshoot-${n.id}`),
  ];
}

/** The image for a locale-less page path, when the page does not name a more exact one. */
export function ogKeyForPath(pagePath: string): string {
  const [first = '', second] = pagePath.split('?')[0]!.split('/').filter(Boolean);
  if (!first) return 'home';
  if (first === 'guides' && second) return `guide-${second}`;
  if (first === 'troubleshoot') return 'troubleshoot-' + loadFlow().start;
  return ogKeys().includes(first) ? first : 'home';
}

export function ogImagePath(locale: string, key: string): string {
  return `/og/${locale}/${key}.png`;
}

/**
 * Satori (next/og) cannot shape Urdu's letters with any font we can ship, and
 * a missing glyph makes it fetch fonts from another site. Urdu images show the
 * English title until a shaper that handles Nastaliq/Naskh Urdu is available.
 */
export const imageLocale = (locale: string) => (locale === 'ur' ? 'en' : locale);

/** The title drawn on an image, in the image's locale. */
export async function ogTitle(pageLocale: string, key: string): Promise<string> {
  const locale = imageLocale(pageLocale);
  if (key.startsWith('troubleshoot-')) {
    const flow = loadFlow();
    const node = nodeMap(flow).get(key.slice('troubleshoot-'.length));
    if (!node) throw new Error(`no troubleshoot node for image ${key}`);
    return node.type === 'outcome' ? (loadOutcomeText(locale, node.id)?.frontmatter.title ?? node.id) : (await questionWords(flow, node, locale)).question;
  }
  if (key.startsWith('guide-')) return loadPage(locale, 'guides', key.slice('guide-'.length)).frontmatter.title;
  if ((pageSlugs as readonly string[]).includes(key)) return loadPage(locale, 'pages', key).frontmatter.title;
  const [namespace, message] = (
    {
      home: ['home', 'title'],
      guides: ['pages', 'guides.title'],
      lenders: ['lenders', 'metaTitle'],
      contacts: ['contacts', 'metaTitle'],
      letter: ['letter', 'title'],
      share: ['share', 'title'],
    } as const
  )[key as 'home'];
  return (await getTranslations({ locale, namespace }))(message);
}

function font(pkg: string, file: string): ArrayBuffer {
  const buf = readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', file));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** WOFF (Satori cannot read WOFF2): Latin first, then each script a shipped locale needs. */
export function ogFonts() {
  return [
    ['noto-sans', 'noto-sans-latin-700-normal.woff'],
    ['noto-sans', 'noto-sans-latin-ext-700-normal.woff'],
    ['noto-sans', 'noto-sans-vietnamese-700-normal.woff'],
    // Noto Sans Arabic and Noto Naskh use a GSUB lookup Satori cannot read yet (type 5, format 3); Cairo works.
    ['cairo', 'cairo-arabic-700-normal.woff'],
    ['noto-sans-devanagari', 'noto-sans-devanagari-devanagari-700-normal.woff'],
    ['noto-sans-bengali', 'noto-sans-bengali-bengali-700-normal.woff'],
    ['noto-sans-tamil', 'noto-sans-tamil-tamil-700-normal.woff'],
    ['noto-sans-thai', 'noto-sans-thai-thai-700-normal.woff'],
  ].map(([pkg, file]) => ({ name: file!.replace('-700-normal.woff', ''), data: font(pkg!, file!), weight: 700 as const, style: 'normal' as const }));
}
