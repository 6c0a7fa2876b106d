/**
 * Compiles Ink with the inkjs compiler (build time and the checker only; the game ships the JSON).
 */
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { Story } from 'inkjs/engine/Story';
import { DiagnosticList, type Diagnostic } from './diagnostic.ts';
// Ink's comment pass and its test of name characters, quicker.
import './identifier-chars.ts';
import './line-comments.ts';

/** Reads an INCLUDEd file by the name the story gives it; undefined when it does not exist. */
export type IncludeReader = (includeName: string) => string | undefined;

export interface CompiledInk {
  /** The compiler's runtime story: it keeps debug line numbers, which the checker needs. */
  story: Story | null;
  /**
   * The compiled JSON the game ships, written when first read: `npm run check` never reads it.
   * Playing the story does not change it (it holds the story's content, not its state).
   */
  readonly json: string | null;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

const compilerMessage = /^(ERROR|WARNING|TODO): (?:'([^']+)' )?line (\d+): ([\s\S]*)$/;

export function compileInk(file: string, source: string, readInclude: IncludeReader = () => undefined): CompiledInk {
  const errors = new DiagnosticList();
  const warnings = new DiagnosticList();
  const record = (message: string, type: number): void => {
    const match = compilerMessage.exec(message.trim());
    const diagnostic: Diagnostic = match
      ? { file: match[2] ?? file, line: Number(match[3]), message: match[4]!.trim() }
      : { file, line: 0, message: message.trim() };
    if (type === 2) errors.add(diagnostic);
    else if (type === 1) warnings.add(diagnostic);
  };
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (name === file) return source;
      const text = readInclude(name);
      if (text === undefined) throw new Error(`INCLUDE ${name}: file not found`);
      return text;
    },
  };
  const compiler = new Compiler(source, new CompilerOptions(file, [], false, record, fileHandler));
  let story: Story | null = null;
  try {
    story = compiler.Compile();
  } catch (error) {
    // The compiler reports each problem through `record` and then throws "Compilation failed.".
    if (errors.items.length === 0) record(`ERROR: '${file}' line 1: ${(error as Error).message}`, 2);
  }
  const compiled = errors.items.length ? null : story;
  let json: string | null | undefined;
  return {
    story: compiled,
    get json() {
      json ??= compiled?.ToJson() ?? null;
      return json;
    },
    errors: errors.sorted(),
    warnings: warnings.sorted(),
  };
}
