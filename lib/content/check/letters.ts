import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { computedFields, isRequired, letterTypes, placeholdersIn, typeFields, type FieldId } from '@/lib/letter/fields';
import { letterFile, letterFrontmatterSchema } from '@/lib/letter/templates';
import { listFiles, readMdxFile } from '../read';
import { parseWith, type CheckContext } from './context';

const computed = computedFields as readonly string[];

/**
 * `content/{locale}/letters/{type}.mdx`: every type in every locale, valid
 * frontmatter, and every placeholder a field the type really asks for.
 */
export function checkLetters(ctx: CheckContext) {
  for (const locale of locales) {
    const dir = path.join(ctx.root, locale, 'letters');
    for (const f of listFiles(dir, '.mdx')) {
      if (!(letterTypes as readonly string[]).includes(f.replace(/\.mdx$/, ''))) {
        ctx.report(path.join(dir, f), '(file)', `is not a letter type (known: ${letterTypes.join(', ')})`);
      }
    }
    for (const type of letterTypes) {
      const file = letterFile(ctx.root, locale, type);
      let parsed: ReturnType<typeof readMdxFile>;
      try {
        parsed = readMdxFile(file);
      } catch (e) {
        const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
        ctx.report(file, '(file)', missing ? `translation missing: ${locale} has no letters/${type}.mdx` : `cannot be read: ${(e as Error).message}`);
        continue;
      }
      const fm = parseWith(ctx, file, letterFrontmatterSchema, parsed.data, 'frontmatter');
      const expected = typeFields(type);
      if (fm) {
        for (const name of placeholdersIn(fm.subject)) {
          if (!computed.includes(name) && !(expected.includes(name as FieldId) && isRequired(type, name as FieldId))) {
            ctx.report(file, 'frontmatter.subject', `placeholder {${name}} must be a required field of ${type} (${expected.filter((f) => isRequired(type, f)).join(', ')})`);
          }
        }
      }
      const body = parsed.body;
      const used = new Set(placeholdersIn(body));
      for (const name of used) {
        if (!computed.includes(name) && !expected.includes(name as FieldId)) {
          ctx.report(file, 'body', `placeholder {${name}} is not a field of ${type} (known: ${[...expected, ...computed].join(', ')})`);
        }
      }
      for (const f of expected) if (!used.has(f)) ctx.report(file, 'body', `never uses {${f}}, a field the form asks for`);
      for (const m of body.matchAll(/\{[^}\n]*\}?/g)) {
        if (!/^\{[A-Za-z][A-Za-z0-9]*\}$/.test(m[0])) ctx.report(file, 'body', `malformed placeholder "${m[0]}": write it like {fullName}`);
      }
      if (/<[A-Za-z/!]/.test(body)) ctx.report(file, 'body', 'letters are plain text: no HTML, MDX components or comments');
    }
  }
}
