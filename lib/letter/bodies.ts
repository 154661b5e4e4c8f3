// In the letter form (the browser): no content schema, no zod. How well each body fits is worked out on the server
// (lib/letter/body-fit.ts).
/** A country's complaint body, as the letter generator offers it: its name and how well it fits each kind of lender. */
export type LetterBody = { name: string; fit: Partial<Record<FitType, number>> };
export type FitType = 'lender' | 'bnpl' | 'carrier' | 'retailer';

/** The body a letter about this kind of lender goes to: the best fit, the first listed on a tie or with no lender. */
export function pickBody(bodies: readonly LetterBody[], lenderType?: string): LetterBody | undefined {
  if (!lenderType) return bodies[0];
  const score = (b: LetterBody) => b.fit[lenderType as FitType] ?? 0;
  return bodies.reduce<LetterBody | undefined>((best, b) => (!best || score(b) > score(best) ? b : best), undefined);
}
