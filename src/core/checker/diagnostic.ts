/** A problem in a story, where a trainer can find it. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

/** Collects diagnostics once each: the ink compiler and the explorer can meet the same problem often. */
export class DiagnosticList {
  private readonly seen = new Set<string>();
  readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(diagnostic);
  }

  sorted(): Diagnostic[] {
    return [...this.items].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }
}
