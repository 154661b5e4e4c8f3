import { getTranslations } from 'next-intl/server';
import { letterPath } from '@/lib/letter/path';
import { ButtonLink } from '@/components/ui/Button';
import { Callout } from '@/components/ui/Callout';
import { ContactItem } from './ContactItem';
import { FactMeta } from './FactMeta';
import type { Lender } from '@/lib/content/lenders';
import { countryName } from '@/lib/country-names';
import { localePath } from '@/lib/i18n/paths';

type Props = { lender: Lender; locale: string };

const pageT = (locale: string) => getTranslations({ locale, namespace: 'lenders.page' });

/** The letter generator, prefilled with this lender and a letter type. */
export function letterHref(locale: string, lender: Lender, type: string) {
  return localePath(locale, letterPath({ type, lender: lender.id }));
}

export function LenderSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-10">
      <h2 className="mb-3 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

/** Official ways to pay, under a standing warning about scams. */
export async function PaySection({ lender, locale }: Props) {
  const p = await pageT(locale);
  return (
    <LenderSection title={p('payTitle')}>
      <Callout tone="danger">
        <p className="font-bold">
          {p('payWarning')}
          {/* Said only of a lender that may lock phones: of one that does not, it would say the wrong thing. */}
          {lender.locksDevice.value === 'no' ? null : ` ${p('payOnlyLender')}`}
        </p>
      </Callout>
      {lender.payment?.length ? (
        <ul className="list-none space-y-3 p-0">
          {lender.payment.map((m) => (
            <li key={m.kind} className="border-b border-line pb-3">
              <span className="font-bold">{p(`paymentKind.${m.kind}`)}</span>
              {m.names?.length ? (
                <span className="block">
                  <bdi>{m.names.join(', ')}</bdi>
                </span>
              ) : null}
              {m.kind === 'payment-link' ? <span className="block">{p('paymentLinkCheck')}</span> : null}
              <FactMeta fact={m} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{p('payNone', { name: lender.name })}</p>
      )}
    </LenderSection>
  );
}

/**
 * Paid but still locked: how long a payment takes to show, and the steps. For a lender with no sign of locking phones,
 * instead: whoever comes here with a locked phone is sent to find out which lock it is.
 */
export async function StillLockedSection({ lender, locale }: Props) {
  const p = await pageT(locale);
  const name = lender.name;
  if (lender.locksDevice.value === 'no') {
    const nav = await getTranslations({ locale, namespace: 'layout.nav' });
    return (
      <LenderSection title={p('notLockerTitle')}>
        <p>{p('notLockerBody', { name })}</p>
        <ul className="mt-3 list-disc space-y-2 ps-6">
          <li>
            <a href={localePath(locale, '/guides/which-lock-is-it')}>{p('notLockerDecoder')}</a>
          </li>
          <li>
            <a href={localePath(locale, '/troubleshoot')}>{nav('troubleshoot')}</a>
          </li>
        </ul>
      </LenderSection>
    );
  }
  return (
    <LenderSection title={p('stillLockedTitle')}>
      {lender.postingWindow ? (
        <p className="text-lg font-bold">
          {p('posting', { unit: lender.postingWindow.unit, amount: lender.postingWindow.amount, name })}
          <FactMeta fact={lender.postingWindow} locale={locale} />
        </p>
      ) : (
        <p>{p('postingUnknown', { name })}</p>
      )}
      <ol className="mt-3 list-decimal space-y-2 ps-6">
        <li>{p('stillLockedSteps.receipt')}</li>
        <li>{p('stillLockedSteps.online')}</li>
        {lender.postingWindow ? <li>{p('stillLockedSteps.wait')}</li> : null}
        <li>{p('stillLockedSteps.contact')}</li>
      </ol>
      <p className="mt-4">
        <ButtonLink href={letterHref(locale, lender, 'paid-still-locked')}>{p('letterPaid')}</ButtonLink>
      </p>
    </LenderSection>
  );
}

/** What happens when a payment is missed; shown only when a source says. */
export async function EscalationSection({ lender, locale }: Props) {
  if (!lender.escalation?.length) return null;
  const p = await pageT(locale);
  return (
    <LenderSection title={p('escalationTitle')}>
      <ul className="list-none space-y-2 p-0">
        {lender.escalation.map((e) => (
          <li key={`${e.day ?? ''}-${e.action}`}>
            {e.day ? <strong className="me-1">{p('escalationDay', { day: e.day })}</strong> : null}
            {p(`escalation.${e.action}`)}
            <FactMeta fact={e} locale={locale} />
          </li>
        ))}
      </ul>
    </LenderSection>
  );
}

export async function ContactsSection({ lender, locale }: Props) {
  const p = await pageT(locale);
  return (
    <LenderSection title={p('contactsTitle', { name: lender.name })}>
      {lender.contacts.length ? (
        <ul className="list-none p-0">
          {lender.contacts.map((c) => (
            <ContactItem
              key={`${c.kind}-${c.value}`}
              contact={c}
              locale={locale}
              country={lender.countries.length === 1 ? lender.countries[0] : undefined}
              showCountry={lender.countries.length > 1}
            />
          ))}
        </ul>
      ) : (
        <p>{p('contactsNone', { name: lender.name })}</p>
      )}
    </LenderSection>
  );
}

/** The letter that proves the loan is fully paid. */
export async function ClosureSection({ lender, locale }: Props) {
  const p = await pageT(locale);
  const c = lender.closureLetter;
  return (
    <LenderSection title={p('closureTitle')}>
      {c ? (
        <div>
          <p>{c.name ? p('closureName', { name: c.name }) : null}</p>
          {c.contact ? (
            <p>
              {p('closureContact')}{' '}
              {c.contact.includes('@') ? (
                <a href={`mailto:${c.contact}`}>
                  <bdi className="ltr-island">{c.contact}</bdi>
                </a>
              ) : (
                <a href={c.contact} rel="noopener noreferrer">
                  <bdi className="ltr-island">{c.contact.replace(/^https?:\/\//, '')}</bdi>
                </a>
              )}
            </p>
          ) : null}
          {c.days ? <p>{p('closureDays', { days: c.days })}</p> : null}
          {c.appRemoval ? <p>{p('closureAppRemoval')}</p> : null}
          {c.releasedWhenPaid ? <p>{p('closureReleased')}</p> : null}
          {!c.name && !c.contact ? <p>{p('closureGeneric')}</p> : null}
          <FactMeta fact={c} locale={locale} />
        </div>
      ) : (
        <p>{p('closureUnknown', { name: lender.name })}</p>
      )}
    </LenderSection>
  );
}

/**
 * Whether the lender (or this lock software) can reset the phone from a distance, deleting its data.
 * Said per lender only where a source says so; otherwise the page says plainly that we do not know.
 */
export async function DataSection({ lender, locale }: Props) {
  const p = await pageT(locale);
  const name = lender.name;
  const tech = lender.type === 'lock-technology';
  const wipe = lender.remoteWipe;
  const known = wipe && wipe.value !== 'unknown' ? wipe : undefined;
  return (
    <LenderSection title={p('dataTitle')}>
      {known ? (
        <p className="font-bold">
          {p(known.value === 'yes' ? 'remoteWipe.yes' : 'remoteWipe.no', { name })}
          <FactMeta fact={known} locale={locale} />
        </p>
      ) : (
        <p>{p(tech ? 'dataUnknownTech' : 'dataUnknown', { name })}</p>
      )}
      <p>{p(tech ? 'dataAskTech' : 'dataAsk', { name })}</p>
      <p>
        <a href={localePath(locale, '/guides/protect-your-data')}>{p('dataGuide')}</a>
      </p>
    </LenderSection>
  );
}

/** Letters, country contact pages and the way back to the search. */
export async function NextStepsSection({ lender, locale }: Props) {
  const p = await pageT(locale);
  return (
    <LenderSection title={p('nextTitle')}>
      <ul className="list-none space-y-3 p-0">
        {lender.type === 'lock-technology' ? null : (
          <li>
            <ButtonLink variant="secondary" href={letterHref(locale, lender, 'overdue-amount')}>
              {p('letterOverdue')}
            </ButtonLink>
          </li>
        )}
        {/* A few countries get buttons; a lender in many countries gets a compact list so the page stays short on a phone. */}
        {lender.countries.length <= 3 ? (
          lender.countries.map((c) => (
            <li key={c}>
              <ButtonLink variant="secondary" href={localePath(locale, `/contacts/${c}`)}>
                {p('countryContacts', { country: countryName(c, locale) })}
              </ButtonLink>
            </li>
          ))
        ) : (
          <li>
            <ul className="grid list-disc grid-cols-1 gap-x-6 gap-y-1 ps-6 sm:grid-cols-2">
              {lender.countries.map((c) => (
                <li key={c}>
                  <a href={localePath(locale, `/contacts/${c}`)}>{p('countryContacts', { country: countryName(c, locale) })}</a>
                </li>
              ))}
            </ul>
          </li>
        )}
        <li>
          <a href={localePath(locale, '/lenders')}>{p('backToSearch')}</a>
        </li>
      </ul>
    </LenderSection>
  );
}
