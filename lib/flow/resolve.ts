import { otherCountry, type CountryNode, type Flow, type FlowNode, type OutcomeNode, type QuestionNode } from './schema';

/** One answer given on the way: the node that asked and the option chosen. */
export type Answer = { node: QuestionNode | CountryNode; option: string };

export type Resolved = {
  node: FlowNode;
  answers: Answer[];
  /** The country chosen on this trail, unless the person chose "another country". */
  country?: string;
};

export function nodeMap(flow: Flow): Map<string, FlowNode> {
  return new Map(flow.nodes.map((n) => [n.id, n]));
}

/** The option ids a node offers, in order. */
export function optionIds(flow: Flow, node: FlowNode): string[] {
  if (node.type === 'question') return node.options.map((o) => o.id);
  if (node.type === 'country') return [...flow.countries, otherCountry];
  return [];
}

/** Where an option of a node leads, or undefined when the node has no such option. */
export function nextOf(flow: Flow, node: FlowNode, option: string): string | undefined {
  if (node.type === 'question') return node.options.find((o) => o.id === option)?.next;
  if (node.type === 'country') return optionIds(flow, node).includes(option) ? node.next : undefined;
  return undefined;
}

/**
 * Walks an answer trail (option ids from the first question) to the node it
 * reaches. Pure: returns null for a trail that does not exist, so callers
 * decide what that means.
 */
export function resolveTrail(flow: Flow, trail: readonly string[]): Resolved | null {
  const nodes = nodeMap(flow);
  let node = nodes.get(flow.start);
  const answers: Answer[] = [];
  let country: string | undefined;
  for (const option of trail) {
    if (!node || node.type === 'outcome') return null;
    const next = nextOf(flow, node, option);
    if (next === undefined) return null;
    answers.push({ node, option });
    if (node.type === 'country' && option !== otherCountry) country = option;
    node = nodes.get(next);
  }
  return node ? { node, answers, country } : null;
}

/** Every answer trail from the start, the empty trail first. The graph must be acyclic (see validate). */
export function enumerateTrails(flow: Flow): string[][] {
  const nodes = nodeMap(flow);
  const out: string[][] = [];
  const walk = (id: string, trail: string[]) => {
    const node = nodes.get(id);
    if (!node) return;
    out.push(trail);
    for (const option of optionIds(flow, node)) {
      const next = nextOf(flow, node, option);
      if (next) walk(next, [...trail, option]);
    }
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

export function isOutcome(node: FlowNode): node is OutcomeNode {
  return node.type === 'outcome';
}
