import path from 'node:path';
import type { z } from 'zod';

/** One problem in one content file: the file, the field, and what is wrong. */
export type ContentIssue = { file: string; field: string; message: string };

export type CheckContext = {
  root: string;
  issues: ContentIssue[];
  /** Records a problem. `file` is absolute or relative to the content root. */
  report: (file: string, field: string, message: string) => void;
};

export type Checker = (ctx: CheckContext) => void | Promise<void>;

export function createContext(root: string): CheckContext {
  const issues: ContentIssue[] = [];
  return {
    root,
    issues,
    report(file, field, message) {
      const rel = path.isAbsolute(file) ? path.relative(path.dirname(root), file) : path.join(path.basename(root), file);
      issues.push({ file: rel.split(path.sep).join('/'), field, message });
    },
  };
}

/** `lenders[0].url` style path of a zod issue. */
export function fieldPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(file)';
}

/** Parses `data` with `schema`, reporting every problem against `file`; returns the data when valid. */
export function parseWith<T>(ctx: CheckContext, file: string, schema: z.ZodType<T>, data: unknown, prefix = ''): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path);
    ctx.report(file, prefix ? (field === '(file)' ? prefix : `${prefix}.${field}`) : field, issue.message);
  }
  return undefined;
}

/** Reads JSON, reporting a syntax error instead of throwing. */
export function safeJson(ctx: CheckContext, file: string, read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    ctx.report(file, '(file)', `is not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}
