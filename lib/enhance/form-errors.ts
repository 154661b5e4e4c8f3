import { ltrRuns } from '@/lib/bidi';

/**
 * Errors on the forms of content pages, drawn as components/ui/Field.tsx and components/ui/ErrorSummary.tsx draw
 * them on React pages (GOV.UK pattern): a message under the field's label, the field marked invalid, and a summary at
 * the top of the form that takes focus and links to each field.
 */
export type FieldError = { fieldId: string; message: string };

/** The message as text nodes, its left-to-right runs (numbers, e-mail addresses) isolated for right-to-left pages. */
function isolated(message: string): Node[] {
  return ltrRuns(message).map((part) => {
    if (!part.ltr) return document.createTextNode(part.text);
    const bdi = document.createElement('bdi');
    bdi.dir = 'ltr';
    bdi.textContent = part.text;
    return bdi;
  });
}

/** Shows or clears the inline error of one field. */
export function setFieldError(fieldId: string, message: string | undefined) {
  const input = document.getElementById(fieldId);
  const wrapper = document.querySelector<HTMLElement>(`[data-field="${fieldId}"]`);
  if (!input || !wrapper) return;
  const errorId = `${fieldId}-error`;
  document.getElementById(errorId)?.remove();
  wrapper.classList.toggle('border-s-4', !!message);
  wrapper.classList.toggle('border-danger', !!message);
  wrapper.classList.toggle('ps-4', !!message);
  const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId);
  if (message) {
    const p = document.createElement('p');
    p.id = errorId;
    p.className = 'mt-1 font-bold text-danger';
    p.append(...isolated(message));
    // Under the hint if there is one, else under the label: where components/ui/Field.tsx puts it.
    (document.getElementById(`${fieldId}-hint`) ?? wrapper.querySelector('label'))?.after(p);
    describedBy.push(errorId);
    input.setAttribute('aria-invalid', 'true');
  } else input.removeAttribute('aria-invalid');
  if (describedBy.length) input.setAttribute('aria-describedby', describedBy.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Replaces the form's error summary (none when there are no errors), and focuses it so it is read out. */
export function showErrorSummary(form: HTMLFormElement, title: string, errors: FieldError[]) {
  form.querySelector('[data-error-summary]')?.remove();
  if (errors.length === 0) return;
  const box = document.createElement('div');
  box.dataset.errorSummary = '';
  box.tabIndex = -1;
  box.setAttribute('role', 'alert');
  box.className = 'mb-8 border-4 border-danger p-4 focus:outline-none';
  const heading = document.createElement('h2');
  heading.id = `${form.id || 'form'}-errors-title`;
  heading.className = 'mb-3 text-xl font-bold';
  heading.textContent = title;
  box.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ul');
  list.className = 'list-none space-y-2 p-0';
  for (const error of errors) {
    const link = document.createElement('a');
    link.href = `#${error.fieldId}`;
    link.className = 'font-bold text-danger visited:text-danger';
    link.append(...isolated(error.message));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const field = document.getElementById(error.fieldId);
      field?.scrollIntoView({ block: 'center' });
      field?.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  box.append(heading, list);
  form.prepend(box);
  box.focus();
}
