import { localePath } from '@/lib/i18n/paths';

/** Locale-less path of a trail prefix: the one place the troubleshooter's URLs are built from answers. */
export function trailPath(trail: readonly string[]): string {
  return ['/troubleshoot', ...trail].join('/');
}

export function trailHref(locale: string, trail: readonly string[]): string {
  return localePath(locale, trailPath(trail));
}
