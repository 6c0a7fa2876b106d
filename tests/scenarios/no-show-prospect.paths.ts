/**
 * The No-Show Prospect's scripted playthroughs, by option label. In authored option numbers (what
 * `npm run play -- stories/no-show-prospect.ink ...` takes): lesson 3 1 4 1 3 2 4 3, worst 1 2 1 3 1 1 1.
 */
export const lessonPath = {
  choices: [
    'Leave him a voicemail and free the team at 2:15',
    'Thank them, and take the follow-up with Greg yourself',
    'Call at 10:00, as you told his voicemail you would',
    'Thank him, ask for a heads-up next time, and offer two times',
    'Delete the draft; text Dana and ask for ten minutes tomorrow',
    'Confirm with a dial-in, an agenda and your cell; bring Priya',
    'Ask what Linda would need to see to say yes',
    'Split it: Phase 1 under his limit now, a one-pager for Linda',
  ],
  ending: 'Rescheduled and Won',
};

export const worstPath = {
  choices: [
    'Keep everyone on the line until he joins',
    "Agree with Marcus: he's not serious, so stop chasing him",
    'Call Linda, his CFO, to ask whether the project is still on',
    'Write back: "I\'m not okay with Tuesday. You gave me your word."',
    "Publish it. It names no one, and it's your own blog",
    "Tell him the post named no one and wasn't about him",
    "Defend it: it's your personal blog, and you named no one",
  ],
  ending: 'The Post He Read',
};
