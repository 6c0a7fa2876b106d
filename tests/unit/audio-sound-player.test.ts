import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ambienceFadeMs,
  busVolume,
  lateSoundMs,
  sequenceGapMs,
  soundFailedMessage,
  SoundPlayer,
  soundUnavailableMessage,
  stopAllFadeMs,
  type AudioBackend,
  type HowlLike,
  type HowlSetup,
  type SoundCaption,
  type SoundPlayerOptions,
} from '../../src/audio/sound-player';
import { defaultSettings, type Settings } from '../../src/core/records/saved-data';

/** Stands in for a howler Howl: records what it was told, and can fail to load on demand. */
class FakeHowl implements HowlLike {
  private static lastId = 0;
  readonly plays: number[] = [];
  readonly volumes: Array<{ volume: number; soundId?: number }> = [];
  readonly fades: Array<{ from: number; to: number; durationMs: number; soundId?: number }> = [];
  readonly stops: Array<number | undefined> = [];
  unloaded = false;
  private readonly endings = new Map<number, () => void>();

  constructor(readonly setup: HowlSetup) {}

  play(): number {
    const id = ++FakeHowl.lastId;
    this.plays.push(id);
    return id;
  }
  stop(soundId?: number): this {
    this.stops.push(soundId);
    return this;
  }
  volume(volume: number, soundId?: number): this {
    this.volumes.push(soundId === undefined ? { volume } : { volume, soundId });
    return this;
  }
  fade(from: number, to: number, durationMs: number, soundId?: number): this {
    this.fades.push({ from, to, durationMs, soundId });
    return this;
  }
  once(_event: 'end', callback: () => void, soundId?: number): this {
    if (soundId !== undefined) this.endings.set(soundId, callback);
    return this;
  }
  unload(): void {
    this.unloaded = true;
  }
  /** The group volume last set (what a new sound of this Howl plays at). */
  get groupVolume(): number | undefined {
    return this.volumes.filter((v) => v.soundId === undefined).at(-1)?.volume;
  }
  end(soundId: number): void {
    this.endings.get(soundId)?.();
  }
  failToLoad(): void {
    this.setup.onloaderror(null, 'Decoding audio data failed.');
  }
}

function settingsWith(change: Partial<Omit<Settings, 'volumes'>> & { volumes?: Partial<Settings['volumes']> } = {}): Settings {
  return { ...defaultSettings, ...change, volumes: { ...defaultSettings.volumes, ...change.volumes } };
}

/** A player over a fake audio backend; `startAudio` and `makeHowl` replace the backend's parts. */
function makePlayer(options: Partial<SoundPlayerOptions> & Partial<AudioBackend> = {}) {
  const howls: FakeHowl[] = [];
  const captions: SoundCaption[] = [];
  const problems: string[] = [];
  const startAudio = vi.fn(() => true);
  const { startAudio: startInstead, makeHowl: makeInstead, ...rest } = options;
  const player = new SoundPlayer({
    settings: settingsWith(),
    resolveUrl: (file, format) => `/sounds/${file}.${format}`,
    onCaption: (caption) => captions.push(caption),
    onProblem: (message) => problems.push(message),
    backend: {
      startAudio: startInstead ?? startAudio,
      makeHowl:
        makeInstead ??
        ((setup) => {
          const howl = new FakeHowl(setup);
          howls.push(howl);
          return howl;
        }),
    },
    ...rest,
  });
  const howlOf = (file: string): FakeHowl | undefined => howls.find((h) => h.setup.src[0] === `/sounds/${file}.ogg`);
  return { player, howls, captions, problems, startAudio, howlOf };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the sound player before the first gesture', () => {
  it('plays and loads nothing and starts no audio, yet captions every sound', () => {
    const { player, howls, captions, startAudio } = makePlayer();
    player.play('phone-ring');
    player.play('choice-confirmed');
    expect(howls).toEqual([]);
    expect(startAudio).not.toHaveBeenCalled();
    expect(player.played).toEqual([]);
    expect(player.requested).toEqual(['phone-ring', 'choice-confirmed']);
    expect(captions).toEqual([
      { name: 'phone-ring', text: 'Phone ringing' },
      { name: 'choice-confirmed', text: 'Choice made' },
    ]);
  });

  it('does not replay sounds asked for before the gesture once it comes', () => {
    const { player, howls } = makePlayer();
    player.play('phone-ring');
    player.unlock();
    expect(howls).toEqual([]);
  });
});

