/**
 * The baseline the game is measured against (`npm run bench:web`): the same compiled stories, from
 * the same Vite ink plugin, played by the bare inkjs runtime into plain HTML. It has the game's
 * screens (menu, briefing, play, end) and the hooks the benchmark drives (`data-scenario`,
 * `button.primary`, `.log`, `button[data-option]`, number keys, `button[data-finish]`), and nothing
 * else: no stage, sound, saves, scoring or coaching. Whatever the game costs beyond this page is
 * what its own code costs.
 */
import { Story } from 'inkjs';
import { scenarioLoaders, scenarioMetas } from 'virtual:glasshouse/scenarios';
import type { ScenarioMeta } from '../../src/core/story/scenario';

const root = document.getElementById('app')!;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function button(text: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const node = element('button', text, { type: 'button', ...attributes });
  node.addEventListener('click', onClick);
  return node;
}

/** The speaker of a line, from its `# speaker:` tag, the one tag a reader needs to follow the thread. */
function speakerOf(tags: string[] | null): string | null {
  const tag = tags?.find((t) => t.trim().startsWith('speaker:'));
  return tag ? tag.slice(tag.indexOf(':') + 1).trim() : null;
}

function showMenu(): void {
  const list = element('ul');
  for (const meta of [...scenarioMetas].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9))) {
    const item = element('li');
    item.append(button(meta.title, () => showBriefing(meta), { 'data-scenario': meta.id }));
    list.append(item);
  }
  root.replaceChildren(element('h1', 'Scenarios'), list);
}

function showBriefing(meta: ScenarioMeta): void {
  root.replaceChildren(
    element('h1', meta.title),
    element('p', meta.brief ?? ''),
    button('Start', () => void play(meta), { class: 'primary' }),
    button('Back to scenarios', showMenu),
  );
}

let pickOption: ((position: number) => void) | null = null;

document.addEventListener('keydown', (event) => {
  if (/^[1-9]$/.test(event.key) && pickOption) pickOption(Number(event.key) - 1);
});

async function play(meta: ScenarioMeta): Promise<void> {
  const load = scenarioLoaders[meta.id];
  if (!load) throw new Error(`no scenario ${meta.id}`);
  const story = new Story((await load()).storyJson);
  const log = element('div', '', { class: 'log', role: 'log' });
  const options = element('div', '', { class: 'options' });
  root.replaceChildren(element('h1', meta.title), log, options);

  const advance = () => {
    while (story.canContinue) {
      const text = story.Continue()?.trim();
      if (!text) continue;
      const speaker = speakerOf(story.currentTags);
      log.append(element('p', speaker ? `${speaker}: ${text}` : text));
    }
    log.lastElementChild?.scrollIntoView({ block: 'end' });
    const choices = story.currentChoices.filter((choice) => !choice.isInvisibleDefault);
    if (!choices.length) {
      pickOption = null;
      options.replaceChildren(button('The end', showEnd, { 'data-finish': '' }));
      return;
    }
    pickOption = (position) => {
      const choice = choices[position];
      if (!choice) return;
      story.ChooseChoiceIndex(choice.index);
      advance();
    };
    options.replaceChildren(
      ...choices.map((choice, position) => {
        const option = button('', () => pickOption?.(position), { 'data-option': String(position + 1) });
        option.append(element('span', String(position + 1), { class: 'key' }), ' ', element('span', choice.text, { class: 'label' }));
        return option;
      }),
    );
    options.querySelector('button')?.focus();
  };
  advance();
}

function showEnd(): void {
  pickOption = null;
  root.replaceChildren(element('h1', 'The end'), button('Back to scenarios', showMenu, { class: 'primary' }));
}

showMenu();
