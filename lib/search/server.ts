import 'server-only';
import type MiniSearch from 'minisearch';
import { contentDir } from '@/lib/content/paths';
import { collectDocs } from './sources';
import { createIndex, type SearchDoc } from './engine';

const built = new Map<string, MiniSearch<SearchDoc>>();

/** The locale's index, built once per server process from the content files (and once per locale at build time for the browser's copy). */
export function getSearchIndex(locale: string): MiniSearch<SearchDoc> {
  let index = built.get(locale);
  if (!index) built.set(locale, (index = createIndex(collectDocs(contentDir(), locale))));
  return index;
}
