export const lessonPath = {
  choices: [
    'Get a coffee, then check the repair log for used Sways',
    'Ask for just one photo: the sticker under the base',
    'Send the adapter free; she covers the $8.95 shipping',
    'Keep the offer, and tell Mark why',
    'Reply with one calm line, and take the details to email',
    'Send one short check-in: did it do the trick?',
    "Tell her you're glad, and nothing more",
  ],
  ending: 'The Grudging Update',
};

export const worstPath = {
  choices: [
    'Answer her right away, before she starts posting',
    "Tell her, kindly, that threats won't change the policy on used units",
    'Close the ticket until she sends the information',
    'Let Mark post the email thread; the facts speak for themselves',
    'Post the dates and facts in full, so people stop guessing',
    'Post a statement on our page about online bullying',
  ],
  ending: 'The Flame War',
};
