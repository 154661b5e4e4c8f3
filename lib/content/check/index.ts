import { contentDir } from '../paths';
import { createContext, type Checker, type ContentIssue } from './context';
import { checkArticles, checkLocaleDirs, checkMessages } from './core';
import { checkGlossary } from './glossary';
import { checkFlow } from './flow';
import { checkLetters } from './letters';
import { checkLenders } from './lenders';
import { checkContacts } from './contacts';
import { checkPages } from './pages';

/** Every rule content must meet. Each feature adds its checker here. */
const checkers: Checker[] = [
  checkLocaleDirs,
  checkMessages,
  checkArticles,
  checkGlossary,
  checkFlow,
  checkLetters,
  checkLenders,
  checkContacts,
  checkPages,
];

export async function checkContent(root: string = contentDir()): Promise<ContentIssue[]> {
  const ctx = createContext(root);
  for (const check of checkers) await check(ctx);
  return ctx.issues;
}

export type { ContentIssue };
