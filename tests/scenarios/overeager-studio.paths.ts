// Scripted playthroughs of stories/overeager-studio.ink. `choices` are the option labels exactly as
// in the story (what the scenario harness matches); `options` are the same picks as 1-based option
// numbers in authored order, as `npm run play -- stories/overeager-studio.ink ...` takes them.

/** Applies the source's lesson: one thank-you, take the hint, one check-in with value to her, honour "not now". */
export const lessonPath = {
  choices: [
    'Email a thank-you tonight, with the newsletter and Instagram links',
    'Tell Kira no call: she has our note, and she sleeps days',
    'Cross her off the call list; Friend Week is on Instagram anyway',
    'Answer her comment under the post: Sundays at 9, 75 minutes',
    "Email the runners' class and the 5-class pack that never expires",
    'Reply: no rush, the pack keeps, good luck Saturday',
    'Take her off the blast list; from us she gets email, not texts',
    'Set out three mats, three name cards and three chocolates',
  ],
  options: [2, 1, 4, 1, 2, 1, 2, 2],
  ending: 'On Her Own Terms',
};

/** Outreach that rises every time she doesn't answer, and a "no" that is not heard: the number gets blocked. */
export const worstPath = {
  choices: [
    'Call her tomorrow around noon to see how she felt and book her next class',
    'Call her this afternoon like Kira asked; a voice beats an inbox',
    "Call her tonight with the Bring a Friend offer; she's our biggest fan",
    'Tell her Friend Week runs through Wednesday and any friend counts',
    'Call her once more; she may simply have forgotten the deadline',
    'Text her: last day, the $49 intro month expires at midnight',
    'Leave her on; she gave us permission on her intake card',
  ],
  options: [1, 1, 1, 1, 2, 1, 1],
  ending: 'Blocked',
};
