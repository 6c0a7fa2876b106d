/**
 * The one wrapper around an audio library (howler, handed in as an AudioBackend when audio
 * starts). The rest of the game says `play('phone-ring')` or
 * `setAmbience(scenario)`; this class decides whether anything is heard. Every sound also
 * raises a caption, heard or not, and a sound that cannot play never stops the game: it goes on
 * silently and says so once, in a plain sentence.
 *
 * Over 300 lines because it is one state machine (locked, starting, ready, silent, destroyed)
 * whose every public method asks the state first; splitting it would pass that state between
 * files. The seam, when it grows again, is the ambience bed and its crossfade (startBed,
 * fadeOutBed), which could become its own class holding the player's state by reference.
 */
import type { Settings } from '../core/records/saved-data';
import {
  ambienceSound,
  isSoundName,
  soundCatalogue,
  type AmbienceName,
  type SoundBus,
  type SoundEntry,
  type SoundName,
} from '../core/sound-catalogue';

export type SoundFormat = 'ogg' | 'mp3';

/** Where a sound file is served; null when the build has no such file. */
export type SoundUrlResolver = (file: string, format: SoundFormat) => string | null;

export interface SoundCaption {
  name: SoundName;
  /** The catalogue's caption, such as "Phone ringing". */
  text: string;
}

/** What this class asks of a howler `Howl`; tests hand in a fake with the same shape. */
export interface HowlLike {
  play(): number;
  stop(soundId?: number): unknown;
  volume(volume: number, soundId?: number): unknown;
  fade(from: number, to: number, durationMs: number, soundId?: number): unknown;
  once(event: 'end', callback: () => void, soundId?: number): unknown;
  unload(): void;
}

/** The options a `Howl` is made with: the files in order of preference, and the failure hooks. */
export interface HowlSetup {
  src: string[];
  /** Given, not guessed from the URL, because a bundler may hash or inline the file. */
  format: SoundFormat[];
  /** Web Audio, so the ambience beds loop without a gap (see assets/sounds/README.md). */
  html5: false;
  loop: boolean;
  volume: number;
  preload: true;
  onloaderror: (soundId: number | null, error: unknown) => void;
  onplayerror: (soundId: number | null, error: unknown) => void;
}

type HowlFactory = (setup: HowlSetup) => HowlLike;

/**
 * What the player needs of an audio library, handed in when audio starts (howler-backend.ts in the
 * game, fakes in tests), so this file never imports howler and the page loads it only then.
 */
export interface AudioBackend {
  /** Starts audio output and says whether the browser has any. */
  startAudio: () => boolean;
  makeHowl: HowlFactory;
}

export interface SoundPlayerOptions {
  settings: Settings;
  resolveUrl: SoundUrlResolver;
  /** Called for every sound asked for, whether it is heard or not: the visual cue. */
  onCaption: (caption: SoundCaption) => void;
  /** Called at most once per player, with a sentence a learner can read. */
  onProblem: (message: string) => void;
  /** The backend `unlock()` uses when it is given none (tests hand in fakes here). */
  backend?: AudioBackend;
}

/** How long the ambient beds take to cross over, and sounds to fade when the scene changes. */
export const ambienceFadeMs = 600;
export const stopAllFadeMs = 200;
/** The gap between the sounds of one moment, so a choice's click, whoosh and chime stay distinct. */
export const sequenceGapMs = 250;
/** How old a sound asked for while audio was starting may be and still play once it has. */
export const lateSoundMs = 2000;

export const soundUnavailableMessage = 'Sound is unavailable, so captions will show what you would hear.';
export const soundFailedMessage = 'Some sounds could not be loaded, so captions will show what you would hear.';
const soundErrorMessage = 'Sound stopped working, so captions will show what you would hear.';

const formats: readonly SoundFormat[] = ['ogg', 'mp3'];

/** The volume a bus plays at: its own setting, or nothing when muted. */
export function busVolume(settings: Settings, bus: SoundBus): number {
  if (settings.muted) return 0;
  const volume = settings.volumes[bus];
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0;
}

function copySettings(settings: Settings): Settings {
  return { ...settings, volumes: { ...settings.volumes } };
}

type Timer = ReturnType<typeof setTimeout>;

export class SoundPlayer {
  /** Every sound the game asked for, in order (ambience beds included), heard or not. */
  readonly requested: SoundName[] = [];
  /** Every sound actually handed to howler, in order. */
  readonly played: SoundName[] = [];

  private settings: Settings;
  /** `starting`: the gesture came and audio is on its way (see `starting()`). */
  private state: 'locked' | 'starting' | 'ready' | 'silent' | 'destroyed' = 'locked';
  /** One-shot sounds asked for while audio was starting, with when; the recent ones play once it has. */
  private waiting: { name: SoundName; at: number }[] = [];
  private problemReported = false;
  private readonly howls = new Map<SoundName, HowlLike>();
  private readonly broken = new Set<SoundName>();
  /** One-shot sounds now playing, by howler sound id, so a scene change can fade exactly those. */
  private readonly sounding = new Map<SoundName, Set<number>>();
  /** The scenario whose bed is wanted, even while locked, so unlocking can start it. */
  private ambience: { scenarioId: string; sound: SoundName } | null = null;
  /** The bed actually playing. */
  private bed: { sound: SoundName; soundId: number } | null = null;
  private readonly sequenceTimers = new Set<Timer>();
  private readonly stopTimers = new Set<Timer>();