describe('the sound player while audio starts after the gesture', () => {
  it('plays the sounds asked for meanwhile once audio has started, captioned once', () => {
    const { player, captions } = makePlayer();
    player.starting();
    player.play('mail-received');
    vi.advanceTimersByTime(500);
    player.unlock();
    expect(player.played).toEqual(['mail-received']);
    expect(player.requested).toEqual(['mail-received']);
    expect(captions.map((c) => c.name)).toEqual(['mail-received']);
  });

  it('drops a sound that waited longer than lateSoundMs, or that a change of scene stopped', () => {
    const stale = makePlayer();
    stale.player.starting();
    stale.player.play('phone-ring');
    vi.advanceTimersByTime(lateSoundMs + 1);
    stale.player.unlock();
    expect(stale.player.played).toEqual([]);

    const stopped = makePlayer();
    stopped.player.starting();
    stopped.player.play('phone-ring');
    stopped.player.stopAll();
    stopped.player.unlock();
    expect(stopped.player.played).toEqual([]);
  });
});

describe('the sound player after the first gesture', () => {
  it("creates a sound's Howl only when that sound is first played, and reuses it", () => {
    const { player, howls, howlOf } = makePlayer();
    player.unlock();
    expect(howls).toEqual([]);
    player.play('phone-ring');
    player.play('phone-ring');
    expect(howls).toHaveLength(1);
    expect(howlOf('phone-ring')!.plays).toHaveLength(2);
    player.play('score-up');
    expect(howls).toHaveLength(2);
    expect(player.played).toEqual(['phone-ring', 'phone-ring', 'score-up']);
  });

  it('gives howler the Ogg file first with the MP3 as a fallback, through Web Audio', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.play('mail-sent');
    const setup = howlOf('mail-sent')!.setup;
    expect(setup.src).toEqual(['/sounds/mail-sent.ogg', '/sounds/mail-sent.mp3']);
    expect(setup.format).toEqual(['ogg', 'mp3']);
    expect(setup.html5).toBe(false);
    expect(setup.loop).toBe(false);
  });

  it('plays each sound at the volume of its bus', () => {
    const { player, howlOf } = makePlayer({ settings: settingsWith({ volumes: { interface: 0.4, channel: 0.9 } }) });
    player.unlock();
    player.play('phone-ring');
    player.play('choice-confirmed');
    expect(howlOf('phone-ring')!.groupVolume).toBe(0.9);
    expect(howlOf('choice-confirmed')!.groupVolume).toBe(0.4);
  });

  it('computes a bus volume as the setting, or nothing when muted', () => {
    expect(busVolume(settingsWith({ volumes: { ambience: 0.25 } }), 'ambience')).toBe(0.25);
    expect(busVolume(settingsWith({ muted: true }), 'channel')).toBe(0);
  });

  it('follows a volume change live for sounds already made', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.play('phone-ring');
    player.applySettings(settingsWith({ volumes: { channel: 0.5 } }));
    expect(howlOf('phone-ring')!.groupVolume).toBe(0.5);
  });

  it('silences playing sounds when muted, skips new ones, keeps every caption, and restores on unmute', () => {
    const { player, howlOf, captions } = makePlayer();
    player.unlock();
    player.play('phone-ring');
    player.applySettings(settingsWith({ muted: true }));
    expect(howlOf('phone-ring')!.groupVolume).toBe(0);
    player.play('message-sent');
    expect(howlOf('message-sent')).toBeUndefined();
    expect(player.played).toEqual(['phone-ring']);
    expect(captions.map((c) => c.text)).toEqual(['Phone ringing', 'Text message sent']);
    player.applySettings(settingsWith({ muted: false }));
    expect(howlOf('phone-ring')!.groupVolume).toBe(defaultSettings.volumes.channel);
  });

  it('starts muted when the saved settings say so', () => {
    const { player, howls } = makePlayer({ settings: settingsWith({ muted: true }) });
    player.unlock();
    player.play('ending');
    expect(howls).toEqual([]);
  });

  it('plays the sounds of one moment a short gap apart, each caption with its sound', () => {
    const { player, captions } = makePlayer();
    player.unlock();
    player.playSequence(['choice-confirmed', 'message-sent', 'score-up']);
    expect(player.played).toEqual(['choice-confirmed']);
    vi.advanceTimersByTime(sequenceGapMs);
    expect(player.played).toEqual(['choice-confirmed', 'message-sent']);
    vi.advanceTimersByTime(sequenceGapMs);
    expect(captions.map((c) => c.name)).toEqual(['choice-confirmed', 'message-sent', 'score-up']);
  });
});

