import { getFormatter, getTranslations } from 'next-intl/server';
import type { PageFrontmatter } from '@/lib/content/schemas';
import type { LoadedMdx } from '@/lib/content/load';
import { renderMdx } from '@/components/mdx/render';
import { Callout } from '@/components/ui/Callout';
import { ReadAloudButton } from '@/components/ui/ReadAloudButton';

/** An article from MDX: title, "not yet translated" note where it fell back to English, body, last-updated date. */
export async function MdxArticle({ page, locale }: { page: LoadedMdx<PageFrontmatter>; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'content' });
  const r = await getTranslations({ locale, namespace: 'troubleshoot' });
  const format = await getFormatter({ locale });
  const body = await renderMdx(page.body, page.locale);
  return (
    <article id="article-text" lang={page.fallback ? page.locale : undefined}>
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{page.frontmatter.title}</h1>
      {/* Read in the language the text is in, with the page's words on the button. */}
      <ReadAloudButton targetId="article-text" lang={page.locale} labels={{ read: r('readAloud'), stop: r('stopReading') }} />
      {page.fallback ? (
        <div lang={locale}>
          <Callout tone="info">
            <p>{t('fallbackNotice')}</p>
          </Callout>
        </div>
      ) : null}
      <div className="text-lg">{body}</div>
      <p className="mt-10 text-sm text-muted" lang={locale}>
        {t('updated', { date: format.dateTime(new Date(`${page.frontmatter.updated}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
      </p>
    </article>
  );
}
