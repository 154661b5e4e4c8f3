'use client';

import { LetterForm } from './LetterForm';
import { useHydrated } from '@/components/ui/useHydrated';
import type { LetterToolProps } from '@/lib/letter/types';

/**
 * The form exists only once JavaScript runs: a server-rendered form could be
 * submitted before hydration and put what was typed into the URL. Without
 * JavaScript the page shows the blank letters instead.
 */
export function LetterTool(props: LetterToolProps) {
  return useHydrated() ? <LetterForm {...props} /> : null;
}