  private readonly resolveUrl: SoundUrlResolver;
  private readonly onCaption: (caption: SoundCaption) => void;
  private readonly onProblem: (message: string) => void;
  private backend: AudioBackend | null;

  constructor(options: SoundPlayerOptions) {
    this.settings = copySettings(options.settings);
    this.resolveUrl = options.resolveUrl;
    this.onCaption = options.onCaption;
    this.onProblem = options.onProblem;
    this.backend = options.backend ?? null;
  }

  /** True once audio has started after a gesture and has not failed for good. */
  get isAudible(): boolean {
    return this.state === 'ready';
  }

  /**
   * The player has made a gesture and `unlock` will follow once audio is loaded: one-shot sounds
   * asked for meanwhile are kept, and those still recent then are played (the opening line's
   * arrival sound, asked for before audio could start, is still heard with it).
   */
  starting(): void {
    if (this.state === 'locked') this.state = 'starting';
  }

  /**
   * Starts audio with `backend` (or the one given at construction); call it after the player's
   * first pointerdown or keydown. Safe to call again.
   */
  unlock(backend: AudioBackend | null = this.backend): void {
    if (this.state !== 'locked' && this.state !== 'starting') return;
    const late = this.waiting.filter((wait) => Date.now() - wait.at <= lateSoundMs).map((wait) => wait.name);
    this.waiting = [];
    this.backend = backend;
    let available = false;
    try {
      available = backend?.startAudio() ?? false;
    } catch {
      available = false;
    }
    if (!available) {
      this.state = 'silent';
      this.report(soundUnavailableMessage);
      return;
    }
    this.state = 'ready';
    this.guard(() => {
      if (this.ambience) this.startBed(this.ambience.sound);
    });
    if (late.length > 0) this.playSequence(late.slice(-4), sequenceGapMs, false);
  }

  /** Plays a sound (when unlocked and audible) and raises its caption (unless it was raised before). */
  play(name: SoundName, captioned = true): void {
    if (this.state === 'destroyed' || !isSoundName(name)) return;
    if (captioned) this.requested.push(name);
    if (captioned) this.caption(name);
    this.guard(() => {
      const entry: SoundEntry = soundCatalogue[name];
      if (this.state === 'starting' && !entry.loop) this.waiting.push({ name, at: Date.now() });
      // A looping bed started here could never be stopped by name: beds go through setAmbience.
      if (this.state !== 'ready' || entry.loop) return;
      const volume = busVolume(this.settings, entry.bus);
      if (volume === 0) return;
      const howl = this.howlFor(name);
      if (!howl) return;
      howl.volume(volume);
      const soundId = howl.play();
      this.played.push(name);
      const ids = this.sounding.get(name) ?? new Set<number>();
      ids.add(soundId);
      this.sounding.set(name, ids);
      howl.once('end', () => ids.delete(soundId), soundId);
    });
  }

  /** Plays the sounds of one moment a short gap apart; each caption appears as its sound plays. */
  playSequence(names: readonly SoundName[], gapMs = sequenceGapMs, captioned = true): void {
    names.forEach((name, index) => {
      if (index === 0) {
        this.play(name, captioned);
        return;
      }
      const timer = setTimeout(() => {
        this.sequenceTimers.delete(timer);
        this.play(name, captioned);
      }, gapMs * index);
      this.sequenceTimers.add(timer);
    });
  }

  /**
   * Cross-fades to the scenario's ambient bed (what its `# ambience:` names), or fades out with
   * null. Asking again for the scenario already set changes nothing, so its caption shows once per
   * scenario start.
   */
  setAmbience(scenario: { readonly id: string; readonly ambience: AmbienceName } | null): void {
    if (this.state === 'destroyed') return;
    const scenarioId = scenario?.id ?? null;
    if (scenarioId === (this.ambience?.scenarioId ?? null)) return;
    const sound = scenario === null ? null : ambienceSound(scenario.ambience);
    this.ambience = scenarioId === null || sound === null ? null : { scenarioId, sound };
    if (sound) {
      this.requested.push(sound);
      this.caption(sound);
    }
    this.guard(() => this.startBed(sound));
  }

  /** Takes new volumes and mute at once, including for sounds already playing. */
  applySettings(settings: Settings): void {
    if (this.state === 'destroyed') return;
    this.settings = copySettings(settings);
    if (this.state !== 'ready') return;
    this.guard(() => {
      for (const [name, howl] of this.howls) {
        const entry: SoundEntry = soundCatalogue[name];
        const volume = busVolume(this.settings, entry.bus);
        if (entry.loop) {
          // Only the current bed follows the setting; one still fading out keeps fading.
          if (this.bed?.sound === name) howl.volume(volume, this.bed.soundId);
        } else {
          howl.volume(volume);
        }
      }
    });
  }

