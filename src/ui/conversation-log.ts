/**
 * The conversation as the play screen's log draws it, one entry at a time: an email as one message
 * (its sender, its subject when the story names one, its paragraphs), texts and calls as bubbles
 * with the speaker's name on the first of a run, narration as plain prose, and a divider where the
 * time or the channel changes (the only place the play screen shows the time).
 */
import type { LogEntry, PlayView } from '../core/session/play-view';
import { el } from '../dom/el';
import { channelNames } from '../core/stage/labels';
import { moodWords, speakerName } from './labels';

type LineEntry = Extract<LogEntry, { kind: 'line' }>;

/**
 * The stage's presentation; `subject` arrives with the `# subject:` tag (not in every build yet),
 * so it is read as optional and the log works with or without it.
 */
type PresentationWithSubject = PlayView['presentation'] & { subject?: string | null };

/** The email being written into: later paragraphs by the same sender join it. */
interface OpenEmail {
  speaker: string | null;
  body: HTMLElement;
}

export class ConversationLog {
  private openEmail: OpenEmail | null = null;
  /** Who spoke the last bubble, so a run of bubbles by one speaker names them once. */
  private lastBubbleSpeaker: string | null = null;
  private lastDividerTime: string | null = null;

  constructor(
    private readonly log: HTMLElement,
    /** "Kayla" for the mood notes ("Kayla seems annoyed."). */
    private readonly counterpart: string,
  ) {}

  /** Draws one batch of entries (those after a choice) at the end of the log; `presentation` is the state after them. */
  append(entries: readonly LogEntry[], presentation: PresentationWithSubject): void {
    // A batch follows a choice: what comes after it is a new message, never more of the last one.
    this.closeRuns();
    for (const entry of entries) {
      if (entry.kind === 'divider') {
        this.closeRuns();
        // The same moment on another channel names the channel alone: the time shows once.
        const time = entry.time === this.lastDividerTime ? null : entry.time;
        this.lastDividerTime = entry.time;
        this.log.append(el('p', { class: 'line divider' }, [time, channelNames[entry.channel]].filter(Boolean).join(' · ')));
      } else if (entry.kind === 'mood') {
        // A mood note does not end an email: the sender's next paragraph still belongs to it.
        this.lastBubbleSpeaker = null;
        this.log.append(el('p', { class: 'line mood-note' }, `${this.counterpart} seems ${moodWords[entry.mood]}.`));
      } else if (entry.whose === 'narration') {
        this.closeRuns();
        this.log.append(el('p', { class: 'line line-narration', 'data-channel': entry.channel }, entry.text));
      } else if (entry.channel === 'email') {
        this.appendEmailParagraph(entry, presentation.subject ?? null);
      } else {
        this.appendBubble(entry);
      }
    }
  }

  private closeRuns(): void {
    this.openEmail = null;
    this.lastBubbleSpeaker = null;
  }

  private appendEmailParagraph(entry: LineEntry, subject: string | null): void {
    this.lastBubbleSpeaker = null;
    if (!this.openEmail || this.openEmail.speaker !== entry.speaker) {
      const body = el('div', { class: 'message-body' });
      const sender = speakerName(entry.speaker, entry.whose);
      this.log.append(
        el(
          'article',
          { class: `line message email line-${entry.whose}`, 'data-channel': 'email', 'aria-label': `Email from ${sender}` },
          el(
            'header',
            { class: 'message-head' },
            el('p', { class: 'message-from' }, el('span', { class: 'message-field' }, 'From '), el('span', { class: 'speaker' }, sender)),
            subject ? el('p', { class: 'message-subject' }, el('span', { class: 'message-field' }, 'Subject '), subject) : null,
          ),
          body,
        ),
      );
      this.openEmail = { speaker: entry.speaker, body };
    }
    this.openEmail.body.append(el('p', {}, entry.text));
  }

  private appendBubble(entry: LineEntry): void {
    this.openEmail = null;
    const firstOfRun = entry.speaker !== this.lastBubbleSpeaker;
    this.lastBubbleSpeaker = entry.speaker;
    // Later bubbles of a run name the speaker to screen readers only, which hear each bubble alone.
    const name = entry.speaker && entry.prefixSpeaker ? `${speakerName(entry.speaker, entry.whose)}: ` : null;
    this.log.append(
      el(
        'p',
        { class: `line bubble line-${entry.whose}`, 'data-channel': entry.channel },
        name ? el('span', { class: firstOfRun ? 'speaker' : 'speaker sr-only' }, name) : null,
        el('span', { class: 'text' }, entry.text),
      ),
    );
  }
}
