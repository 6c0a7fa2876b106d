/**
 * The order the game shows a decision's options in: shuffled once per attempt so that position is
 * never a clue, yet the same for the same attempt every time (resume, replay, number keys, the
 * presenter window and the debrief all agree). The checker and the terminal player keep the
 * authored order.
 *
 * A pure function of (attempt seed, decision number, option count): nothing to save but the seed.
 */

/** A seed for a new attempt, from any source of 32 random bits (the caller owns the randomness). */
export function shuffleSeed(randomUnit: () => number): number {
  return Math.floor(randomUnit() * 0x1_0000_0000) >>> 0;
}

/** Mixes two 32-bit words into one (murmur3's finaliser): nearby decisions get unrelated streams. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: a small, well-distributed 32-bit generator; enough to shuffle four options fairly. */
function generator(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/**
 * The authored positions (0-based) in the order to show them: `order[k]` is the authored position
 * of the option shown k-th. A Fisher-Yates shuffle seeded by the attempt and the decision number.
 *
 * @param seed the attempt's seed (saved with the attempt), any 32-bit integer
 * @param decisionNumber 0-based, like `Decision.number`
 * @param optionCount how many options the decision offers
 */
export function optionOrder(seed: number, decisionNumber: number, optionCount: number): number[] {
  const order = Array.from({ length: Math.max(0, Math.floor(optionCount)) }, (_, i) => i);
  const random = generator(mix(seed >>> 0, decisionNumber >>> 0));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The seed an attempt plays under: a resumed attempt keeps the seed saved with it; a new attempt,
 * or a save made before the shuffle existed (its choices are authored positions, made in authored
 * order), draws a new one, so that the rest of that attempt is shuffled too.
 */
export function seedForAttempt(saved: number | null | undefined, randomUnit: () => number): number {
  return saved ?? shuffleSeed(randomUnit);
}
