/**
 * How much JavaScript a member's browser downloads before the first page (Today) can show, read from the
 * build's manifest: the entry and its static imports, plus the home page's chunk and its own. Sizes are
 * gzip at the default level, as a server or proxy would send them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface FirstLoad {
  /** gzip bytes of the JavaScript the first page needs. */
  firstLoadJs: number;
  firstLoadCss: number;
  /** gzip bytes of every JavaScript file of the member's app (what a visit to every page would fetch). */
  allJs: number;
  chunks: number;
  /** The largest page beyond the first load, and what it adds. */
  largestPage: { src: string; addedJs: number };
}

export function measureFirstLoad(distDir: string): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file))).length;
  /** The chunk and everything it imports statically (those load with it). */
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) closure(next, seen);
    return seen;
  };
  const sum = (keys: Iterable<string>, pick: (c: Chunk) => string[]) => {
    const files = new Set([...keys].flatMap((k) => pick(manifest[k]!)));
    return [...files].reduce((total, f) => total + gz(f), 0);
  };
  const js = (c: Chunk) => [c.file];
  const css = (c: Chunk) => c.css ?? [];
  const home = Object.keys(manifest).find((k) => manifest[k]!.src?.endsWith('src/pages/HomePage.tsx'));
  if (!manifest['index.html'] || !home) throw new Error('The manifest lacks index.html or HomePage: build with `npm run build:web`.');
  const first = new Set([...closure('index.html'), ...closure(home)]);
  const appKeys = Object.keys(manifest).filter((k) => !closure('share.html').has(k) || first.has(k));
  let largestPage = { src: '', addedJs: 0 };
  for (const key of Object.keys(manifest).filter((k) => k.endsWith('Page.tsx') || k.endsWith('Pages.tsx'))) {
    const added = [...closure(key)].filter((k) => !first.has(k));
    const addedJs = sum(added, js);
    if (addedJs > largestPage.addedJs) largestPage = { src: key, addedJs };
  }
  return {
    firstLoadJs: sum(first, js),
    firstLoadCss: sum(first, css),
    allJs: sum(appKeys, js),
    chunks: appKeys.length,
    largestPage,
  };
}
