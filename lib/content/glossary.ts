import { z } from 'zod';

/**
 * A locale's glossary: the one word we use for each key term, and the words we
 * do not use for it. `content:check` fails when a locale's content uses an
 * avoided word, so readers meet the same word for the same thing everywhere.
 */
export const glossarySchema = z.strictObject({
  terms: z.record(
    z.string().regex(/^[a-z][a-zA-Z]*$/, 'term ids are camelCase'),
    z.strictObject({
      term: z.string().min(1),
      meaning: z.string().min(1).optional(),
      avoid: z.array(z.string().min(1)).default([]),
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;
