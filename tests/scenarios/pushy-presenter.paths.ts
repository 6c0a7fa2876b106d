// The lesson path, in authored option numbers: 3 2 1 2 3 2 1 2 (answer first, mention April once with the
// price, take the no, read her blog, lead with her work, ask about her readers, let her judge the course
// first, keep the written promise that night).
export const lessonPath = {
  choices: [
    "Send step 4 with the slide, and ask what she'll try it on",
    'Give her the April dates, the $1,495 price and the payment plan',
    'Take the no; offer the payment plan and, if she wants, the mailing list',
    'Read her blog for twenty minutes before you do anything else',
    'Tell her what you found on her blog, and ask for fifteen minutes',
    'Ask what her readers are stuck on right now, and listen',
    'Offer a free seat to judge it, then 30% and a reader code if she likes it',
    'Write the terms up tonight, after the webinar, as you said them',
  ],
  ending: 'The Partner',
};

// The worst path, in authored option numbers: 2 2 4 1 1 3 (withhold step 4, pitch again, the insult,
// "you misread my tone", argue under her post, threaten a lawyer). Three critical options.
export const worstPath = {
  choices: [
    'Tell her step 4 is week two of the Accelerator, and send her the link',
    'Send step 4, and explain why the Accelerator is where it really clicks',
    'Tell her five affiliate sales pay for her seat, "but you probably don\'t know how to do that yet"',
    'Explain that she misread your tone; you were only trying to help',
    'Comment under her post with your side of the story',
    "Tell her you'll involve your lawyer if she names you",
  ],
  ending: 'The Angry Blog Post',
};
