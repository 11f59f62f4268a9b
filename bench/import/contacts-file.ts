/** A generated contacts CSV for the import benchmark (Outlook-like headers; every contact has a company and a title). */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';

/** Writes `rows` contacts to `path` unless a file with exactly that many rows is already there. */
export async function contactsFile(path: string, rows: number): Promise<string> {
  const marker = `${path}.rows`;
  if (existsSync(path) && existsSync(marker) && statSync(marker).size === String(rows).length) return path;
  const out = createWriteStream(path);
  out.write('First Name,Last Name,E-mail Address,Company,Job Title,Business Phone,Business City,Business Country/Region,Notes\n');
  for (let i = 1; i <= rows; i++) {
    const line = `First${i},Last${i},person${i}@example.test,Company ${i % 5000},Title ${i % 300},+44 20 7946 ${String(i).padStart(7, '0')},City ${i % 800},United Kingdom,"Met at event ${i % 40}, asked about ""planning"""\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  createWriteStream(marker).end(String(rows));
  return path;
}
