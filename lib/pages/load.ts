import 'server-only';
import { loadMdx } from '@/lib/content/load';
import { pageFrontmatterSchema } from '@/lib/content/schemas';

/** `content/{locale}/pages/{slug}.mdx` or `guides/{slug}.mdx`; `content:check` proves every one exists. */
export function loadPage(locale: string, dir: 'pages' | 'guides', slug: string) {
  const page = loadMdx(locale, dir, slug, pageFrontmatterSchema);
  if (!page) throw new Error(`content/${locale}/${dir}/${slug}.mdx is missing`);
  return page;
}
