#!/usr/bin/env bash
# Synthesises every sound in src/core/sound-catalogue.ts into assets/sounds/ with SoX.
#
#   tools/make-sounds.sh            # (re)writes assets/sounds/<file>.ogg, <file>.mp3 and README.md
#
# Nothing is downloaded or sampled: every sound is built from sine tones, filtered noise,
# envelopes and reverb, so the files are original and can be regenerated at any time.
# Needs: sox 14.4 with Ogg Vorbis and MP3 writing (Debian/Ubuntu: sox + libsox-fmt-all), awk.
#
# Deterministic: SoX runs with -R (fixed random seed), so the noise, the dither, the Ogg stream
# serial and therefore the output bytes are the same on every run on the same SoX build.
# Idempotent: it only overwrites its own outputs and cleans up its temporary directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/assets/sounds"
CATALOGUE="$ROOT/src/core/sound-catalogue.ts"
SR=44100

command -v sox >/dev/null || { echo "make-sounds: sox is not installed" >&2; exit 1; }
for fmt in vorbis mp3; do
  help="$(sox --help-format "$fmt" 2>/dev/null || true)"
  [[ "$help" == *$'\nWrites:'* ]] ||
    { echo "make-sounds: this sox cannot write $fmt (install libsox-fmt-all)" >&2; exit 1; }
done

mkdir -p "$OUT"
T="$(mktemp -d "${TMPDIR:-/tmp}/make-sounds.XXXXXX")"
# MAKE_SOUNDS_KEEP_TMP=1 keeps the intermediate WAV files for inspection.
if [[ "${MAKE_SOUNDS_KEEP_TMP:-0}" == 1 ]]; then echo "make-sounds: keeping $T"; else trap 'rm -rf "$T"' EXIT; fi

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

# S ARGS...: sox with a fixed random seed (-R), no progress bar, warnings (e.g. clipping) shown.
S() { sox -R -q "$@"; }

# calc EXPR: floating-point arithmetic.
calc() { awk "BEGIN { printf \"%.6f\", $* }"; }

# note OUT FREQ RING [TIMBRE]: one soft struck note (a chime, a marimba-ish blip).
# RING is how long it sounds, in seconds, before it has decayed by about 60 dB.
# TIMBRE: glass (default; bright chime), soft (near sine, warm), tube (door chime; bar partials).
note() {
  local out=$1 f=$2 ring=$3 timbre=${4:-glass}
  # sox's log fade falls 100 dB over its length, so fade over 5/3 RING and keep RING of it.
  local len; len=$(calc "$ring*5/3")
  local fin=0.004 fout; fout=$(calc "$len-0.004")
  local body="$T/note-body.wav" atk="$T/note-atk.wav"
  case $timbre in
    soft)
      S -r $SR -c 2 -n "$body" synth "$len" sine "$f" sine "$(calc "$f*2")" \
        remix 1v0.85,2v0.06 fade l "$fin" "$len" "$fout"
      S -r $SR -c 1 -n "$atk" synth 0.06 sine "$(calc "$f*3")" \
        vol 0.04 fade l 0.002 0.06 0.058 ;;
    glass)
      S -r $SR -c 3 -n "$body" synth "$len" sine "$f" sine "$(calc "$f*2")" sine "$(calc "$f*3")" \
        remix 1v0.8,2v0.14,3v0.03 fade l "$fin" "$len" "$fout"
      S -r $SR -c 2 -n "$atk" synth 0.12 sine "$(calc "$f*4.07")" sine "$(calc "$f*5.93")" \
        remix 1v0.06,2v0.025 fade l 0.002 0.12 0.118 ;;
    tube)
      # A gently detuned pair on the fundamental gives a slow shimmer, like a hanging chime.
      S -r $SR -c 4 -n "$body" synth "$len" sine "$f" sine "$(calc "$f*1.0025")" \
        sine "$(calc "$f*2.76")" sine "$(calc "$f*2")" \
        remix 1v0.45,2v0.4,3v0.07,4v0.1 fade l 0.006 "$len" "$(calc "$len-0.006")"
      S -r $SR -c 2 -n "$atk" synth 0.2 sine "$(calc "$f*5.4")" sine "$(calc "$f*8.93")" \
        remix 1v0.05,2v0.02 fade l 0.002 0.2 0.198 ;;
    *) echo "make-sounds: unknown timbre $timbre" >&2; return 1 ;;
  esac
  S -m -v 0.5 "$body" -v 0.5 "$atk" "$T/note-mix.wav"
  S "$T/note-mix.wav" "$out" trim 0 "$ring" fade t 0 -0 0.02
}

