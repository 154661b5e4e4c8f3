/** Names MDX may use as components; `content:check` rejects any other, and `components/mdx/mdx-components` provides each. */
export const mdxComponentNames = ['Callout', 'Steps', 'Step', 'Ltr'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
