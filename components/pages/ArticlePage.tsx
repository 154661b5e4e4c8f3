import type { LoadedMdx } from '@/lib/content/load';
import type { PageFrontmatter } from '@/lib/content/schemas';
import { MdxArticle } from '@/components/content/MdxArticle';
import { SourceList } from './SourceList';

/** An MDX article followed by its sources. */
export function ArticlePage({ page, locale }: { page: LoadedMdx<PageFrontmatter>; locale: string }) {
  return (
    <>
      <MdxArticle page={page} locale={locale} />
      <SourceList sources={page.frontmatter.sources ?? []} locale={locale} />
    </>
  );
}