# blip OUT FROM TO DUR: a short pitch-swept sine blip (exponential sweep), soft edges.
blip() {
  local out=$1 from=$2 to=$3 dur=$4
  S -r $SR -c 2 -n "$out" synth "$dur" sine "$from:$to" sine "$(calc "$from*2"):$(calc "$to*2")" \
    remix 1v0.85,2v0.08 fade q 0.004 -0 "$(calc "$dur*0.7")"
}

# click OUT: a very short, dull tick (band-limited noise burst plus a tiny high sine).
click() {
  local out=$1
  S -r $SR -c 1 -n "$T/click-n.wav" synth 0.012 pinknoise highpass 1200 lowpass 5000 \
    vol 0.5 fade l 0.0005 0.012 0.0115
  S -r $SR -c 1 -n "$T/click-s.wav" synth 0.03 sine 2100 vol 0.35 fade l 0.001 0.03 0.029
  S -m -v 1 "$T/click-n.wav" -v 1 "$T/click-s.wav" "$out"
}

# noise source shared by the whooshes: 3 s of pink noise, grains are cut at different offsets
# so that overlapping grains are not copies of each other.
S -r $SR -c 1 -n "$T/whoosh-src.wav" synth 3 pinknoise vol 0.5

# whoosh OUT DUR F0 F1: a breathy sweep built from overlapping noise grains whose band-pass
# centre glides exponentially from F0 to F1 Hz; shaped with a swell and a longer release.
whoosh() {
  local out=$1 dur=$2 f0=$3 f1=$4
  local n=12 g i specs=()
  g=$(calc "$dur*0.35")
  for ((i = 0; i < n; i++)); do
    local start c
    start=$(calc "($dur-$g)*$i/($n-1)")
    c=$(calc "$f0*exp(log($f1/$f0)*$i/($n-1))")
    S "$T/whoosh-src.wav" "$T/grain$i.wav" trim "$(calc "0.11*$i")" "$g" \
      bandpass "$c" 0.9o bandpass "$c" 1.4o fade h "$(calc "$g/2")" -0 "$(calc "$g/2")"
    specs+=("$T/grain$i.wav@$start")
  done
  mix "$T/whoosh-raw.wav" "${specs[@]}"
  S "$T/whoosh-raw.wav" "$out" fade q "$(calc "$dur*0.4")" -0 "$(calc "$dur*0.55")"
}

# mix OUT FILE@START...: mixes files, each delayed by START seconds, each at half gain
# (headroom; the level is set again when the sound is finished).
mix() {
  local out=$1 spec i=0 args=()
  shift
  for spec in "$@"; do
    S "${spec%@*}" "$T/mix$i.wav" pad "${spec##*@}" 0
    args+=(-v 0.5 "$T/mix$i.wav")
    i=$((i + 1))
  done
  if ((i == 1)); then cp "$T/mix0.wav" "$out"; else S -m "${args[@]}" "$out"; fi
}

# space IN OUT REVERBERANCE TAIL: adds a small soft room (reverb) with TAIL seconds of tail room.
space() {
  local in=$1 out=$2 rev=$3 tail=$4
  S "$in" "$out" vol 0.5 pad 0 "$tail" reverb "$rev" 60 40 100 8 -4
}

# encode NAME WAV [OGG_QUALITY MP3_BITRATE]: writes assets/sounds/NAME.ogg and NAME.mp3.
encode() {
  local name=$1 wav=$2 q=${3:-4} br=${4:-64}
  S "$wav" --comment "Glasshouse: $name (generated by tools/make-sounds.sh)" -C "$q" "$OUT/$name.ogg"
  S "$wav" -C "$br.2" "$OUT/$name.mp3"
  echo "  $name"
}

# finish NAME WAV [PEAK_DB]: short sound master: mono 44.1 kHz, edge fades, peak normalised
# (default -3 dBFS), then encode.
finish() {
  local name=$1 in=$2 peak=${3:--3}
  S "$in" -r $SR -c 1 -b 16 "$T/$name.final.wav" vol 0.5 highpass 40 fade t 0.002 -0 0.012 gain -n "$peak"
  encode "$name" "$T/$name.final.wav"
}

