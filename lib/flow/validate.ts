import { flowSchema, outcomeTextSchema, questionTextSchema, unknownBrand, type Flow } from './schema';
import { nextOf, optionIds } from './resolve';

/** A problem in the graph or in one locale's words for one node. */
export type FlowIssue = { field: string; message: string; locale?: string; node?: string };

/**
 * Structure of the graph: ids unique, every edge points at a node, every node
 * is reachable from the start, no cycles (so every trail ends in an outcome).
 */
export function validateGraph(flow: Flow): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const ids = new Map<string, number>();
  flow.nodes.forEach((n, i) => {
    if (ids.has(n.id)) issues.push({ field: `nodes[${i}].id`, message: `duplicate node id "${n.id}" (also nodes[${ids.get(n.id)}])` });
    else ids.set(n.id, i);
  });
  if (!ids.has(flow.start)) issues.push({ field: 'start', message: `points at "${flow.start}", which is not a node` });
  const seenCountries = new Set<string>();
  flow.countries.forEach((c, i) => {
    if (seenCountries.has(c)) issues.push({ field: `countries[${i}]`, message: `duplicate country "${c}"` });
    seenCountries.add(c);
  });

  flow.nodes.forEach((n, i) => {
    if (n.type === 'question') {
      const seen = new Set<string>();
      n.options.forEach((o, j) => {
        if (seen.has(o.id)) issues.push({ field: `nodes[${i}].options[${j}].id`, message: `duplicate option id "${o.id}" in question "${n.id}"` });
        seen.add(o.id);
        if (!ids.has(o.next)) issues.push({ field: `nodes[${i}].options[${j}].next`, message: `points at "${o.next}", which is not a node` });
      });
    } else if ((n.type === 'country' || n.type === 'brand') && !ids.has(n.next)) {
      issues.push({ field: `nodes[${i}].next`, message: `points at "${n.next}", which is not a node` });
    }
    if (n.type === 'brand') {
      // A segment a brand question does not know goes on to the next node, so the two must never share an answer.
      const next = flow.nodes.find((m) => m.id === n.next);
      const shared = next ? optionIds(flow, next).filter((o) => [...flow.brands.map((b) => b.id), unknownBrand].includes(o)) : [];
      if (shared.length) issues.push({ field: `nodes[${i}].next`, message: `"${n.next}" has answers that are also brand answers: ${shared.join(', ')}` });
      if (next?.type === 'brand') issues.push({ field: `nodes[${i}].next`, message: 'a brand question cannot lead to another brand question' });
    }
  });
  const seenBrands = new Set<string>();
  flow.brands.forEach((b, i) => {
    if (seenBrands.has(b.id)) issues.push({ field: `brands[${i}].id`, message: `duplicate brand "${b.id}"` });
    seenBrands.add(b.id);
  });

  // Depth-first walk from the start: grey nodes are on the current path, so meeting one again is a cycle.
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, pathSoFar: string[]) => {
    const node = byId.get(id);
    if (!node) return;
    if (state.get(id) === 'grey') {
      issues.push({ field: `nodes[${ids.get(id)}]`, message: `cycle: ${[...pathSoFar.slice(pathSoFar.indexOf(id)), id].join(' → ')}` });
      return;
    }
    if (state.get(id) === 'black') return;
    state.set(id, 'grey');
    for (const next of new Set(optionIds(flow, node).map((o) => nextOf(flow, node, o)))) if (next) visit(next, [...pathSoFar, id]);
    state.set(id, 'black');
  };
  visit(flow.start, []);
  flow.nodes.forEach((n, i) => {
    if (!state.has(n.id)) issues.push({ field: `nodes[${i}]`, message: `node "${n.id}" cannot be reached from the start` });
  });
  return issues;
}

/** Parses raw JSON as a flow (with the countries the portal offers) and validates its structure. */
export function parseFlow(data: unknown, countries: string[]): { flow?: Flow; issues: FlowIssue[] } {
  const parsed = flowSchema.safeParse(data && typeof data === 'object' ? { ...data, countries } : data);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((i) => ({
        field: i.path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(file)',
        message: i.message,
      })),
    };
  }
  return { flow: parsed.data, issues: validateGraph(parsed.data) };
}

/**
 * Words for every node in every locale: a question has its question and a
 * label for each option (and no label for an option it does not have); an
 * outcome has its title and summary. `frontmatter` returns undefined when the
 * file is missing and null when it could not be read (the caller reports
 * that). Country and brand questions take their words from the messages.
 */
export function validateTexts(flow: Flow, locales: readonly string[], frontmatter: (locale: string, nodeId: string) => unknown): FlowIssue[] {
  const issues: FlowIssue[] = [];
  for (const locale of locales) {
    for (const node of flow.nodes) {
      if (node.type === 'country' || node.type === 'brand') continue;
      const data = frontmatter(locale, node.id);
      if (data === null) continue;
      if (data === undefined) {
        issues.push({ locale, node: node.id, field: '(file)', message: `translation missing: ${locale} has no troubleshoot/${node.id}.mdx` });
        continue;
      }
      const schema = node.type === 'question' ? questionTextSchema : outcomeTextSchema;
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          issues.push({ locale, node: node.id, field: `frontmatter.${i.path.map(String).join('.') || '(all)'}`, message: i.message });
        continue;
      }
      if (node.type === 'question') {
        const labels = (parsed.data as { options: Record<string, string> }).options;
        for (const o of node.options) {
          if (!labels[o.id]) issues.push({ locale, node: node.id, field: `frontmatter.options.${o.id}`, message: `option label missing for "${o.id}"` });
        }
        for (const key of Object.keys(labels)) {
          if (!node.options.some((o) => o.id === key))
            issues.push({ locale, node: node.id, field: `frontmatter.options.${key}`, message: `"${key}" is not an option of "${node.id}"` });
        }
      }
    }
  }
  return issues;
}
