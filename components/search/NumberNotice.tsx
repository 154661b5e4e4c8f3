/**
 * Under a search box: why a long number in it is not searched for (shown by the page's enhancement script while
 * the box holds one; the browser's own pattern check says the same without JavaScript), or that the server took one
 * out of the address (after a redirect). `describedBy` gives the ids the input's aria-describedby starts with.
 */
export function NumberNotices({ inputId, removed, labels }: { inputId: string; removed: boolean; labels: { numberRefused: string; numberRemoved: string } }) {
  return (
    <>
      <p id={`${inputId}-error`} hidden className="mb-2 font-bold text-danger">
        {labels.numberRefused}
      </p>
      {removed ? (
        <p id={`${inputId}-removed`} className="mb-2 border-s-4 border-brand bg-white p-3">
          {labels.numberRemoved}
        </p>
      ) : null}
    </>
  );
}

export function numberDescribedBy(inputId: string, removed: boolean): string {
  return [`${inputId}-hint`, removed ? `${inputId}-removed` : null].filter(Boolean).join(' ');
}
