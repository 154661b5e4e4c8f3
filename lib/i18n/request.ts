import { getRequestConfig } from 'next-intl/server';
import { hasLocale, IntlErrorCode, type IntlError } from 'next-intl';
import { routing } from './routing';
import { loadMessages } from './messages';

/**
 * A message missing from English (the base every locale is laid over) is a bug. Under `npm test`
 * (INTL_STRICT=1) it throws, so the build fails naming the key; elsewhere it is logged and next-intl
 * shows the key's path rather than failing a reader's page.
 */
function onError(error: IntlError) {
  if (process.env.INTL_STRICT === '1' && error.code === IntlErrorCode.MISSING_MESSAGE) throw error;
  console.error(error);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: loadMessages(locale), onError };
});
