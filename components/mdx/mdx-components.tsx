import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Callout } from '@/components/ui/Callout';
import { localePath } from '@/lib/i18n/paths';

/**
 * What MDX content may use. Internal links are written without a locale
 * ("/lenders") and stay in the reader's language; links to other sites are
 * marked as such.
 */
export function mdxComponents(locale: string) {
  function A({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
    if (href.startsWith('/'))
      return (
        <a href={localePath(locale, href)} {...rest}>
          {children}
        </a>
      );
    if (href.startsWith('#'))
      return (
        <a href={href} {...rest}>
          {children}
        </a>
      );
    return (
      <a href={href} rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  }
  return {
    a: A,
    h2: (p: { children?: ReactNode }) => <h2 className="mt-8 mb-3 text-2xl font-bold">{p.children}</h2>,
    h3: (p: { children?: ReactNode }) => <h3 className="mt-6 mb-2 text-xl font-bold">{p.children}</h3>,
    p: (p: { children?: ReactNode }) => <p className="mb-4">{p.children}</p>,
    ul: (p: { children?: ReactNode }) => <ul className="mb-4 list-disc space-y-2 ps-6">{p.children}</ul>,
    ol: (p: { children?: ReactNode }) => <ol className="mb-4 list-decimal space-y-2 ps-6">{p.children}</ol>,
    strong: (p: { children?: ReactNode }) => <strong className="font-bold">{p.children}</strong>,
    Callout: (p: { tone?: 'info' | 'warning' | 'danger' | 'success'; title?: string; children: ReactNode }) => (
      <Callout tone={p.tone} title={p.title} headingLevel={3}>
        {p.children}
      </Callout>
    ),
    /** Numbered steps with large counters, for "do this, then this". */
    Steps: (p: { children: ReactNode }) => (
      <ol className="mb-6 list-none space-y-4 ps-0 [counter-reset:step] [&>li]:relative [&>li]:ps-12 [&>li]:[counter-increment:step] [&>li]:before:absolute [&>li]:before:start-0 [&>li]:before:top-0 [&>li]:before:flex [&>li]:before:h-8 [&>li]:before:w-8 [&>li]:before:items-center [&>li]:before:justify-center [&>li]:before:rounded-full [&>li]:before:bg-brand [&>li]:before:font-bold [&>li]:before:text-white [&>li]:before:content-[counter(step)]">
        {p.children}
      </ol>
    ),
    Step: (p: { title?: string; children: ReactNode }) => (
      <li>
        {p.title ? <strong className="block text-lg">{p.title}</strong> : null}
        {p.children}
      </li>
    ),
    /** Keeps numbers, IMEIs, codes and URLs left to right inside right-to-left text. */
    Ltr: (p: { children: ReactNode }) => <bdi className="ltr-island">{p.children}</bdi>,
  };
}

export { mdxComponentNames } from '@/lib/content/mdx-names';