# --------------------------------------------------------------------------------------------
# Phone and voice
# --------------------------------------------------------------------------------------------
echo "make-sounds: writing $OUT"

# phone-ring: two soft rings, each a quick alternation of two marimba-like notes (G5 / B5).
note "$T/ring-lo.wav" 784 0.22 soft
note "$T/ring-hi.wav" 988 0.22 soft
specs=()
for ring in 0 1.25; do
  for ((k = 0; k < 8; k++)); do
    if ((k % 2 == 0)); then f="$T/ring-lo.wav"; else f="$T/ring-hi.wav"; fi
    specs+=("$f@$(calc "$ring+$k*0.075")")
  done
done
mix "$T/phone-ring.wav" "${specs[@]}"
finish phone-ring "$T/phone-ring.wav"

# phone-pickup: a small tick, then a short rising blip.
click "$T/pu-click.wav"
blip "$T/pu-blip.wav" 520 820 0.09
mix "$T/phone-pickup.wav" "$T/pu-click.wav@0" "$T/pu-blip.wav@0.035"
finish phone-pickup "$T/phone-pickup.wav"

# phone-hangup: a short falling blip, then a small tick (the receiver settling).
blip "$T/hu-blip.wav" 760 430 0.12
mix "$T/phone-hangup.wav" "$T/hu-blip.wav@0" "$T/pu-click.wav@0.13"
finish phone-hangup "$T/phone-hangup.wav" -5

# voicemail: the classic single beep, softened (880 Hz, rounded 15 ms edges).
S -r $SR -c 2 -n "$T/voicemail.wav" synth 0.45 sine 880 sine 1760 remix 1v0.9,2v0.05 \
  fade h 0.015 -0 0.03
finish voicemail "$T/voicemail.wav" -7 # a steady tone: peak -7 dBFS sounds as loud as the chimes

# --------------------------------------------------------------------------------------------
# Messages, mail, calls, notifications
# --------------------------------------------------------------------------------------------

# message-received: a rounded "pop" (fast upward sweep) that blooms into a short high note.
blip "$T/mr-pop.wav" 380 1100 0.045
note "$T/mr-note.wav" 1175 0.28 glass
mix "$T/message-received.wav" "$T/mr-pop.wav@0" "$T/mr-note.wav@0.03"
finish message-received "$T/message-received.wav"

# message-sent: a quick upward swish with a faint tonal lift underneath.
whoosh "$T/ms-air.wav" 0.32 700 3600
S -r $SR -c 1 -n "$T/ms-tone.wav" synth 0.2 sine 500:1000 vol 0.08 fade h 0.05 -0 0.12
mix "$T/message-sent.wav" "$T/ms-air.wav@0" "$T/ms-tone.wav@0.08"
finish message-sent "$T/message-sent.wav"

# mail-received: a soft two-note chime (E6 then B5) in a small room.
note "$T/mail-a.wav" 1319 0.9 glass
note "$T/mail-b.wav" 988 1.0 glass
mix "$T/mail-dry.wav" "$T/mail-a.wav@0" "$T/mail-b.wav@0.11"
space "$T/mail-dry.wav" "$T/mail-received.wav" 35 0.3
finish mail-received "$T/mail-received.wav"

# mail-sent: a softer, longer, lower whoosh (a letter gliding away).
whoosh "$T/mail-sent.wav" 0.6 450 2400
finish mail-sent "$T/mail-sent.wav"

# call-join: rising two-note chime (D5 -> A5); call-leave: the same falling (A5 -> D5).
note "$T/call-lo.wav" 587 0.7 glass
note "$T/call-hi.wav" 880 0.8 glass
mix "$T/join-dry.wav" "$T/call-lo.wav@0" "$T/call-hi.wav@0.16"
space "$T/join-dry.wav" "$T/call-join.wav" 30 0.25
finish call-join "$T/call-join.wav"
mix "$T/leave-dry.wav" "$T/call-hi.wav@0" "$T/call-lo.wav@0.16"
space "$T/leave-dry.wav" "$T/call-leave.wav" 30 0.25
finish call-leave "$T/call-leave.wav"

# notification: one gentle tone (A5, warm timbre).
note "$T/notif.wav" 880 0.8 soft
space "$T/notif.wav" "$T/notification.wav" 25 0.2
finish notification "$T/notification.wav"

