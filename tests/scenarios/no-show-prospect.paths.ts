export const lessonPath = {
  choices: [
    'Call his cell once, leave a friendly voicemail, release the team at 2:15',
    'Thank them, own the follow-up, and set a five-minute rule',
    'Call at 10:00 sharp, as promised; one friendly voicemail',
    'Thank him, ask for a heads-up next time, and offer two times',
    'Delete the draft; text Dana and ask for ten minutes tomorrow',
    'Send a short confirmation: dial-in, agenda, your cell; bring Priya, free Marcus',
    'Ask what Linda would need to see to say yes',
    'Propose Phase 1 under his limit now, and a one-page case for Linda',
  ],
  ending: 'Rescheduled and Won',
};

export const worstPath = {
  choices: [
    'Email him: "We\'re all on the line waiting for you."',
    'Lighten it up: start a no-show wall of fame, Greg first',
    'Call Linda, his CFO, to ask whether the project is still on',
    "Tell him honestly that you're not okay with being stood up",
    "Publish it. It names no one, and it's your own blog",
    'Tell him the post named no one and wasn\'t about him',
    'Defend it: it\'s your personal blog, and you named no one',
  ],
  ending: 'The Post He Read',
};
