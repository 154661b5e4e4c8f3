'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server HTML (what a reader without JavaScript keeps), true once React runs the page in the browser.
 * For the interactive tools, whose forms must not exist before their script does.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
