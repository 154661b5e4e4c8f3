import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';

/** Plain file reading shared by the loaders (server) and `content:check` (Node). No validation here. */

export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && statSync(path.join(dir, f)).isFile())
    .sort();
}

export function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => statSync(path.join(dir, f)).isDirectory())
    .sort();
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** YAML without implicit types: `updated: 2026-11-20` stays the string we validate, not a Date. */
const yamlEngine = (source: string) => (yaml.load(source, { schema: yaml.JSON_SCHEMA }) ?? {}) as object;

export function readMdxFile(file: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(readFileSync(file, 'utf8'), { engines: { yaml: yamlEngine } });
  return { data: parsed.data, body: parsed.content };
}

export type Messages = Record<string, unknown>;

/**
 * UI strings live in `content/{locale}/messages/{namespace}.json`: one file a
 * namespace, so features can be worked on side by side.
 */
export function readMessages(root: string, locale: string): Messages {
  const dir = path.join(root, locale, 'messages');
  const messages: Messages = {};
  for (const file of listFiles(dir, '.json')) {
    messages[file.replace(/\.json$/, '')] = readJson(path.join(dir, file));
  }
  return messages;
}
