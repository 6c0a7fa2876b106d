export const lessonPath = {
  choices: [
    "Send step 4 in full with the slide, and ask what she'll try it on",
    'Thank her, and mention the April series once, with the price and no pressure',
    'Take the no; offer the payment plan and, if she wants, the mailing list',
    'Spend twenty minutes reading her blog before you do anything else',
    'Tell her what you found on her blog, and ask for fifteen minutes to talk',
    'Ask what her readers are stuck on right now, and listen',
    'Offer a free seat to judge it first, 30% if she recommends it, and a reader code',
    'Send the written terms tonight, exactly as you agreed on the call',
  ],
  ending: 'The Partner',
};

export const worstPath = {
  choices: [
    'Tell her step 4 gets proper treatment in the Accelerator, with the link',
    'Send step 4, and explain why the Accelerator goes much deeper',
    'Show her how five affiliate sales would pay for her seat',
    'Remind her that the people who get results invest in themselves',
    'Comment under her post with your side of the story',
    "Tell her you'll involve your lawyer if she names you",
  ],
  ending: 'The Angry Blog Post',
};
