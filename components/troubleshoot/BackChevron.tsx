/** Points back toward the start of the line: left in left-to-right text, right in Arabic. */
export function BackChevron() {
  return (
    <svg aria-hidden="true" focusable="false" width="10" height="14" viewBox="0 0 10 14" className="rtl:-scale-x-100">
      <path d="M8 1 2 7l6 6" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
