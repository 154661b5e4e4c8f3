'use client';

import { Button } from '@/components/ui/Button';
import { fillTemplate } from '@/lib/template';
import type { LetterUiMessages } from '@/lib/letter/types';

/** Shown while another letter language's templates load, or when they could not be loaded (with a retry). */
export function PackStatus({ failed, languageName, m, onRetry }: { failed: boolean; languageName: string; m: LetterUiMessages['form']; onRetry: () => void }) {
  if (failed) {
    return (
      <div role="alert" className="-mt-3 mb-6 border-s-8 border-danger bg-danger-bg p-4">
        <p className="mb-3 font-bold">{fillTemplate(m.packFailed, { language: languageName })}</p>
        <Button variant="secondary" onClick={onRetry}>
          {m.packRetry}
        </Button>
      </div>
    );
  }
  return (
    <p role="status" className="-mt-3 mb-6 font-bold">
      {fillTemplate(m.packLoading, { language: languageName })}
    </p>
  );
}
