/**
 * The one wrapper around an inkjs story: the game, the checker and the tests all play stories
 * through it, in our own words (`nextSegment`, `choose`), with tags already read into typed values.
 */
import { Story } from 'inkjs';
import { meterNames, type Meters } from './meters.ts';
import {
  readGlobalTags,
  readLineTags,
  readOptionTags,
  type LineTags,
  type OptionTags,
  type ScenarioInfo,
  type TagContext,
} from './tags.ts';
import { copyStoryState, type InkStoryState, type StateSnapshot } from './state-snapshot.ts';

/** The part of an inkjs Story this module uses; both the runtime and the compiler's story fit it. */
export interface InkStory {
  readonly canContinue: boolean;
  readonly currentChoices: ReadonlyArray<{ text: string; index: number; tags: string[] | null; sourcePath: string }>;
  readonly currentTags: string[] | null;
  readonly globalTags: string[] | null;
  onError: ((message: string, type: number) => void) | null;
  /** Lets an `EXTERNAL` function fall back to the ink function of the same name. */
  allowExternalFunctionFallbacks: boolean;
  /** Throws naming every `EXTERNAL` function that has neither a binding nor an ink fallback. */
  ValidateExternalBindings(): void;
  Continue(): string | null;
  ChooseChoiceIndex(index: number): void;
  /** One step of the ink machine; the player counts them to stop a loop that offers no choice. */
  Step(): void;
  readonly state: {
    toJson(): string;
    ForceEnd(): void;
    LoadJson(json: string): void;
    readonly currentPointer: InkPointer;
  };
  readonly variablesState: {
    GlobalVariableExistsWithName(name: string): boolean;
    $(name: string): unknown;
  };
}

interface InkContent {
  readonly ownDebugMetadata?: { startLineNumber: number } | null;
  readonly debugMetadata: { startLineNumber: number } | null;
  readonly value?: unknown;
}

interface InkPointer {
  readonly container: { readonly content: InkContent[] } | null;
  readonly index: number;
  Resolve(): InkContent | null;
}

/**
 * The source line of the next line of text, where the story carries debug data (the checker).
 * The pointer often still sits on the newline that ended the previous source line, so skip
 * newlines until the first content object.
 */
function sourceLineAt(pointer: InkPointer): number {
  const content = pointer.container?.content ?? [];
  for (let i = Math.max(pointer.index, 0); i < content.length; i++) {
    const object = content[i]!;
    if (object.value === '\n') continue;
    if (object.ownDebugMetadata) return object.ownDebugMetadata.startLineNumber;
    break;
  }
  return pointer.Resolve()?.debugMetadata?.startLineNumber ?? 0;
}

export interface StoryLine {
  text: string;
  tags: LineTags;
  /** The source line the text was written on, where the story carries debug data (the checker); else 0. */
  sourceLine: number;
  /** Tag problems on this line (never present in a story that passed the checker). */
  problems: string[];
  /** True for an empty line carrying only tags, which Ink makes of tags after a choice's brackets. */
  tagsOnly: boolean;
}

export interface StoryOption {
  index: number;
  label: string;
  tags: OptionTags;
  /** Ink's path of the choice in the compiled story, which the checker maps back to a source line. */
  sourcePath: string;
  problems: string[];
}

/**
 * Ink steps allowed between two decisions. A real scene takes a few thousand (the longest shipped
 * segment takes far fewer); a loop with no choice in it (`=== spin === -> spin`) reaches the limit in
 * a fraction of a second instead of hanging the checker, the build and the game.
 */
export const segmentStepLimit = 100_000;

/** Where a story was stopped for running on without a choice. */
export interface RunawayLoop {
  /** The source line it was running when stopped (0 without debug data). */
  line: number;
  steps: number;
}

export class StoryPlayer {
  readonly info: ScenarioInfo | null;
  readonly infoProblems: string[];
  /** Ink runtime errors met so far, in the order met. */
  readonly runtimeErrors: string[] = [];
  private readonly globalTagCount: number;
  private atStart = true;
  private stepsLeft = segmentStepLimit;
  private runawayNow: RunawayLoop | null = null;

  constructor(
    private readonly story: InkStory,
    private readonly context: TagContext,
  ) {
    story.onError = (message, type) => {
      if (type === 2) this.runtimeErrors.push(message);
    };
    // The game binds no functions of its own, so an EXTERNAL runs its ink fallback.
    story.allowExternalFunctionFallbacks = true;
    // Count steps on this story alone. Past the limit, end the story rather than throw: ink then
    // finishes its Continue() cleanly, and the caller sees `runaway`.
    const step = story.Step.bind(story);
    story.Step = () => {
      if (--this.stepsLeft >= 0) return step();
      this.runawayNow ??= { line: sourceLineAt(story.state.currentPointer), steps: segmentStepLimit };
      story.state.ForceEnd();
    };
    const globals = story.globalTags ?? [];
    this.globalTagCount = globals.length;
    const info = readGlobalTags(globals, context);
    this.info = info.ok ? info.value : null;
    this.infoProblems = info.ok ? [] : info.error;
  }

