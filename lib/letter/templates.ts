import path from 'node:path';
import { z } from 'zod';
import { readMdxFile } from '@/lib/content/read';
import type { LetterType } from './fields';
import type { LetterTemplate } from './render';

/**
 * Frontmatter of `content/{locale}/letters/{type}.mdx`. Which fields a letter
 * uses comes from `lib/letter/fields.ts` alone; `content:check` makes sure the
 * body uses each of them.
 */
export const letterFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  subject: z.string().min(1),
});
export type LetterFrontmatter = z.infer<typeof letterFrontmatterSchema>;

export function letterFile(root: string, locale: string, type: LetterType): string {
  return path.join(root, locale, 'letters', `${type}.mdx`);
}

/** Reads one template as plain strings. The body is plain text with `{placeholders}`, never compiled as MDX. */
export function readLetterTemplate(root: string, locale: string, type: LetterType): LetterTemplate {
  const { data, body } = readMdxFile(letterFile(root, locale, type));
  const fm = letterFrontmatterSchema.parse(data);
  return { title: fm.title, description: fm.description, subject: fm.subject, body: body.trim() };
}
