import { contentDir } from '../paths';
import { createContext, type Checker, type ContentIssue } from './context';
import { checkArticles, checkLocaleDirs, checkMessages } from './core';
import { checkPages } from './pages';

/** Every rule content must meet. Each feature adds its checker here. */
const checkers: Checker[] = [checkLocaleDirs, checkMessages, checkArticles, checkPages];

export async function checkContent(root: string = contentDir()): Promise<ContentIssue[]> {
  const ctx = createContext(root);
  for (const check of checkers) await check(ctx);
  return ctx.issues;
}

export type { ContentIssue };
