import { getTranslations } from 'next-intl/server';
import type { Contact } from '@/lib/content/contacts.schema';
import { formatPhone } from '@/lib/phone';
import { describeHours } from '@/lib/hours';
import { countryName } from '@/lib/country-names';
import { FactMeta } from './FactMeta';
import { OpenNow, openNowSlot } from './OpenNow';
import { withSlots } from '@/components/ui/slots';

/**
 * One contact channel: its kind, a working link (tel:, mailto:, https:), hours with a live "open now", and its sources.
 * A number gets a tel: link only when it has a correct one (E.164, or a short, USSD or ITFS code dialled as
 * written); otherwise it is shown as plain text. USSD codes keep their link (tel:*123%23): Android dialers open it
 * ready to call, and the code is printed for phones that ignore such links (iPhone does not dial * or # links).
 */
export async function ContactItem({
  contact,
  country,
  locale,
  timeZone,
  showCountry = false,
}: {
  contact: Contact;
  /** For lenders in many countries: say which country a channel serves. */
  showCountry?: boolean;
  /** Used to read phone numbers that carry no country of their own. */
  country?: string;
  locale: string;
  timeZone?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'contacts' });
  const cc = contact.country ?? country;
  let body: React.ReactNode;
  if (contact.kind === 'phone' || contact.kind === 'whatsapp') {
    const p = cc ? formatPhone(contact.value, cc, contact.dial) : null;
    const where = cc ? countryName(cc, locale) : '';
    body = p ? (
      <>
        <a href={`tel:${p.tel}`} className="text-lg font-bold">
          <bdi className="ltr-island">{p.national}</bdi>
        </a>
        {p.international ? (
          <span className="block text-sm">
            {t('international')} <bdi className="ltr-island">{p.international}</bdi>
          </span>
        ) : (
          <span className="block text-sm">
            {p.tollFree
              ? t('tollFree', { country: where })
              : p.dial === 'ussd'
                ? t('ussd')
                : p.dial === 'itfs'
                  ? t('itfs', { country: where })
                  : t('shortCode')}
          </span>
        )}
      </>
    ) : (
      <bdi className="ltr-island">{contact.value}</bdi>
    );
  } else if (contact.kind === 'email') {
    body = (
      <a href={`mailto:${contact.value}`} className="break-all">
        <bdi className="ltr-island">{contact.value}</bdi>
      </a>
    );
  } else if (/^https?:\/\//.test(contact.value)) {
    body = (
      <a href={contact.value} rel="noopener noreferrer" className="break-all">
        <bdi className="ltr-island">{contact.value.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</bdi>
      </a>
    );
  } else {
    body = <bdi>{contact.value}</bdi>;
  }
  // Hours, and the live open/closed line, only where a source gives the hours (the contact schema enforces it).
  const hours = contact.hours?.length ? describeHours(contact.hours, locale) : [];
  return (
    <li className="border-b border-line py-3">
      <span className="block text-sm font-bold text-muted">
        {t(`kind.${contact.kind}`)}
        {contact.purpose ? ` · ${t(`purpose.${contact.purpose}`)}` : ''}
        {showCountry && contact.country ? ` · ${countryName(contact.country, locale)}` : ''}
      </span>
      {body}
      {contact.hours?.length && timeZone ? (
        <>
          <span className="mt-1 block">
            <span className="font-bold">{t('hours')}: </span>
            {hours.map((h) => (
              <span key={h.days} className="me-3 inline-block">
                {t('hoursLine', { days: h.days, time: h.time })}
              </span>
            ))}
          </span>
          <OpenNow
            spans={contact.hours}
            timeZone={timeZone}
            locale={locale}
            labels={{
              openNow: withSlots((v) => t('openNow', v), { time: openNowSlot('time') }),
              opensToday: withSlots((v) => t('opensToday', v), { time: openNowSlot('time') }),
              opensOn: withSlots((v) => t('opensOn', v), { day: openNowSlot('day'), time: openNowSlot('time') }),
            }}
          />
        </>
      ) : null}
      <FactMeta fact={contact} locale={locale} origin={contact.origin} />
    </li>
  );
}
