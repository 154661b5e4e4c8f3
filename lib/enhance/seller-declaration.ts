import { checkImei } from '@/lib/imei';
import { setFieldError, showErrorSummary, type FieldError } from './form-errors';

/**
 * The seller's declaration of the second-hand page (components/second-hand/SellerDeclaration.tsx): the form
 * replaces the "print it blank" note, what is typed fills the declaration's lines, and "Print" prints once the IMEIs
 * typed are correct (a blank one is fine: it can be written by hand). Nothing typed leaves the page.
 */
export function enhanceSellerDeclaration() {
  const form = document.querySelector<HTMLFormElement>('form[data-seller-declaration]');
  const errorTemplate = document.getElementById('decl-imei-error');
  if (!form || !(errorTemplate instanceof HTMLTemplateElement)) return;
  form.hidden = false;
  const note = document.querySelector<HTMLElement>('[data-declaration-nojs]');
  if (note) note.hidden = true;
  const locale = form.dataset.locale ?? document.documentElement.lang;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[data-fills]')];

  const fill = (input: HTMLInputElement) => {
    const key = input.dataset.fills ?? '';
    let text = input.value.trim();
    if (input.dataset.imei !== undefined) text = text.replace(/\s+/g, '');
    if (key === 'date' && text) text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${text}T00:00:00Z`));
    const blank = document.querySelector<HTMLElement>(`[data-blank="${key}"]`);
    if (blank) blank.textContent = text || '\u00a0';
  };
  for (const input of inputs) input.addEventListener('input', () => fill(input));

  const imeiError = (name: string) => {
    const message = errorTemplate.content.cloneNode(true) as DocumentFragment;
    message.querySelectorAll('[data-slot="field"]').forEach((slot) => (slot.textContent = name));
    return message.textContent ?? '';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const errors: FieldError[] = [];
    for (const input of inputs.filter((i) => i.dataset.imei !== undefined)) {
      const wrong = input.value.trim() !== '' && !checkImei(input.value).ok;
      const message = wrong ? imeiError(input.dataset.imei ?? '') : undefined;
      setFieldError(input.id, message);
      if (message) errors.push({ fieldId: input.id, message });
    }
    showErrorSummary(form, form.dataset.errorTitle ?? '', errors);
    if (errors.length === 0) window.print();
  });
}
