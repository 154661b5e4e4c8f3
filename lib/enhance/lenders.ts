import { createLenderIndex, searchLenders, type LenderDoc } from '@/lib/search/lenders';
import { withoutPersonalNumbers } from '@/lib/privacy';
import { fillSlot, fromTemplate, replaceQuery, showNumberNotice } from './number-notice';

/**
 * The lender lookup as you type (components/directories/LenderSearch.tsx): the server rendered every lender; this
 * shows those the same search finds for the words and country chosen, updates the count and the address.
 */
export function enhanceLenderSearch() {
  const form = document.querySelector<HTMLFormElement>('form[data-lender-search]');
  const input = document.getElementById('lender-q');
  const select = document.getElementById('lender-country');
  const data = document.getElementById('lender-docs');
  if (!form || !(input instanceof HTMLInputElement) || !(select instanceof HTMLSelectElement) || !data) return;
  const docs = JSON.parse(data.textContent ?? '[]') as LenderDoc[];
  const index = createLenderIndex(docs);
  const items = [...document.querySelectorAll<HTMLElement>('li[data-lender]')];
  const list = items[0]?.parentElement;
  const count = document.getElementById('lender-count');
  const noResults = document.querySelector<HTMLElement>('[data-no-results]');
  const format = new Intl.NumberFormat(document.documentElement.lang);

  const update = () => {
    showNumberNotice(input);
    // A long number is never searched for, nor written into the address.
    const words = withoutPersonalNumbers(input.value);
    const ranked = searchLenders(index, docs, words, select.value || undefined).map((d) => d.id);
    const found = new Set(ranked);
    for (const item of items) item.hidden = !found.has(item.dataset.lender ?? '');
    // Best match first, as the search ranks them; the others keep their place after.
    const byId = new Map(items.map((item) => [item.dataset.lender ?? '', item]));
    if (list) list.prepend(...ranked.flatMap((id) => byId.get(id) ?? []));
    const sentence = fromTemplate(found.size ? 'lender-count-some' : 'lender-count-none');
    if (count && sentence) {
      fillSlot(sentence, 'count', format.format(found.size));
      // Only when it changes, so a screen reader hears the new count once.
      if (count.textContent !== sentence.textContent) count.replaceChildren(sentence);
    }
    if (noResults) noResults.hidden = found.size > 0;
    if (list) list.hidden = found.size === 0;
    replaceQuery({ q: words, country: select.value });
  };
  input.addEventListener('input', update);
  select.addEventListener('change', update);
  // The list already follows the form; submitting would only load the same list again.
  form.addEventListener('submit', (e) => e.preventDefault());
  // On a slow connection someone may type or choose before this script arrives: take up what the form already holds.
  const chosen = [...select.options].find((o) => o.defaultSelected)?.value ?? select.options[0]?.value;
  if (input.value !== input.defaultValue || select.value !== chosen) update();
}
