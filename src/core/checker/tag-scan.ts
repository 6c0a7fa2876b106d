/**
 * Finds every tag in a compiled story without playing it, with the file and line it was written on,
 * so that a bad tag is reported even on a path no one has reached yet.
 */
import { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import { Container } from 'inkjs/engine/Container';
import { ControlCommand } from 'inkjs/engine/ControlCommand';
import type { InkObject } from 'inkjs/engine/Object';
import type { Story } from 'inkjs/engine/Story';
import { StringValue } from 'inkjs/engine/Value';
import { Tag as LegacyTag } from 'inkjs/engine/Tag';
import type { TagPlace } from '../story/tags.ts';

export interface WrittenTag {
  text: string;
  place: TagPlace;
  file: string;
  line: number;
  /** True when the tag's text is computed (`# time: {day}`): only its name can be checked here. */
  dynamic: boolean;
}

export interface TagScan {
  tags: WrittenTag[];
  /** Where each choice was written, by its Ink path (what `choice.sourcePath` gives in play). */
  choiceLines: Map<string, { file: string; line: number }>;
  /** True when the story reads TURNS(): then the turn number is part of every story state. */
  readsTurnCount: boolean;
}

const { CommandType } = ControlCommand;

function locate(object: InkObject, fallbackFile: string): { file: string; line: number } {
  const metadata = object.debugMetadata;
  return { file: metadata?.fileName ?? fallbackFile, line: metadata?.startLineNumber ?? 0 };
}

function childrenOf(container: Container): InkObject[] {
  const named = container.namedOnlyContent ? [...container.namedOnlyContent.values()] : [];
  return [...container.content, ...named];
}

export function scanTags(story: Story, file: string): TagScan {
  const tags: WrittenTag[] = [];
  const choiceLines = new Map<string, { file: string; line: number }>();
  let readsTurnCount = false;
  let seenContent = false;

  const walk = (container: Container, inString: boolean): void => {
    let open: { start: InkObject; text: string; dynamic: boolean } | null = null;
    let stringDepth = inString ? 1 : 0;
    for (const object of childrenOf(container)) {
      if (object instanceof ControlCommand) {
        switch (object.commandType) {
          case CommandType.BeginTag:
            open = { start: object, text: '', dynamic: false };
            continue;
          case CommandType.EndTag:
            if (open) {
              const place: TagPlace = stringDepth > 0 ? 'option' : seenContent ? 'line' : 'global';
              tags.push({ text: open.text.trim(), place, ...locate(open.start, file), dynamic: open.dynamic });
            }
            open = null;
            continue;
          case CommandType.BeginString:
            stringDepth++;
            continue;
          case CommandType.EndString:
            stringDepth = Math.max(0, stringDepth - 1);
            continue;
          case CommandType.Turns:
            readsTurnCount = true;
            break;
          case CommandType.EvalStart:
          case CommandType.EvalEnd:
            if (open) open.dynamic = true;
            continue;
        }
      }
      if (open) {
        if (object instanceof StringValue) open.text += object.value;
        else open.dynamic = true;
        continue;
      }
      if (object instanceof LegacyTag) {
        const place: TagPlace = stringDepth > 0 ? 'option' : seenContent ? 'line' : 'global';
        tags.push({ text: object.text.trim(), place, ...locate(object, file), dynamic: false });
        continue;
      }
      if (object instanceof ChoicePoint) choiceLines.set(object.path.toString(), locate(object, file));
      if (object instanceof Container) {
        walk(object, stringDepth > 0);
        continue;
      }
      seenContent = true;
    }
  };
  walk(story.mainContentContainer, false);
  return { tags, choiceLines, readsTurnCount };
}
