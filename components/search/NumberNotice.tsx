import { hasPersonalNumber } from '@/lib/privacy';

/**
 * Under a search box: why a long number in it is not searched for (while it is
 * there), or that the server took one out of the address (after a redirect).
 * `describedBy` gives the ids the input's aria-describedby should list.
 */
export function numberNotice({ inputId, query, removed, labels }: { inputId: string; query: string; removed: boolean; labels: { numberRefused: string; numberRemoved: string } }) {
  const refused = hasPersonalNumber(query);
  const id = refused ? `${inputId}-error` : removed ? `${inputId}-removed` : undefined;
  const notice = refused ? (
    <p id={id} className="mb-2 font-bold text-danger">
      {labels.numberRefused}
    </p>
  ) : removed ? (
    <p id={id} className="mb-2 border-s-4 border-brand bg-white p-3">
      {labels.numberRemoved}
    </p>
  ) : null;
  return { refused, notice, describedBy: [`${inputId}-hint`, id].filter(Boolean).join(' ') };
}
