import { checkImei } from '@/lib/imei';
import { setFieldError, showErrorSummary } from './form-errors';

/**
 * The IMEI checker of the second-hand page (components/second-hand/ImeiChecker.tsx): the form replaces the
 * "check by hand" text; a check runs here, and nothing typed leaves the page.
 */
export function enhanceImeiChecker() {
  const form = document.querySelector<HTMLFormElement>('form[data-imei-checker]');
  const fallback = document.querySelector<HTMLElement>('[data-imei-fallback]');
  const verdicts = document.getElementById('imei-verdicts');
  const resultTemplate = document.getElementById('imei-result');
  const out = form?.querySelector<HTMLElement>('[data-imei-result]');
  if (!form || !out || !(verdicts instanceof HTMLTemplateElement) || !(resultTemplate instanceof HTMLTemplateElement)) return;
  form.hidden = false;
  if (fallback) fallback.hidden = true;
  const verdict = (key: string, n: number, count: number) => {
    const item = verdicts.content.querySelector(`[data-verdict="${key}"]`)?.cloneNode(true) as HTMLElement | undefined;
    item?.querySelectorAll('[data-slot="n"]').forEach((s) => (s.textContent = String(n)));
    item?.querySelectorAll('[data-slot="count"]').forEach((s) => (s.textContent = String(count)));
    return item;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = (document.getElementById('imei-1') as HTMLInputElement | null)?.value ?? '';
    const second = (document.getElementById('imei-2') as HTMLInputElement | null)?.value ?? '';
    if (first.trim() === '') {
      const message = form.dataset.required ?? '';
      setFieldError('imei-1', message);
      showErrorSummary(form, form.dataset.errorTitle ?? '', [{ fieldId: 'imei-1', message }]);
      out.replaceChildren();
      return;
    }
    setFieldError('imei-1', undefined);
    showErrorSummary(form, '', []);
    const checked = [first, ...(second.trim() ? [second] : [])].map((value, i) => ({ n: i + 1, result: checkImei(value) }));
    const same = checked.length === 2 && checked[0]?.result.digits === checked[1]?.result.digits;
    const allOk = checked.every((c) => c.result.ok) && !same;
    const box = (resultTemplate.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    box.classList.add(...(allOk ? ['border-success', 'bg-success-bg'] : ['border-danger', 'bg-danger-bg']));
    const list = box.querySelector('ul');
    for (const { n, result } of checked) {
      const item = verdict(result.ok ? 'valid' : result.reason, n, result.digits.length);
      if (item) list?.append(item);
    }
    if (same) {
      const item = verdict('same', 0, 0);
      if (item) list?.append(item);
    }
    out.replaceChildren(box);
  });
}