# door-chime: two-tone shop door bell, "ding-dong" (E5 -> C5), long shimmer, roomy.
note "$T/door-a.wav" 659 1.5 tube
note "$T/door-b.wav" 523 1.9 tube
mix "$T/door-dry.wav" "$T/door-a.wav@0" "$T/door-b.wav@0.55"
space "$T/door-dry.wav" "$T/door-chime.wav" 55 0.2
finish door-chime "$T/door-chime.wav"

# --------------------------------------------------------------------------------------------
# Interface
# --------------------------------------------------------------------------------------------

# choice-confirmed: a tiny soft tick.
click "$T/cc-click.wav"
S "$T/cc-click.wav" "$T/choice-confirmed.wav" pad 0 0.02
finish choice-confirmed "$T/choice-confirmed.wav"

# score-up: two quick rising notes (A5 -> D6); score-down: two quick falling notes (D5 -> A4),
# rounded and low so that it reads as "not quite" rather than a buzzer.
note "$T/su-a.wav" 880 0.16 soft
note "$T/su-b.wav" 1175 0.24 soft
mix "$T/score-up.wav" "$T/su-a.wav@0" "$T/su-b.wav@0.075"
finish score-up "$T/score-up.wav"
note "$T/sd-a.wav" 587 0.16 soft
note "$T/sd-b.wav" 440 0.28 soft
mix "$T/score-down.wav" "$T/sd-a.wav@0" "$T/sd-b.wav@0.095"
finish score-down "$T/score-down.wav"

# ending: a warm three-note resolution (C5, E5, G5) landing on a soft C4 root.
note "$T/end-1.wav" 523 0.6 soft
note "$T/end-2.wav" 659 0.6 soft
note "$T/end-3.wav" 784 1.25 soft
note "$T/end-r.wav" 262 1.25 soft
S "$T/end-r.wav" "$T/end-root.wav" vol 0.5
mix "$T/end-dry.wav" "$T/end-1.wav@0" "$T/end-2.wav@0.17" "$T/end-3.wav@0.34" "$T/end-root.wav@0.34"
space "$T/end-dry.wav" "$T/ending-wet.wav" 40 0.2
finish ending "$T/ending-wet.wav"

# --------------------------------------------------------------------------------------------
# Ambience: seamless loops of LOOP seconds.
# Noise beds are made LOOP+XF long and the last XF seconds are equal-power cross-faded into
# the first XF, so the end runs straight into the start. Tones use whole-cycle frequencies
# (multiples of 1/LOOP Hz), so they are periodic over the loop. Filters and reverb are applied
# to two copies back to back and the second copy kept, so their state and tails wrap round too.
# Vorbis quality 0 (not -1) for the beds: at -1 the coding error alone leaves a small step at
# the loop point.
# --------------------------------------------------------------------------------------------
LOOP=24
XF=3

# loop_noise IN OUT: IN is LOOP+XF seconds long; OUT is a seamless LOOP-second loop.
loop_noise() {
  local in=$1 out=$2
  S "$in" "$T/ln-head.wav" trim 0 "$XF" fade q "$XF"
  S "$in" "$T/ln-tail.wav" trim "$LOOP" "$XF" fade q 0 -0 "$XF"
  S -m -v 1 "$T/ln-head.wav" -v 1 "$T/ln-tail.wav" "$T/ln-xf.wav"
  S "$in" "$T/ln-body.wav" trim "$XF" "$((LOOP - XF))"
  S "$T/ln-xf.wav" "$T/ln-body.wav" "$out"
}

# loop_effect IN OUT EFFECT...: applies effects to a loop so that their tails wrap round.
loop_effect() {
  local in=$1 out=$2
  shift 2
  S "$in" "$in" "$T/le-twice.wav" "$@"
  S "$T/le-twice.wav" "$out" trim "$LOOP" "$LOOP"
}

# finish_ambience NAME WAV RMS_DB: mono 44.1 kHz, set to RMS_DB dBFS, low-bitrate encode.
finish_ambience() {
  local name=$1 in=$2 target=$3 rms gain
  rms=$(sox "$in" -n stat 2>&1 | awk '/^RMS +amplitude/ { print $3 }')
  gain=$(calc "$target - 20*log($rms)/log(10)")
  S "$in" -r $SR -c 1 -b 16 "$T/$name.final.wav" gain "$gain"
  encode "$name" "$T/$name.final.wav" 0 40
}

