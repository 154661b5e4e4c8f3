'use client';

import { useSyncExternalStore } from 'react';
import { LetterForm } from './LetterForm';
import type { LetterToolProps } from '@/lib/letter/types';

const noop = () => () => {};

/**
 * The form exists only once JavaScript runs: a server-rendered form could be
 * submitted before hydration and put what was typed into the URL. Without
 * JavaScript the page shows the blank letters instead.
 */
export function LetterTool(props: LetterToolProps) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  return hydrated ? <LetterForm {...props} /> : null;
}
