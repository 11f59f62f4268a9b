/**
 * Where a JSON transcript's entry starts (1-based line), so an error about entry 3 can point at it.
 * Runs only on the error path, over JSON that already parsed: a small scanner that walks values
 * without building them.
 */
export function lineOfEntry(json: string, wrapperKey: string | undefined, entry: number): number {
  const scanner = new Scanner(json);
  scanner.skipSpace();
  if (wrapperKey !== undefined && !scanner.enterMember(wrapperKey)) return 1;
  if (json[scanner.pos] !== '[') return scanner.line;
  scanner.pos++;
  for (let k = 0; k < entry; k++) {
    scanner.skipSpace();
    scanner.skipValue();
    scanner.skipSpace();
    scanner.pos++; // the comma
  }
  scanner.skipSpace();
  return scanner.line;
}

class Scanner {
  pos = 0;
  line = 1;

  constructor(private readonly json: string) {}

  skipSpace(): void {
    const json = this.json;
    while (this.pos < json.length) {
      const c = json[this.pos];
      if (c === '\n' || (c === '\r' && json[this.pos + 1] !== '\n')) this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\ufeff') return;
      this.pos++;
    }
  }

  /** Inside the top-level object, moves to the value of `key`; false when there is none. */
  enterMember(key: string): boolean {
    if (this.json[this.pos] !== '{') return false;
    this.pos++;
    let found = false;
    let valueAt = { pos: 0, line: 1 };
    for (;;) {
      this.skipSpace();
      if (this.json[this.pos] !== '"') break;
      const keyStart = this.pos;
      this.skipString();
      const name: unknown = JSON.parse(this.json.slice(keyStart, this.pos));
      this.skipSpace();
      this.pos++; // the colon
      this.skipSpace();
      if (name === key) {
        found = true; // the last duplicate wins, as in JSON.parse
        valueAt = { pos: this.pos, line: this.line };
      }
      this.skipValue();
      this.skipSpace();
      if (this.json[this.pos] !== ',') break;
      this.pos++;
    }
    if (!found) return false;
    this.pos = valueAt.pos;
    this.line = valueAt.line;
    return true;
  }

  skipValue(): void {
    const open = this.json[this.pos];
    if (open === '"') return this.skipString();
    if (open !== '{' && open !== '[') {
      while (this.pos < this.json.length && !',]} \t\r\n'.includes(this.json[this.pos]!)) this.pos++;
      return;
    }
    let depth = 0;
    while (this.pos < this.json.length) {
      this.skipSpace();
      const c = this.json[this.pos];
      if (c === '"') {
        this.skipString();
        continue;
      }
      this.pos++;
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return;
    }
  }

  private skipString(): void {
    this.pos++;
    while (this.pos < this.json.length) {
      const c = this.json[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === '"') return;
    }
  }
}
