import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { contentDir } from './paths';
import { listFiles, readJson } from './read';
import { lenderSchema, type Lender } from './lenders.schema';

export { lenderSchema, lenderTypes, paymentKinds, escalationActions, type Lender } from './lenders.schema';

/** Every lender, sorted by name. `content:check` has proved each file valid; parse again so types are real. */
export const loadLenders = cache((): Lender[] =>
  listFiles(path.join(contentDir(), 'lenders'), '.json')
    .map((f) => lenderSchema.parse(readJson(path.join(contentDir(), 'lenders', f))))
    .sort((a, b) => a.name.localeCompare(b.name, 'en')),
);

export const loadLender = cache((id: string): Lender | undefined => loadLenders().find((l) => l.id === id));
