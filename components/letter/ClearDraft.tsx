'use client';

import { useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/Button';
import type { LetterUiMessages } from '@/lib/letter/types';

/** "Saved on this device", and clearing it after a confirmation; focus returns to the clear button. */
export function ClearDraft({ saved, m, onClear }: { saved: boolean; m: LetterUiMessages['form']; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="mt-8 border-t-2 border-line pt-4">
      {saved ? <p className="mb-3 font-bold">{m.saved}</p> : null}
      {confirming ? (
        <div className="border-s-8 border-danger bg-danger-bg p-4">
          <p className="mb-3 font-bold" id="letter-clear-question">
            {m.clearQuestion}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="warning"
              aria-describedby="letter-clear-question"
              onClick={() => {
                onClear();
                setConfirming(false);
                requestAnimationFrame(() => clearButton.current?.focus());
              }}
            >
              {m.clearYes}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {m.clearNo}
            </Button>
          </div>
        </div>
      ) : (
        <button ref={clearButton} type="button" className={buttonClass('secondary')} onClick={() => setConfirming(true)}>
          {m.clear}
        </button>
      )}
    </div>
  );
}
