import type MiniSearch from 'minisearch';
import { loadIndex, runSearch, type SearchDoc } from '@/lib/search/engine';
import { withoutPersonalNumbers } from '@/lib/privacy';
import { fillSlot, fromTemplate, replaceQuery, showNumberNotice } from './number-notice';

/**
 * Site search as you type (components/search/SearchBox.tsx): the locale's prebuilt index is fetched once from this
 * site when the box is first used and searched in the browser; results are drawn from the page's templates and the
 * address keeps `?q=` so the link can be shared. Offline or if the index fails, the form still submits to the server.
 */
export function enhanceSearch() {
  const form = document.querySelector<HTMLFormElement>('form[data-search-index]');
  const input = document.getElementById('search-q');
  const results = document.getElementById('search-results');
  if (!form || !(input instanceof HTMLInputElement) || !results) return;
  let index: Promise<MiniSearch<SearchDoc> | null> | undefined;
  const getIndex = () =>
    (index ??= fetch(form.dataset.searchIndex ?? '')
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then(loadIndex)
      .catch(() => null));

  const render = (query: string, loaded: MiniSearch<SearchDoc>) => {
    if (query === '') {
      results.replaceChildren();
      return;
    }
    const hits = runSearch(loaded, query);
    const block = fromTemplate(hits.length ? 'search-results-some' : 'search-results-none');
    if (!block) return;
    fillSlot(block, 'query', query);
    const list = block.querySelector('ol');
    for (const hit of hits) {
      const item = fromTemplate('search-hit');
      if (!item || !list) continue;
      const link = fillSlot(item, 'link', hit.title);
      link?.setAttribute('href', `/${document.documentElement.lang}${hit.path === '/' ? '' : hit.path}`);
      fillSlot(item, 'description', hit.description);
      const note = fillSlot(item, 'note', hit.note ?? '');
      if (note && !hit.note) note.remove();
      list.append(item);
    }
    results.replaceChildren(block);
  };

  input.addEventListener('focus', () => void getIndex(), { once: true });
  input.addEventListener('input', async () => {
    showNumberNotice(input);
    const loaded = await getIndex();
    if (!loaded) return;
    // A long number is never searched for, nor written into the address.
    const words = withoutPersonalNumbers(input.value);
    render(words, loaded);
    replaceQuery({ q: words });
  });
  // On a slow connection someone may type before this script arrives: take up what is already in the box.
  if (input.value !== input.defaultValue) input.dispatchEvent(new Event('input'));
}
