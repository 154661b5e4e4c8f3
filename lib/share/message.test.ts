import { describe, expect, it } from 'vitest';
import { shareMessage, smsHref, whatsappHref } from './message';

describe('share message', () => {
  const text = shareMessage('This page can help: {title}\n{url}', 'Pay & unlock #1', 'https://example.org/en/letter?type=proof&country=in');

  it('fills the template', () => {
    expect(text).toBe('This page can help: Pay & unlock #1\nhttps://example.org/en/letter?type=proof&country=in');
  });

  it('encodes spaces, newlines, & and # so the whole text arrives', () => {
    const href = whatsappHref(text);
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    const encoded = href.slice('https://wa.me/?text='.length);
    expect(encoded).not.toMatch(/[ \n&#?]/);
    expect(encoded).toContain('%20');
    expect(encoded).toContain('%0A');
    expect(encoded).toContain('%26');
    expect(encoded).toContain('%23');
    expect(decodeURIComponent(encoded)).toBe(text);
    expect(new URL(href).searchParams.get('text')).toBe(text);
  });

  it('builds an sms body that decodes back to the text', () => {
    const href = smsHref(text);
    expect(href.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(text);
  });

  it('keeps non-Latin scripts intact', () => {
    const ar = shareMessage('هذه الصفحة تساعدك: {title}\n{url}', 'ما الذي لا يجب فعله', 'https://example.org/ar/avoid');
    const hi = shareMessage('यह पेज मदद करेगा: {title}\n{url}', 'क्या न करें', 'https://example.org/hi/avoid');
    for (const t of [ar, hi]) {
      expect(decodeURIComponent(whatsappHref(t).split('text=')[1] ?? '')).toBe(t);
      expect(decodeURIComponent(smsHref(t).split('body=')[1] ?? '')).toBe(t);
    }
  });
});
