import { fillTemplate } from '@/lib/template';

/**
 * Ready-to-send text for a shared link, and the WhatsApp and SMS links that
 * carry it. Pure, so it runs in the link builder (browser) and in tests. The
 * text holds only the page title and its address: never anything personal.
 */

/** "{intro}\n{title}\n{url}": the template is in the recipient's language, the URL stays last so apps make it tappable. */
export function shareMessage(template: string, title: string, url: string): string {
  return fillTemplate(template, { title, url });
}

/** A wa.me link that opens WhatsApp with the text filled in (the user still chooses the chat and taps send). */
export function whatsappHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** An sms: link with the body filled in; `?&body=` is the form both Android and iOS accept. */
export function smsHref(text: string): string {
  return `sms:?&body=${encodeURIComponent(text)}`;
}
