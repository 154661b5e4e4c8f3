import 'server-only';
import { compileMDX } from 'next-mdx-remote/rsc';
import { mdxComponents } from './mdx-components';

/** Renders MDX body text (frontmatter already removed) to React on the server. No client JavaScript. */
export async function renderMdx(body: string, locale: string) {
  const { content } = await compileMDX({
    source: body,
    components: mdxComponents(locale),
    options: { parseFrontmatter: false, blockJS: true },
  });
  return content;
}
