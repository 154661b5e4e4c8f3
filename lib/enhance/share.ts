/**
 * The share section of a page (components/share/ShareControl.tsx): without JavaScript a plain link showing the
 * address; here a button is added: the phone's share sheet where the browser has one (Web Share), otherwise "copy
 * link". Only the page's address is shared, built from the address the page was opened at, never anything typed.
 */
export function enhanceShare() {
  const nav = navigator as Partial<Navigator>;
  const mode = typeof nav.share === 'function' ? 'share' : typeof nav.clipboard?.writeText === 'function' ? 'copy' : null;
  if (!mode) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
    const status = document.getElementById(button.dataset.status ?? '');
    button.textContent = (mode === 'share' ? button.dataset.shareLabel : button.dataset.copyLabel) ?? '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.share ?? location.pathname, location.origin).href;
      if (status) status.textContent = '';
      if (mode === 'share') {
        try {
          await navigator.share({ title: button.dataset.title ?? document.title, url });
        } catch {
          // Closing the share sheet is not an error worth showing.
        }
        return;
      }
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = button.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = button.dataset.copyFailed ?? '';
      }
    });
  }
}
