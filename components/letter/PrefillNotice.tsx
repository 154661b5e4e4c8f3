import type { Prefill } from '@/lib/letter/prefill';
import type { LetterUiMessages } from '@/lib/letter/types';

/** What in the support team's link was not used (an unknown lender, type or language), shown as it was written. */
export function PrefillNotice({ ignored, m }: { ignored: Prefill['ignored']; m: LetterUiMessages['form'] }) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="mb-6 border-s-8 border-warning bg-warning-bg p-4">
      <h2 className="mb-2 text-lg font-bold">{m.prefillTitle}</h2>
      <p className="mb-2">{m.prefillBody}</p>
      <ul className="list-disc ps-6">
        {ignored.map((i) => (
          <li key={i.param}>
            <code>{i.param}</code>: <bdi>{i.value}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
