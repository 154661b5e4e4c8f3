import { otherCountry, unknownBrand, type AskingNode, type Flow, type FlowNode, type OutcomeNode } from './schema';

/** One answer given on the way: the node that asked and the option chosen. */
export type Answer = { node: AskingNode; option: string };

export type Resolved = {
  node: FlowNode;
  answers: Answer[];
  /** The country chosen on this trail, unless the person chose "another country". */
  country?: string;
  /** The trail asked for the country (so "another country" is an answer, not a question never asked). */
  countryAsked?: boolean;
  /** The phone maker or lock app chosen on this trail, unless the person was not sure or was never asked. */
  brand?: string;
};

export function nodeMap(flow: Flow): Map<string, FlowNode> {
  return new Map(flow.nodes.map((n) => [n.id, n]));
}

/** The option ids a node offers, in order. */
export function optionIds(flow: Flow, node: FlowNode): string[] {
  if (node.type === 'question') return node.options.map((o) => o.id);
  if (node.type === 'country') return [...flow.countries, otherCountry];
  if (node.type === 'brand') return [...flow.brands.map((b) => b.id), unknownBrand];
  return [];
}

/** Where an option of a node leads, or undefined when the node has no such option. */
export function nextOf(flow: Flow, node: FlowNode, option: string): string | undefined {
  if (node.type === 'question') return node.options.find((o) => o.id === option)?.next;
  if (node.type === 'country' || node.type === 'brand') return optionIds(flow, node).includes(option) ? node.next : undefined;
  return undefined;
}

/**
 * Walks an answer trail (option ids from the first question) to the node it
 * reaches. Pure: returns null for a trail that does not exist, so callers
 * decide what that means. A brand question passes a segment that is not one
 * of its answers on to the node after it (see the brand node in `schema`).
 */
export function resolveTrail(flow: Flow, trail: readonly string[]): Resolved | null {
  const nodes = nodeMap(flow);
  let node = nodes.get(flow.start);
  const answers: Answer[] = [];
  let country: string | undefined;
  let countryAsked = false;
  let brand: string | undefined;
  for (const option of trail) {
    if (node?.type === 'brand' && nextOf(flow, node, option) === undefined) node = nodes.get(node.next);
    if (!node || node.type === 'outcome') return null;
    const next = nextOf(flow, node, option);
    if (next === undefined) return null;
    answers.push({ node, option });
    if (node.type === 'country') countryAsked = true;
    if (node.type === 'country' && option !== otherCountry) country = option;
    if (node.type === 'brand' && option !== unknownBrand) brand = option;
    node = nodes.get(next);
  }
  return node ? { node, answers, country, brand, ...(countryAsked ? { countryAsked } : {}) } : null;
}

/**
 * Every answer trail from the start, the empty trail first. The graph must be
 * acyclic (see validate). With `skipBrand`, also the trails that pass a brand
 * question by (links published before it was asked): the pages to build, as
 * opposed to the trails the questions offer.
 */
export function enumerateTrails(flow: Flow, { skipBrand = false }: { skipBrand?: boolean } = {}): string[][] {
  const nodes = nodeMap(flow);
  const out: string[][] = [];
  const walk = (id: string, trail: string[], own = true) => {
    const node = nodes.get(id);
    if (!node) return;
    if (own) out.push(trail);
    for (const option of optionIds(flow, node)) {
      const next = nextOf(flow, node, option);
      if (next) walk(next, [...trail, option]);
    }
    if (skipBrand && node.type === 'brand') walk(node.next, trail, false);
  };
  walk(flow.start, []);
  return out;
}

/** The most questions still to answer from a node before an outcome. */
export function questionsLeft(flow: Flow, id: string): number {
  const nodes = nodeMap(flow);
  const depth = (nid: string): number => {
    const node = nodes.get(nid);
    if (!node || node.type === 'outcome') return 0;
    return 1 + Math.max(...optionIds(flow, node).map((o) => depth(nextOf(flow, node, o) ?? '')));
  };
  return depth(id);
}

/** The brands whose answers can lead to a node: "none" stands for trails with no brand answered. */
export function brandsReaching(flow: Flow): Map<string, Set<string>> {
  const nodes = nodeMap(flow);
  const reach = new Map<string, Set<string>>();
  const walk = (id: string, brand: string) => {
    const seen = reach.get(id) ?? new Set<string>();
    if (seen.has(brand)) return;
    seen.add(brand);
    reach.set(id, seen);
    const node = nodes.get(id);
    if (!node) return;
    for (const option of optionIds(flow, node)) {
      const next = nextOf(flow, node, option);
      if (!next) continue;
      walk(next, node.type === 'brand' && option !== unknownBrand ? option : brand);
    }
    if (node.type === 'brand') walk(node.next, brand);
  };
  walk(flow.start, 'none');
  return reach;
}

export function isOutcome(node: FlowNode): node is OutcomeNode {
  return node.type === 'outcome';
}
