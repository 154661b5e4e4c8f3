import { contentDir } from '../paths';
import { createContext, type Checker, type ContentIssue } from './context';
import { checkArticles, checkLocaleDirs, checkMessages } from './core';
import { checkLenders } from './lenders';
import { checkContacts } from './contacts';

/** Every rule content must meet. Each feature adds its checker here. */
const checkers: Checker[] = [checkLocaleDirs, checkMessages, checkArticles, checkLenders, checkContacts];

export async function checkContent(root: string = contentDir()): Promise<ContentIssue[]> {
  const ctx = createContext(root);
  for (const check of checkers) await check(ctx);
  return ctx.issues;
}

export type { ContentIssue };