describe('the sound player when sound fails', () => {
  it('reports a file that fails to load once, stays silent for it, and keeps captioning', () => {
    const { player, howls, howlOf, problems, captions } = makePlayer();
    player.unlock();
    player.play('phone-ring');
    howlOf('phone-ring')!.failToLoad();
    player.play('score-up');
    howlOf('score-up')!.failToLoad();
    player.play('phone-ring');
    expect(problems).toEqual([soundFailedMessage]);
    expect(howls).toHaveLength(2);
    expect(captions.map((c) => c.name)).toEqual(['phone-ring', 'score-up', 'phone-ring']);
    vi.runAllTimers();
    expect(howlOf('phone-ring')!.unloaded).toBe(true);
  });

  it('reports a sound whose files the build does not have', () => {
    const { player, howls, problems, captions } = makePlayer({ resolveUrl: () => null });
    player.unlock();
    player.play('voicemail');
    expect(howls).toEqual([]);
    expect(problems).toEqual([soundFailedMessage]);
    expect(captions).toHaveLength(1);
  });

  it('uses whichever format the build has', () => {
    const { player, howls } = makePlayer({ resolveUrl: (file, format) => (format === 'mp3' ? `/sounds/${file}.mp3` : null) });
    player.unlock();
    player.play('voicemail');
    expect(howls[0]!.setup.src).toEqual(['/sounds/voicemail.mp3']);
    expect(howls[0]!.setup.format).toEqual(['mp3']);
  });

  it('goes on silently, with one calm sentence, when the browser has no audio', () => {
    const { player, howls, problems, captions } = makePlayer({ startAudio: () => false });
    player.unlock();
    player.unlock();
    player.play('phone-ring');
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    player.play('ending');
    expect(howls).toEqual([]);
    expect(problems).toEqual([soundUnavailableMessage]);
    expect(problems[0]).toBe('Sound is unavailable, so captions will show what you would hear.');
    expect(captions.map((c) => c.text)).toEqual(['Phone ringing', 'Quiet room tone', 'Scenario complete']);
  });

  it('never throws when starting audio, making a sound or showing a caption throws', () => {
    const { player, problems } = makePlayer({
      startAudio: () => {
        throw new Error('AudioContext is not allowed');
      },
    });
    expect(() => player.unlock()).not.toThrow();
    expect(problems).toEqual([soundUnavailableMessage]);

    const broken = makePlayer({
      makeHowl: () => {
        throw new Error('howler exploded');
      },
      onCaption: () => {
        throw new Error('no caption area');
      },
    });
    broken.player.unlock();
    expect(() => broken.player.play('phone-ring')).not.toThrow();
    expect(() => broken.player.setAmbience({ id: 'overeager-studio', ambience: 'studio' })).not.toThrow();
    expect(() => broken.player.stopAll()).not.toThrow();
    expect(broken.problems).toHaveLength(1);
    expect(broken.player.requested).toEqual(['phone-ring', 'ambience-studio']);
  });
});

