/**
 * The Threatening Customer's scripted playthroughs. `options` are 1-based option numbers in authored
 * order (as `npm run play -- stories/threatening-customer.ink 2 3 4 ...` takes them); `choices` are
 * the same picks by label, which is what the scenario tests play.
 */
export const lessonPath = {
  options: [2, 3, 4, 1, 1, 2, 1],
  choices: [
    'Refill the coffee, then read the repair log',
    'Skip the list, and ask for one photo of the sticker',
    'Send the adapter free; she pays the $8.95 shipping',
    'Keep the adapter free; you already told her so',
    'Reply under it: a fix by email, and our help address',
    'Write one line to ask: did it do the trick?',
    "Tell her you're glad, and leave it there",
  ],
  ending: 'The Grudging Update',
};

export const worstPath = {
  options: [1, 4, 3, 4, 1, 1],
  choices: [
    'Answer her right away, before she starts posting',
    `Write "we can't respond to threats"; used isn't covered`,
    'Close the ticket until she sends the information',
    'Let Mark post the email thread; the facts speak for themselves',
    'Post the dates and times in full, so people stop guessing',
    'Post a statement on our page about online bullying',
  ],
  ending: 'The Flame War',
};