NOISE_LEN=$((LOOP + XF))

# ambience-office: air-conditioning room tone (low, soft noise with a gentle 0.125 Hz swell)
# plus a faint mains hum.
S -r $SR -c 2 -n "$T/office-n.wav" synth "$NOISE_LEN" brownnoise pinknoise \
  remix 1v0.2,2v0.035 highpass 35 lowpass 1400 lowpass 900 equalizer 260 1.2o 3
loop_noise "$T/office-n.wav" "$T/office-bed.wav"
S "$T/office-bed.wav" "$T/office-bed2.wav" tremolo 0.125 12
S -r $SR -c 3 -n "$T/office-hum.wav" synth "$LOOP" sine 100 sine 200 sine 300 \
  remix 1v0.006,2v0.0024,3v0.0009
mix "$T/ambience-office.wav" "$T/office-bed2.wav@0" "$T/office-hum.wav@0"
finish_ambience ambience-office "$T/ambience-office.wav" -35

# ambience-studio: a warm, airy pad (D major add9, slowly breathing, gently detuned pairs),
# a whisper of high air, all in a soft reverb.
pad_voice() { # OUT FREQ DETUNE LEVEL TREMOLO_HZ : two slightly detuned sines, slow swell
  S -r $SR -c 2 -n "$T/pv.wav" synth "$LOOP" sine "$2" sine "$(calc "$2+$3")" \
    remix "1v$4,2v$4" tremolo "$5" 45
  cp "$T/pv.wav" "$1"
}
pad_voice "$T/pad1.wav" 147 0.25 0.14 0.0833333333   # D3
pad_voice "$T/pad2.wav" 220 0.125 0.088 0.125        # A3
pad_voice "$T/pad3.wav" 294 0.1666667 0.064 0.1666667 # D4
pad_voice "$T/pad4.wav" 330 0.0833333 0.036 0.0416667 # E4
pad_voice "$T/pad5.wav" 370 0.2083333 0.028 0.2083333 # F#4
pad_voice "$T/pad6.wav" 440 0.125 0.02 0.0833333333  # A4
mix "$T/pad-dry.wav" "$T/pad1.wav@0" "$T/pad2.wav@0" "$T/pad3.wav@0" "$T/pad4.wav@0" \
  "$T/pad5.wav@0" "$T/pad6.wav@0"
loop_effect "$T/pad-dry.wav" "$T/pad-soft.wav" lowpass 1800
S -r $SR -c 1 -n "$T/studio-air-n.wav" synth "$NOISE_LEN" pinknoise highpass 2500 lowpass 9000 vol 0.016
loop_noise "$T/studio-air-n.wav" "$T/studio-air.wav"
S -r $SR -c 1 -n "$T/studio-room-n.wav" synth "$NOISE_LEN" brownnoise vol 0.1 highpass 30 lowpass 500
loop_noise "$T/studio-room-n.wav" "$T/studio-room.wav"
mix "$T/studio-dry.wav" "$T/pad-soft.wav@0" "$T/studio-air.wav@0" "$T/studio-room.wav@0"
loop_effect "$T/studio-dry.wav" "$T/ambience-studio.wav" vol 0.5 reverb 70 50 100 100 20 -3
finish_ambience ambience-studio "$T/ambience-studio.wav" -35

# ambience-home: a quiet room: very soft low rumble, a trace of hiss, a distant fridge hum.
S -r $SR -c 2 -n "$T/home-n.wav" synth "$NOISE_LEN" brownnoise pinknoise \
  remix 1v0.25,2v0.016 highpass 30 lowpass 600 lowpass 2500
loop_noise "$T/home-n.wav" "$T/home-bed.wav"
S -r $SR -c 2 -n "$T/home-hum.wav" synth "$LOOP" sine 120 sine 240 remix 1v0.0019,2v0.00094 \
  tremolo 0.0416667 40
mix "$T/ambience-home.wav" "$T/home-bed.wav@0" "$T/home-hum.wav@0"
finish_ambience ambience-home "$T/ambience-home.wav" -36

# --------------------------------------------------------------------------------------------
# Check against the catalogue, then write the README with measured values.
# --------------------------------------------------------------------------------------------
stems=()
if [[ -f "$CATALOGUE" ]]; then
  mapfile -t stems < <(grep -o "file: '[^']*'" "$CATALOGUE" | sed "s/file: '\(.*\)'/\1/")
