import 'server-only';
import { regulatorScopes, type RegulatorScope } from '@/lib/content/contacts.schema';
import type { LetterBody } from './bodies';

/** Every scope about credit that is not banks alone: what a phone loan or pay-later plan comes under. */
const notCredit: readonly RegulatorScope[] = ['banks', 'sellers', 'unfair-trade-practices', 'telecom-services', 'device-blocking'];
const nonBankCredit = regulatorScopes.filter((s) => !notCredit.includes(s));
const has = (covers: readonly RegulatorScope[], any: readonly RegulatorScope[]) => any.some((s) => covers.includes(s));

/**
 * How well a body fits each kind of lender, from what its sources say it covers (2: its remit; 1: may help; 0: not
 * known). A phone loan or pay-later plan goes first to a body for non-bank credit (Egypt's FRA for valU, not the
 * central bank's bank complaints); a carrier's plan to the telecom regulator; a shop's to consumer protection.
 */
export function bodyFit(covers: readonly RegulatorScope[] = []): LetterBody['fit'] {
  const credit = has(covers, nonBankCredit) ? 2 : has(covers, ['banks']) || has(covers, ['sellers', 'unfair-trade-practices']) ? 1 : 0;
  return {
    lender: credit,
    bnpl: credit,
    carrier: has(covers, ['telecom-services', 'device-blocking']) ? 2 : 0,
    retailer: has(covers, ['sellers']) ? 2 : has(covers, ['unfair-trade-practices']) ? 1 : 0,
  };
}