  /** Fades out every sound, the ambient bed included, for a change of scene. */
  stopAll(fadeMs = stopAllFadeMs): void {
    if (this.state === 'destroyed') return;
    this.clearTimers(this.sequenceTimers);
    this.ambience = null;
    this.waiting = [];
    this.guard(() => {
      for (const [name, ids] of this.sounding) {
        const howl = this.howls.get(name);
        const from = busVolume(this.settings, soundCatalogue[name].bus);
        if (howl) for (const soundId of ids) this.fadeOutAndStop(howl, soundId, from, fadeMs);
      }
      this.sounding.clear();
      this.fadeOutBed(fadeMs);
    });
  }

  /** Stops and unloads everything; the player does nothing afterwards. */
  destroy(): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    this.clearTimers(this.sequenceTimers);
    this.clearTimers(this.stopTimers);
    for (const howl of this.howls.values()) {
      try {
        howl.stop();
        howl.unload();
      } catch {
        // Already broken: there is nothing left to stop.
      }
    }
    this.howls.clear();
    this.sounding.clear();
    this.bed = null;
    this.ambience = null;
  }

  private caption(name: SoundName): void {
    try {
      this.onCaption({ name, text: soundCatalogue[name].caption });
    } catch {
      // A failing caption display must not take the sound, or the game, with it.
    }
  }

  /** Runs audio work so that no howler or browser error ever leaves a public method. */
  private guard(work: () => void): void {
    try {
      work();
    } catch {
      this.report(soundErrorMessage);
    }
  }

  private report(message: string): void {
    if (this.problemReported) return;
    this.problemReported = true;
    try {
      this.onProblem(message);
    } catch {
      // The notice is a courtesy; the game goes on without it.
    }
  }

  /** The sound's Howl, made on its first use; null when its files are missing or failed before. */
  private howlFor(name: SoundName): HowlLike | null {
    if (this.broken.has(name)) return null;
    const existing = this.howls.get(name);
    if (existing) return existing;
    const entry: SoundEntry = soundCatalogue[name];
    const src: string[] = [];
    const found: SoundFormat[] = [];
    for (const format of formats) {
      const url = this.resolveUrl(entry.file, format);
      if (url) {
        src.push(url);
        found.push(format);
      }
    }
    if (src.length === 0) {
      this.broken.add(name);
      this.report(soundFailedMessage);
      return null;
    }
    const backend = this.backend;
    if (!backend) return null;
    let howl: HowlLike;
    try {
      howl = backend.makeHowl({
        src,
        format: found,
        html5: false,
        loop: entry.loop ?? false,
        volume: busVolume(this.settings, entry.bus),
        preload: true,
        onloaderror: () => this.loadFailed(name),
        onplayerror: () => this.report(soundFailedMessage),
      });
    } catch {
      // Not worth trying again on every play: this sound stays a caption.
      this.broken.add(name);
      this.report(soundFailedMessage);
      return null;
    }
    this.howls.set(name, howl);
    return howl;
  }

  /** A file that did not load stays silent from now on; its captions go on. */
  private loadFailed(name: SoundName): void {
    this.broken.add(name);
    this.sounding.delete(name);
    if (this.bed?.sound === name) this.bed = null;
    const howl = this.howls.get(name);
    this.howls.delete(name);
    this.report(soundFailedMessage);
    // Howler is still inside its own error handler: unload once it has finished.
    if (howl) {
      const timer = setTimeout(() => {
        this.stopTimers.delete(timer);
        try {
          howl.unload();
        } catch {
          // Nothing loaded, so nothing to free.
        }
      }, 0);
      this.stopTimers.add(timer);
    }
  }

  private startBed(sound: SoundName | null): void {
    if (this.state !== 'ready') return;
    if (this.bed && this.bed.sound === sound) return;
    this.fadeOutBed(ambienceFadeMs);
    if (!sound) return;
    const howl = this.howlFor(sound);
    if (!howl) return;
    const target = busVolume(this.settings, 'ambience');
    const soundId = howl.play();
    this.played.push(sound);
    howl.volume(0, soundId);
    howl.fade(0, target, ambienceFadeMs, soundId);
    this.bed = { sound, soundId };
  }

  private fadeOutBed(fadeMs: number): void {
    const bed = this.bed;
    this.bed = null;
    if (!bed) return;
    const howl = this.howls.get(bed.sound);
    if (howl) this.fadeOutAndStop(howl, bed.soundId, busVolume(this.settings, 'ambience'), fadeMs);
  }

  private fadeOutAndStop(howl: HowlLike, soundId: number, from: number, fadeMs: number): void {
    if (from <= 0 || fadeMs <= 0) {
      howl.stop(soundId);
      return;
    }
    howl.fade(from, 0, fadeMs, soundId);
    const timer = setTimeout(() => {
      this.stopTimers.delete(timer);
      try {
        howl.stop(soundId);
      } catch {
        // Unloaded meanwhile: it is already silent.
      }
    }, fadeMs);
    this.stopTimers.add(timer);
  }

  private clearTimers(timers: Set<Timer>): void {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }
}
