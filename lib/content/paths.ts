import path from 'node:path';

/** The content root; tests point CONTENT_DIR at a fixture copy. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
}
