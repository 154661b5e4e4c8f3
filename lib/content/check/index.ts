import { contentDir } from '../paths';
import { createContext, type Checker, type ContentIssue } from './context';
import { checkArticles, checkLocaleDirs, checkMessages } from './core';
import { checkGlossary } from './glossary';
import { checkFlow } from './flow';
import { checkPages } from './pages';

/** Every rule content must meet. Each feature adds its checker here. */
const checkers: Checker[] = [checkLocaleDirs, checkMessages, checkArticles, checkGlossary, checkFlow, checkPages];

export async function checkContent(root: string = contentDir()): Promise<ContentIssue[]> {
  const ctx = createContext(root);
  for (const check of checkers) await check(ctx);
  return ctx.issues;
}

export type { ContentIssue };