  /** Plays compiled story JSON with the inkjs runtime (what the game ships). */
  static fromJson(json: string | object, context: TagContext): StoryPlayer {
    return new StoryPlayer(new Story(json as string) as unknown as InkStory, context);
  }

  /** Reads every line up to the next decision or the end. */
  nextSegment(): StoryLine[] {
    this.startSegment();
    const lines: StoryLine[] = [];
    while (this.canReadLine) {
      const line = this.readLine();
      if (line) lines.push(line);
    }
    return lines;
  }

  /**
   * Starts the step count of a new segment. `nextSegment` is this, then `readLine` while
   * `canReadLine`: the checker reads line by line to replay the lines it has seen before.
   */
  startSegment(): void {
    this.stepsLeft = segmentStepLimit;
  }

  /** Ink steps taken since `startSegment`. */
  get segmentSteps(): number {
    return segmentStepLimit - this.stepsLeft;
  }

  get canReadLine(): boolean {
    return this.story.canContinue && !this.runawayNow;
  }

  /** One Continue(): the line it read, or null for an empty line without tags. */
  readLine(): StoryLine | null {
    const sourceLine = sourceLineAt(this.story.state.currentPointer);
    const text = (this.story.Continue() ?? '').trim();
    let tagTexts = this.story.currentTags ?? [];
    // inkjs repeats the file-top tags on the first line: they are global, not this line's.
    if (this.atStart) tagTexts = tagTexts.slice(this.globalTagCount);
    this.atStart = false;
    const tags = readLineTags(tagTexts, this.context);
    if (text === '' && tagTexts.length === 0) return null;
    return {
      text,
      tags: tags.ok ? tags.value : { sfx: [] },
      sourceLine,
      problems: tags.ok ? [] : tags.error,
      tagsOnly: text === '',
    };
  }

  /**
   * `EXTERNAL` functions with no ink function of the same name to fall back on: the game provides
   * none, so such a story cannot be played at all (inkjs refuses on the first line).
   */
  missingExternals(): string[] {
    try {
      this.story.ValidateExternalBindings();
      return [];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const names = /externals?: (.*?)\s*(?:\(ink fallbacks disabled\)|, and no fallback)/.exec(message)?.[1] ?? '';
      return [...names.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    }
  }

  get options(): StoryOption[] {
    return this.story.currentChoices.map((choice) => {
      const tags = readOptionTags(choice.tags ?? [], this.context);
      return {
        index: choice.index,
        label: choice.text.trim(),
        tags: tags.ok ? tags.value : {},
        sourcePath: choice.sourcePath,
        problems: tags.ok ? [] : tags.error,
      };
    });
  }

  /** True when the story can neither continue nor offer a choice: the scenario is over. */
  get isOver(): boolean {
    return this.runawayNow !== null || (!this.story.canContinue && this.story.currentChoices.length === 0);
  }

  /** Set when the last segment ran past the step limit without a choice; the story is then over. */
  get runaway(): RunawayLoop | null {
    return this.runawayNow;
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  meters(): Meters {
    const meters: Meters = {};
    for (const name of meterNames) {
      if (!this.story.variablesState.GlobalVariableExistsWithName(name)) continue;
      const value = this.story.variablesState.$(name);
      if (typeof value === 'number') meters[name] = value;
    }
    return meters;
  }

  /** Ink's own save format; exact, including choice tags. */
  saveState(): string {
    return this.story.state.toJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.atStart = false;
    this.runawayNow = null;
  }

  /**
   * The live inkjs state, for the checker's state key: read it between decisions, never change it.
   */
  get inkState(): InkStoryState {
    return this.internals._state;
  }

  /**
   * A copy of the current state held in memory. The checker restores each state once per option;
   * a copy is much faster than `saveState` and `loadState`, and exact (nothing is written out).
   */
  snapshotState(): StateSnapshot {
    return copyStoryState(this.internals._state) as StateSnapshot;
  }

  /** Plays on from a snapshot; the snapshot itself stays as it was, to be restored again. */
  restoreSnapshot(snapshot: StateSnapshot): void {
    this.internals._state = copyStoryState(snapshot);
    this.atStart = false;
    this.runawayNow = null;
  }

  /** The inkjs Story's state field, which its `state` getter returns (inkjs has no setter). */
  private get internals(): { _state: InkStoryState } {
    return this.story as unknown as { _state: InkStoryState };
  }
}
