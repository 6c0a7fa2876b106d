// Scripted playthroughs of stories/overeager-studio.ink (option labels exactly as in the story).

/** Applies the source's lesson: one thank-you, take the hint, one check-in with value to her, honour "not now". */
export const lessonPath = {
  choices: [
    'Email her tonight: thank her, no ask, invite her to our newsletter and Instagram',
    'Hold off: she has our note; plan one useful check-in in two weeks',
    'Leave her off the list; the offer is on Instagram if she wants it',
    'Reply to her comment with the class time, and nothing more',
    "Email her the runners' class and the no-expiry pack; say no reply needed",
    'Reply briefly: no rush, the pack keeps, good luck Saturday',
    'Take her off; she hears from us by email, when it helps her',
    'Set out three mats, name cards and chocolates, and let the class do the rest',
  ],
  ending: 'On Her Own Terms',
};

/** Outreach that rises every time she doesn't answer, and a "no" that is not heard: the number gets blocked. */
export const worstPath = {
  choices: [
    'Text her tonight: thanks, plus the link to lock in the $49 intro offer',
    'Call her this afternoon, like Kira asked',
    'Call her tonight with the Bring a Friend offer',
    'Tell her Friend Week runs through Wednesday and any friend counts',
    'Call her once more; she may simply have forgotten the deadline',
    'Text her: last day, the $49 intro month expires at midnight',
    'Leave her on; she gave us permission on her intake card',
  ],
  ending: 'Blocked',
};