fi
((${#stems[@]} > 0)) || { echo "make-sounds: no sounds found in $CATALOGUE" >&2; exit 1; }
missing=0
for s in "${stems[@]}"; do
  for ext in ogg mp3; do
    [[ -s "$OUT/$s.$ext" ]] || { echo "make-sounds: missing $s.$ext" >&2; missing=1; }
  done
done
((missing == 0)) || exit 1

# db X: amplitude (0..1) to dBFS with one decimal.
db() { awk -v a="$1" 'BEGIN { a = a < 0 ? -a : a; if (a <= 0) print "-inf"; else printf "%.1f", 20*log(a)/log(10) }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b/1024 }'; }

{
  cat <<'EOF'
# Sounds

All the sounds in this folder are **generated by `tools/make-sounds.sh`** with SoX: sine
tones, filtered noise, envelopes and reverb. Nothing is recorded or downloaded, so every sound
is original. Do not edit these files by hand: change the script and run it again
(`bash tools/make-sounds.sh`); it rewrites every `.ogg`, `.mp3` and this README, and gives the
same bytes on every run with the same SoX build (it runs SoX with `-R`, a fixed random seed).

Each sound in `src/core/sound-catalogue.ts` has an Ogg Vorbis file (primary) and an MP3 fallback.
Short sounds are mono, 44.1 kHz, peak-normalised to -3 dBFS before encoding, except two that
would otherwise sound louder than the rest: `voicemail` (a steady tone, -7 dBFS) and
`phone-hangup` (-5 dBFS). They have short fades at both ends, so they start and stop without a
click.

The three ambience beds are mono, 44.1 kHz, 24 s, seamless loops (noise cross-faded
end-into-start, tones with a whole number of cycles per loop, filters and reverb wrapped round),
about -35 dBFS RMS, low bitrate (Vorbis quality 0, MP3 40 kbit/s).

Note on looping: the `.ogg` stores its exact length (1,058,400 samples) and loops without a
step when played with Web Audio (`AudioBufferSourceNode.loop = true`). An MP3 has encoder delay
and padding (about 30 ms of silence at the edges), so an MP3 bed will have a small gap at the
loop point; and an `<audio loop>` element may leave a short gap in some browsers with either
format. Prefer the `.ogg` through Web Audio for the beds.

Measured on the `.ogg` files (decoded) with:

```sh
sox --i -D assets/sounds/NAME.ogg          # length in seconds
sox assets/sounds/NAME.ogg -n stat         # peak = max(|Maximum amplitude|, |Minimum amplitude|),
                                           # RMS = "RMS amplitude", both as 20*log10(x) dBFS
wc -c < assets/sounds/NAME.ogg             # sizes (also NAME.mp3); 1 KB = 1024 bytes
```

| Sound | Length (s) | Peak (dBFS) | RMS (dBFS) | .ogg | .mp3 |
| --- | ---: | ---: | ---: | ---: | ---: |
EOF
  total_ogg=0 total_mp3=0
  for s in "${stems[@]}"; do
    ogg="$OUT/$s.ogg" mp3="$OUT/$s.mp3"
    len=$(sox --i -D "$ogg")
    st=$(sox "$ogg" -n stat 2>&1)
    max=$(awk '/^Maximum amplitude/ { print $3 }' <<<"$st")
    min=$(awk '/^Minimum amplitude/ { print $3 }' <<<"$st")
    rms=$(awk '/^RMS +amplitude/ { print $3 }' <<<"$st")
    peak=$(awk -v a="$max" -v b="$min" 'BEGIN { a = a < 0 ? -a : a; b = b < 0 ? -b : b; print (a > b ? a : b) }')
    so=$(wc -c <"$ogg") sm=$(wc -c <"$mp3")
    total_ogg=$((total_ogg + so)) total_mp3=$((total_mp3 + sm))
    printf '| `%s` | %.2f | %s | %s | %s | %s |\n' "$s" "$len" "$(db "$peak")" "$(db "$rms")" "$(kb "$so")" "$(kb "$sm")"
  done
  printf '| **Total** | | | | **%s** | **%s** |\n' "$(kb "$total_ogg")" "$(kb "$total_mp3")"
  echo
  printf 'All files together: %s.\n' "$(kb $((total_ogg + total_mp3)))"
} >"$OUT/README.md"

echo "make-sounds: done (${#stems[@]} sounds, see assets/sounds/README.md)"
