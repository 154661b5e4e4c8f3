import path from 'node:path';
import { readJson } from '@/lib/content/read';
import { flowSchema, type Flow } from './schema';
import { enumerateTrails } from './resolve';

/** Plain reading (no server-only) so the sitemap route list and `content:check` can use it too. */
export function flowFile(root: string): string {
  return path.join(root, 'flows', 'troubleshoot.json');
}

export function readFlow(root: string): Flow {
  return flowSchema.parse(readJson(flowFile(root)));
}

/**
 * Every troubleshooter page as a locale-less path. A flow that does not parse
 * yields only the first page: `content:check` reports the flow's own problems
 * by file and field, so this must not throw first.
 */
export function troubleshootPaths(root: string): string[] {
  let flow: Flow;
  try {
    flow = readFlow(root);
  } catch {
    return ['/troubleshoot'];
  }
  return enumerateTrails(flow).map((trail) => ['/troubleshoot', ...trail].join('/'));
}