describe('the ambient bed', () => {
  it('waits for the gesture, then fades the scenario bed in on loop at the ambience volume', () => {
    const { player, howls, howlOf, captions } = makePlayer();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    expect(howls).toEqual([]);
    expect(captions).toEqual([{ name: 'ambience-home', text: 'Quiet room tone' }]);
    player.unlock();
    const bed = howlOf('ambience-home')!;
    expect(bed.setup.loop).toBe(true);
    const id = bed.plays[0]!;
    expect(bed.volumes).toContainEqual({ volume: 0, soundId: id });
    expect(bed.fades).toEqual([{ from: 0, to: defaultSettings.volumes.ambience, durationMs: ambienceFadeMs, soundId: id }]);
  });

  it('cross-fades to the next scenario bed and stops the old one when its fade ends', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    player.setAmbience({ id: 'overeager-studio', ambience: 'studio' });
    const home = howlOf('ambience-home')!;
    const studio = howlOf('ambience-studio')!;
    const homeId = home.plays[0]!;
    expect(home.fades.at(-1)).toEqual({ from: defaultSettings.volumes.ambience, to: 0, durationMs: ambienceFadeMs, soundId: homeId });
    expect(studio.fades).toEqual([{ from: 0, to: defaultSettings.volumes.ambience, durationMs: ambienceFadeMs, soundId: studio.plays[0] }]);
    expect(home.stops).toEqual([]);
    vi.advanceTimersByTime(ambienceFadeMs);
    expect(home.stops).toEqual([homeId]);
    expect(studio.stops).toEqual([]);
  });

  it('fades out with null', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'no-show-prospect', ambience: 'office' });
    player.setAmbience(null);
    const office = howlOf('ambience-office')!;
    expect(office.fades.at(-1)).toMatchObject({ to: 0, durationMs: ambienceFadeMs });
    vi.advanceTimersByTime(ambienceFadeMs);
    expect(office.stops).toEqual([office.plays[0]]);
  });

  it('captions the bed once per scenario start', () => {
    const { player, captions } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    expect(captions).toHaveLength(1);
    player.setAmbience(null);
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    expect(captions).toHaveLength(2);
  });

  it('keeps the same bed playing when the next scenario uses it too', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'no-show-prospect', ambience: 'office' });
    player.setAmbience({ id: 'threatening-customer', ambience: 'office' });
    const office = howlOf('ambience-office')!;
    expect(office.plays).toHaveLength(1);
    expect(office.fades).toHaveLength(1);
  });

  it('follows the ambience volume and mute live', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    const bed = howlOf('ambience-home')!;
    player.applySettings(settingsWith({ volumes: { ambience: 0.1 } }));
    expect(bed.volumes.at(-1)).toEqual({ volume: 0.1, soundId: bed.plays[0] });
    player.applySettings(settingsWith({ muted: true }));
    expect(bed.volumes.at(-1)).toEqual({ volume: 0, soundId: bed.plays[0] });
  });

  it('is never started by play(), which only captions it', () => {
    const { player, howls, captions } = makePlayer();
    player.unlock();
    player.play('ambience-office');
    expect(howls).toEqual([]);
    expect(captions).toHaveLength(1);
  });
});

describe('stopping', () => {
  it('fades every playing sound and the bed, then stops them, for a change of scene', () => {
    const { player, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    player.play('phone-ring');
    player.play('choice-confirmed');
    howlOf('choice-confirmed')!.end(howlOf('choice-confirmed')!.plays[0]!);
    player.stopAll();
    const ring = howlOf('phone-ring')!;
    const ringId = ring.plays[0]!;
    expect(ring.fades).toEqual([{ from: defaultSettings.volumes.channel, to: 0, durationMs: stopAllFadeMs, soundId: ringId }]);
    expect(howlOf('choice-confirmed')!.fades).toEqual([]);
    vi.advanceTimersByTime(stopAllFadeMs);
    expect(ring.stops).toEqual([ringId]);
    expect(howlOf('ambience-home')!.stops).toEqual([howlOf('ambience-home')!.plays[0]]);
  });

  it('cancels the rest of a sequence', () => {
    const { player } = makePlayer();
    player.unlock();
    player.playSequence(['choice-confirmed', 'mail-sent']);
    player.stopAll();
    vi.runAllTimers();
    expect(player.requested).toEqual(['choice-confirmed']);
  });

  it('lets the same scenario bed start again after a stop', () => {
    const { player, captions, howlOf } = makePlayer();
    player.unlock();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    player.stopAll();
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    expect(captions).toHaveLength(2);
    expect(howlOf('ambience-home')!.plays).toHaveLength(2);
  });

  it('unloads everything on destroy and does nothing afterwards', () => {
    const { player, howls, captions } = makePlayer();
    player.unlock();
    player.play('phone-ring');
    player.destroy();
    expect(howls[0]!.unloaded).toBe(true);
    player.play('phone-ring');
    player.setAmbience({ id: 'pushy-presenter', ambience: 'home' });
    expect(howls).toHaveLength(1);
    expect(captions).toHaveLength(1);
  });
});
