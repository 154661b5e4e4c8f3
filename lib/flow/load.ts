import 'server-only';
import { cache } from 'react';
import { contentDir } from '@/lib/content/paths';
import { loadMdx } from '@/lib/content/load';
import { readFlow } from './read';
import { outcomeTextSchema, questionTextSchema } from './schema';

export const loadFlow = cache(() => readFlow(contentDir()));

export const loadQuestionText = (locale: string, nodeId: string) => loadMdx(locale, 'troubleshoot', nodeId, questionTextSchema);
export const loadOutcomeText = (locale: string, nodeId: string) => loadMdx(locale, 'troubleshoot', nodeId, outcomeTextSchema);
