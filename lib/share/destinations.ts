import 'server-only';
import { trailPath } from '@/lib/flow/trail';
import { countryName } from '@/lib/country-names';
import { letterPath } from '@/lib/letter/path';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { locales } from '@/lib/i18n/routing';
import { contentDir } from '@/lib/content/paths';
import { loadFlow, loadOutcomeText } from '@/lib/flow/load';
import { nodeMap, optionIds, nextOf, resolveTrail } from '@/lib/flow/resolve';
import { otherCountry, unknownBrand, type Flow } from '@/lib/flow/schema';
import { loadLenders } from '@/lib/content/lenders';
import { loadCountryContacts } from '@/lib/content/contacts';
import { letterTypes } from '@/lib/letter/fields';
import { readLetterTemplate } from '@/lib/letter/templates';
import { guideSlugs, pageSlugs } from '@/lib/pages/routes';
import { loadPage } from '@/lib/pages/load';
import { questionWords } from '@/lib/flow/labels';
import { countrySlot, type Destination, type DestinationGroup } from './types';

/**
 * The shortest answer trail to every troubleshooter node (breadth first). A
 * country answer is left as a slot the link builder fills, so a support agent
 * picks the person's country instead of us picking one.
 */
export function shortestTrails(flow: Flow): Map<string, string[]> {
  const nodes = nodeMap(flow);
  const trails = new Map<string, string[]>([[flow.start, []]]);
  const queue = [flow.start];
  while (queue.length) {
    const id = queue.shift() as string;
    const node = nodes.get(id);
    if (!node) continue;
    const trail = trails.get(id) as string[];
    // A brand answer would make the shared link say which phone it is: "not sure" keeps it brand-neutral.
    const options = node.type === 'country' ? [otherCountry] : node.type === 'brand' ? [unknownBrand] : optionIds(flow, node);
    for (const option of options) {
      const next = nextOf(flow, node, option);
      if (!next || trails.has(next)) continue;
      trails.set(next, [...trail, node.type === 'country' ? countrySlot : option]);
      queue.push(next);
    }
  }
  return trails;
}

const regionName = (locale: string, code: string) => countryName(code, locale);

async function perLocale(title: (locale: string) => string | Promise<string>): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await title(l)] as const)));
}

/** Every page a support team can link to, with its title in every shipped locale. */
export const loadDestinations = cache(async (): Promise<Record<DestinationGroup, Destination[]>> => {
  const flow = loadFlow();
  const nodes = nodeMap(flow);
  const troubleshoot: Destination[] = [];
  for (const [id, trail] of shortestTrails(flow)) {
    const node = nodes.get(id);
    if (!node) continue;
    // The phone and country questions are asked on many branches: each says after which answer, so a support team
    // can tell "Which country are you in? (I paid, but it is still locked)" from the others.
    const last =
      node.type === 'country' || node.type === 'brand'
        ? resolveTrail(flow, trail)
            ?.answers.filter((a) => a.node.type !== 'brand' && a.node.type !== 'country')
            .at(-1)
        : undefined;
    const titles = await perLocale(async (l) => {
      if (node.type === 'outcome') return loadOutcomeText(l, id)?.frontmatter.title ?? id;
      const question = (await questionWords(flow, node, l)).question;
      const after = last ? (await questionWords(flow, last.node, l)).options.find((o) => o.id === last.option)?.label : undefined;
      return after ? `${question} (${after})` : question;
    });
    troubleshoot.push({ id: `troubleshoot:${id}`, path: trailPath(trail), titles, outcome: node.type === 'outcome' });
  }
  const root = contentDir();
  const pageTitle = (dir: 'pages' | 'guides', slug: string) => perLocale((l) => loadPage(l, dir, slug).frontmatter.title);
  const guides = await Promise.all([
    ...pageSlugs.map(async (s) => ({ id: `page:${s}`, path: `/${s}`, titles: await pageTitle('pages', s) })),
    (async () => ({
      id: 'guides',
      path: '/guides',
      titles: await perLocale(async (l) => (await getTranslations({ locale: l, namespace: 'pages' }))('guides.title')),
    }))(),
    ...guideSlugs.map(async (s) => ({ id: `guide:${s}`, path: `/guides/${s}`, titles: await pageTitle('guides', s) })),
  ]);
  return {
    troubleshoot,
    lenders: loadLenders().map((lender) => ({
      id: `lender:${lender.id}`,
      path: `/lenders/${lender.id}`,
      titles: Object.fromEntries(locales.map((l) => [l, lender.name])),
    })),
    contacts: loadCountryContacts().map((c) => ({
      id: `contacts:${c.country}`,
      path: `/contacts/${c.country}`,
      titles: Object.fromEntries(locales.map((l) => [l, regionName(l, c.country)])),
    })),
    letter: letterTypes.map((type) => ({
      id: `letter:${type}`,
      path: letterPath({ type }),
      titles: Object.fromEntries(locales.map((l) => [l, readLetterTemplate(root, l, type).title])),
    })),
    guides,
  };
});
