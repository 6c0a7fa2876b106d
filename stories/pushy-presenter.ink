# title: The Pushy Presenter
# brief: On Saturday you taught a $149 half-day social media workshop in Columbus. On Monday night one attendee emails: she missed step 4. Answer her, and decide whether and how to sell her your $1,495 series that starts next month.
# role: You are Jordan Pike of Pike Social. You taught "The Launch Loop" workshop, and in April you launch the six-week Launch Loop Accelerator.
# counterpart: Renee Holloway, professional blogger, editor of Small Shop Savvy
# channel: email
# minutes: 10
# order: 1
# room: home-office
# portrait: auburn-waves
# ambience: home

// Live meters: Renee's trust in you, and your public reputation.
VAR trust = 5
VAR reputation = 5

// What happened on the way, so later lines can react to it.
VAR withheld = false
VAR pitched_first = false
VAR knows_network = false
VAR she_asked = false
VAR listed = false
VAR asked_needs = false
VAR good_terms = false
VAR apologized = false
VAR doubled_down = false
VAR public_fight = false
VAR threatened = false
VAR owned_it = false
VAR plan_said = false
VAR chased = false

-> monday

=== function up(amount)
~ trust = MIN(trust + amount, 10)

=== function down(amount)
~ trust = MAX(trust - amount, 0)

=== function rep_down(amount)
~ reputation = MAX(reputation - amount, 0)

// ---------------------------------------------------------------------------
// Decision 1: she asks for the step she missed
// ---------------------------------------------------------------------------
=== monday ===
Saturday, March 8: "The Launch Loop," your half-day workshop in the Brickhouse Coworking loft on North High Street in Columbus. Forty-two people at $149 each, seven steps, one good morning. # time: Monday, March 10, 8:42 pm # channel: email
Next month is the big one: the Launch Loop Accelerator, six live Tuesday evenings from April 8, $1,495 a seat. Twenty-nine of forty seats are still open.
New message from Renee Holloway. Subject: Missed step 4 # sfx: mail-received # subject: Missed step 4
Hi Jordan, thanks for the presentation on Saturday! I was looking over my notes and I missed step 4. I stepped out around 10:40 for a call from my son's school. Could you please re-send it? Thanks! # speaker: Renee # mood: pleased
Renee Holloway, Small Shop Savvy # speaker: Renee # thought: Good workshop. I just need that one step and I can try the whole thing this week.
Step 4 is the slide you are proudest of. It is also the whole of week two of the Accelerator. # discuss: She asked for one thing. What does a reply that gives her exactly that earn you? What does a pitch in the same email cost?

* [Send step 4, then tell her about the April series while she's interested #score: followthrough+1, restraint-1, empathy-1 #feedback: She got her answer, and selling is expected. But a pitch she did not ask for, bolted onto a favor, makes the favor look like bait. Let the answer stand alone first; the sale can wait one email.]
    ~ pitched_first = true
    Hi Renee, step 4 is "Tag every link." Build a UTM link for each post, check GA4 after seven days, and drop the platform that sends you the fewest subscribers. Slide attached. # speaker: you
    Now, let me tell you about the paid series I'm doing next month. The Launch Loop Accelerator is six live Tuesday sessions starting April 8. It's only $1,495 and will teach you a lot. You can even make money promoting the event: affiliates earn $299 for every registration. # speaker: you
    All the details: pikesocial.com/accelerator # speaker: you
    Jordan # speaker: you
    -> pitched_silence

* [Tell her step 4 is week two of the Accelerator, and send her the link #critical: Held back the step she had already paid for, to sell her the next course #score: followthrough-3, value-2, respect-1 #feedback: Holding back the step she paid $149 to learn, so you can sell her the next course, turns a thank-you note into a toll booth. Answer what she already paid for, always; no later apology buys that back.]
    ~ withheld = true
    Hi Renee! Great question. Honestly, step 4 is too big for an email. It's where most people get stuck, which is why we spend all of week two on it in the Launch Loop Accelerator: six live sessions starting April 8, $1,495. # speaker: you
    Details here: pikesocial.com/accelerator. Hope to see you there! # speaker: you
    Jordan # speaker: you
    -> withheld_reply

* [Send step 4 with the slide, and ask what she'll try it on #score: followthrough+2, value+2, empathy+1 #feedback: She asked for one thing and got all of it, plus a question about her. Answering first is what earns you the right to sell later, and her answer will tell you who she is.]
    ~ up(1)
    Hi Renee, good to hear from you, and I hope everything was okay at school. # speaker: you
    Step 4 is "Tag every link." Before you share a post, build a UTM link for it: the source is the platform, the medium is social, the campaign is the post's topic. After seven days, open GA4, go to Reports, Acquisition, Traffic acquisition, and drop the platform that sent you the fewest subscribers. Not the fewest likes. The fewest subscribers. # speaker: you
    The slide and my UTM template are attached. Which platform are you going to test it on first? # speaker: you
    Jordan # speaker: you
    -> answered

// ---------------------------------------------------------------------------
// Decision 2, three ways in
// ---------------------------------------------------------------------------
=== answered ===
Re: Missed step 4 # time: Tuesday, March 11, 7:15 am # sfx: mail-received # subject: Re: Missed step 4
Perfect, thank you! Everything's fine, just a forgotten lunch. # speaker: Renee # mood: delighted
Ha, UTM links. I wrote a post on those back in 2022, "UTM links for people who hate spreadsheets," but I love your rule: subscribers, not likes. I'm testing it this week on my Tuesday newsletter (38,000 subscribers) and in my Facebook group, the Small Shop Savvy Circle, about 12,000 members. I'll tell you which one wins. # speaker: Renee # thought: He answered the question and asked about me. Rare. I might even use his rule in next week's newsletter.
~ knows_network = true
A text from Dana Ruiz, who runs your registrations, has been on your lock screen since 7:02. # channel: text # from: Dana Ruiz
You sent the step 4 slide to the blogger? That's week two of the Accelerator, for free. Early bird ($1,295) ends Friday and we're at 29 of 40 open. Is she coming or not? # speaker: Dana # channel: text # from: Dana Ruiz
Back to Renee's email. # channel: email # discuss: She has just told you she reaches about 50,000 people, and Dana wants seats. Do you mention the Accelerator at all? If you do, how?

* [Tell her the $1,295 early-bird price ends Friday and seats are going fast #score: restraint-2, respect-1, value-1 #feedback: Urgency is a tool for people who are already leaning in. She asked for one step and shared her plans; a countdown in reply tells her the friendly part was the setup.]
    ~ chased = true
    ~ down(1)
    Glad it helps, Renee! Quick heads-up, since you're clearly serious about this: the Launch Loop Accelerator starts April 8, and the early-bird price of $1,295 ends this Friday. Seats are going fast. pikesocial.com/accelerator # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:02 am # sfx: mail-received # subject: Re: Missed step 4
    Thanks for following up with me, but the event isn't in my budget right now. # speaker: Renee # mood: neutral # thought: And there it is. I share my plans, he sends me a countdown clock.
    -> budget

* [Give her the April dates, the $1,495 price and the payment plan #score: value+2, respect+1, restraint+1 #feedback: Selling is expected. One clear mention, after she has what she asked for, with the real price and an easy way out, respects both her time and her wallet.]
    ~ plan_said = true
    That's great. I'd love to hear which one wins, and I should have guessed you'd be ahead of me on UTM links. # speaker: you
    Since you asked good questions on Saturday: in April I'm running the six-week version, the Launch Loop Accelerator, Tuesday evenings from April 8. It's $1,495, and there's a payment plan. If it isn't the right time, that's fine. pikesocial.com/accelerator # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:02 am # sfx: mail-received # subject: Re: Missed step 4
    Thanks for following up with me, but the event isn't in my budget right now. # speaker: Renee # mood: pleased # thought: Fair enough, he's got a course to sell, and he said it like a person. It's just not this spring.
    -> budget

* [Thank her, and leave the April series out of it #score: restraint+2, respect+1 #feedback: Gracious, and she will remember it. But selling is expected: she came to a workshop to grow her business, and keeping the next step to yourself means she has to ask. Most people won't.]
    ~ she_asked = true
    Thank you, Renee. I can't wait to hear which one wins. # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:02 am # sfx: mail-received # subject: Re: Missed step 4
    Will do! Someone at my table said you're running a longer series in April? What does that cost? # speaker: Renee # mood: pleased # thought: He didn't even mention it. Now I'm curious.
    Six Tuesday evenings starting April 8, $1,495, and there's a payment plan. pikesocial.com/accelerator # speaker: you
    ~ plan_said = true
    Ooh. That's more than I can spend this spring, payment plan or not. Good to know for the fall, though. # speaker: Renee # mood: pleased # thought: Not in my budget. Nice that he didn't shove it at me.
    -> budget

=== pitched_silence ===
No reply from Renee. # time: Thursday, March 13, 4:30 pm # thought: He answered, then tried to sell me a $1,500 course in the same breath. I'll reply when I have a minute.
Dana texts: "Early bird ends tomorrow. Still 29 open. Did the blogger bite?" # channel: text # from: Dana Ruiz
Renee's thread sits at the top of your inbox, unanswered. # channel: email # discuss: She has not answered a sales pitch in two days. What does that silence usually mean, and what would a nudge tell her about you?

* [Leave it; she has step 4 and she has the link #score: restraint+2, composure+1 #feedback: She has what she asked for and knows where the course lives. Silence after a pitch is a decision in progress, and letting it run is a form of respect.]
    You leave it. Dana gets a thumbs-up and nothing else.
    Re: Missed step 4 # time: Friday, March 14, 8:50 am # sfx: mail-received # subject: Re: Missed step 4
    Sorry for the slow reply, it's been a week. Thanks for step 4, it's already in my notes. The April series isn't in my budget right now, though. # speaker: Renee # mood: neutral # thought: At least he didn't chase me. The step 4 part was actually useful.
    -> budget

* [Nudge her, to make sure the April note didn't get buried #score: restraint-1, empathy-1 #feedback: A nudge on your pitch, not on anything she asked for, shows her whose priority this is. Two days of silence on a $1,495 offer is usually an answer on its way.]
    ~ chased = true
    ~ down(1)
    Hi Renee, just making sure my note about the Accelerator didn't get buried! Happy to answer any questions. # speaker: you
    Re: Missed step 4 # time: Friday, March 14, 8:50 am # sfx: mail-received # subject: Re: Missed step 4
    Thanks for following up with me, but the event isn't in my budget right now. # speaker: Renee # mood: neutral # thought: It didn't get buried. I was deciding how to say no nicely.
    -> budget

* [Tell her the $1,295 early-bird price ends tomorrow #score: restraint-2, respect-1 #feedback: A deadline sounds like a favor to you and like pressure to her. She has not shown any interest yet, so the countdown answers a question she never asked.]
    ~ chased = true
    ~ down(1)
    Hi Renee! Heads-up: the early-bird price for the Accelerator ($1,295, you save $200) ends tomorrow at midnight. Didn't want you to miss it! # speaker: you
    Re: Missed step 4 # time: Friday, March 14, 8:50 am # sfx: mail-received # subject: Re: Missed step 4
    Thanks for following up with me, but the event isn't in my budget right now. # speaker: Renee # mood: annoyed # thought: Two sales emails for one question. I'd have missed it happily.
    -> budget

=== withheld_reply ===
Re: Missed step 4 # time: Tuesday, March 11, 7:15 am # sfx: mail-received # subject: Re: Missed step 4
Hm. I paid $149 for the workshop, and step 4 was on your slide on Saturday. I just need the slide, not a whole course. # speaker: Renee # mood: annoyed # thought: So the step I missed is behind a $1,495 paywall? I was in the room. I paid.
~ down(2)
Dana has already added her to the "warm leads" column. # discuss: She caught the sales move. What do you send her now, and what do you leave out?

* [Send the slide as a PDF, no message #score: followthrough+1, empathy-1, composure-1 #feedback: The step is owed, so sending it is right. Sending it without a word tells her you are annoyed at being caught, and the awkwardness stays with her instead of with you.]
    Attached: LaunchLoop-Step4.pdf # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:40 am # sfx: mail-received # subject: Re: Missed step 4
    Got it. And in case you were wondering, the course isn't in my budget right now. # speaker: Renee # mood: annoyed # thought: Not even a sentence. Okay.
    -> budget

* [Send step 4, and explain why the Accelerator is where it really clicks #score: followthrough+1, restraint-2, respect-1 #feedback: You gave her the step, which was owed. Then you sold again to someone who just told you the selling bothered her, and she will only remember the second part.]
    ~ down(1)
    Fair enough! Step 4 is "Tag every link": a UTM link on every post, then drop the platform that sends the fewest subscribers. # speaker: you
    But honestly, the slide is the tip of the iceberg. In the Accelerator we build the whole tracking setup together, live. It's the difference between knowing the step and doing it. # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:40 am # sfx: mail-received # subject: Re: Missed step 4
    Thanks for following up with me, but the event isn't in my budget right now. # speaker: Renee # mood: annoyed # thought: I asked for a slide and got two sales pitches. I know how to do this, Jordan.
    -> budget

* [Say sorry, send step 4 in full, and leave the course out of it #score: followthrough+2, respect+2, composure+1 #feedback: She was right and you were wrong. Saying so quickly and giving her exactly what she asked for is the fastest way back; the course can wait.]
    ~ up(1)
    You're right, Renee, and I'm sorry. That was a sales reflex, and you had already paid for step 4. # speaker: you
    Step 4 is "Tag every link." Build a UTM link for each post (source is the platform, medium is social, campaign is the topic). After seven days, check Traffic acquisition in GA4 and drop the platform that sent the fewest subscribers, not the fewest likes. Slide and template attached. # speaker: you
    Re: Missed step 4 # time: Tuesday, March 11, 9:40 am # sfx: mail-received # subject: Re: Missed step 4
    Thank you, that's what I needed. The course isn't in my budget right now anyway, but I appreciate the straight answer. # speaker: Renee # mood: neutral # thought: Okay, he owned it. Fine. I'll remember the first email, though.
    -> budget

// ---------------------------------------------------------------------------
// Decision 3: "not in my budget"
// ---------------------------------------------------------------------------
=== budget ===
Not in her budget.
Dana texts: "Loft needs 20 paid seats by Friday night or we lose the $600 deposit and move to the small room. We're at 14. Can you close anyone?" # channel: text # from: Dana Ruiz
The reply window is still open. # channel: email # discuss: She said "not in my budget." What is the difference between taking that at face value and trying to solve it for her? When does solving it become pushing, or worse?

* [Take the no; offer the payment plan and, if she wants, the mailing list #score: respect+2, value+2, restraint+1, composure+1 #feedback: You honored the no and still left two doors open, both of them hers to choose. Selling is expected; this is what selling without pressure sounds like.]
    ~ up(1)
    ~ listed = true
    Totally understand, and thanks for telling me straight. # speaker: you
    {plan_said:Two things, then I'll stop. The payment plan is there if it's ever the timing rather than the total: three monthly payments of $499.|Two things, then I'll stop. If it's the timing rather than the total, there's a payment plan: three monthly payments of $499.} And if you'd like, I can add you to my mailing list. It's one email a month, and you'd hear about the fall cohort and the free sessions first. Either way is fine. # speaker: you
    That's kind. Even the payment plan doesn't work before summer; I'm paying for a site redesign this spring. But yes, please add me to the list. # speaker: Renee # mood: pleased # time: Twenty minutes later # thought: He heard me. No guilt, no countdown. I'd actually open his emails.
    -> research

* [Offer her $500 off if she registers by Friday #score: restraint-2, respect-1, value+1 #feedback: Generous, and it feels like listening. But she said budget, not price: a deadline discount turns her no into a negotiation and tells her the $1,495 was never real.]
    ~ down(1)
    I don't want money to be the thing that stops you, Renee. For you, $995 if you register by Friday. I'll send a private link. # speaker: you
    That's generous, but it's still not in the budget. And I'd feel strange paying $500 less than the people I sat next to on Saturday. Please don't hold a seat for me. # speaker: Renee # mood: neutral # time: Twenty minutes later # thought: That's twice I've said no. Why does this suddenly feel like a car lot?
    -> research

* [Say no problem, and add her to your mailing list for next time #score: followthrough+1, respect-1 #feedback: Taking the no gracefully is right. Signing her up for a list she didn't ask to join is not: ask first, and the list is a favor instead of a consequence.]
    ~ listed = true
    No problem at all, Renee! I've added you to my mailing list so you'll hear about the next one. # speaker: you
    Oh. Okay, sure. # speaker: Renee # mood: neutral # time: Twenty minutes later # thought: I didn't ask to be on a list. Fine. There's always an unsubscribe link.
    -> research

* [Tell her five affiliate sales pay for her seat, "but you probably don't know how to do that yet" #critical: Insulted her intelligence in writing: told a professional she probably doesn't know how to promote an event #score: respect-3, empathy-2, restraint-2, value-2, composure-2 #feedback: The numbers are real, but the sentence carrying them tells a professional she probably can't do her own job. Selling is expected; insults are not, and no apology afterward takes that sentence back.]
    ~ down(3)
    I really think you should attend the event, Renee. {pitched_first:Like I said, if|If} you promote it with the latest social media tools, you can even make money registering other people. Five registrations at $299 and your seat has paid for itself. # speaker: you
    But you probably don't know how to do that yet, because you haven't taken my course. Maybe you do! I'm just trying to help you out. # speaker: you
    -> insulted

// ---------------------------------------------------------------------------
// The respectful road: discover who she is
// ---------------------------------------------------------------------------
=== research ===
Dana texts at 6:05 pm: "Early bird closed at 14. No loft: April moves to the small room, 30 seats, and the $600 deposit is gone. Want me to send Saturday's group the standard affiliate invite? 20%, $299 a sale." # channel: text # from: Dana Ruiz # time: Friday, March 14, 6:05 pm
Renee's signature sits at the bottom of the thread: Renee Holloway, Small Shop Savvy. {knows_network:She has told you herself about the 38,000 subscribers and the 12,000 people in her group.|You have never actually looked at it.} # channel: email # discuss: Renee is a no on the course. Is she a no on everything? What would you want to know about her before you ask her for anything else?

* [Send her Dana's standard affiliate invite, the same as the rest of the group #score: value-1, empathy-1 #feedback: Not rude, just generic. A form email asking someone who just said no to sell your course for you treats her as a channel, not a person, and you still don't know who she is.]
    Hi Renee! Since the Accelerator isn't in the budget right now, here's another way to be part of it: our affiliate program pays 20%, $299 for every registration through your link. Sign up at pikesocial.com/partners. # speaker: you
    Thanks, I'll pass. I only recommend things I've taken or checked out myself. # speaker: Renee # mood: neutral # time: Saturday, March 15, 11:30 am # thought: A form letter. He still has no idea who I am.
    -> tuesday

* [Read her blog for twenty minutes before you do anything else #score: empathy+2, composure+1 #feedback: Process before acting. Twenty minutes of reading shows you she is not a beginner to be taught but a publisher to be respected, and it changes everything you might say next.]
    ~ knows_network = true
    Dana, at 6:20: "Hello? Invite or not? I want it out before the weekend." You turn the phone face down.
    Small Shop Savvy: nine years of posts. A Tuesday newsletter to 38,000 subscribers. The Small Shop Savvy Circle on Facebook, 12,400 members.
    Pinned at the top: "UTM links for people who hate spreadsheets," 2022, 61 comments. It explains your step 4 better than your slide does.
    Her course roundups send readers to other people's programs, always with the same line: "I took this. Here's what I liked and what I didn't."
    -> invite

* [Let it rest; she said no, and that's the end of it #score: restraint+1 #feedback: Honoring a no is never wrong. But her no was to a $1,495 course, not to you, and a presenter who stops at the no can miss the one person who could help him most.]
    You archive the thread and get back to the April slides.
    -> tuesday

=== invite ===
You know now who Renee is. {listed:She's on your list.|} # discuss: How do you invite someone who knows this better than most of your students to promote your course, without making it about what she doesn't know?

* [Tell her "you've made a great start," and week 5 would level her up #score: respect-2, empathy-1 #feedback: This is the original insult in a softer coat: it still assumes she needs your course to do what she has done for nine years. Compliment the work she has actually done.]
    ~ down(2)
    Renee, I took a look at your blog. You've made a great start! If you ever take the Accelerator, week 5 (affiliate promotion) would really level you up, and you'd be a natural partner. In the meantime, you can still earn $299 per registration at pikesocial.com/partners. # speaker: you
    A great start. Thanks, Jordan. # speaker: Renee # mood: hurt # time: Saturday, March 15, 1:20 pm # thought: Nine years is "a great start." Noted.
    -> list_email

* [Offer her a free seat if she promotes the Accelerator to her Circle #score: value+1, empathy-1, restraint-1 #feedback: Generous on paper, but it sets the terms before you know what she wants, and it asks her to trade her readers' trust for a seat. Ask before you offer.]
    Renee, here's an idea: I'd love to give you a free seat in April, and in return you share the Accelerator with the Small Shop Savvy Circle. Win-win? # speaker: you
    That's generous, but I don't promote things as a trade. That's an ad. If you want to talk about it properly, I have fifteen minutes Thursday at 2. # speaker: Renee # mood: neutral # time: Saturday, March 15, 1:20 pm # thought: He looked me up, at least. But I'm not a billboard.
    -> call

* [Tell her what you found on her blog, and ask for fifteen minutes #score: respect+2, empathy+2, value+1 #feedback: You lead with her work, not your course, and ask for a conversation instead of a signup. A proud professional hears "I see what you've built," which is why she says yes.]
    ~ up(1)
    Renee, a confession: after your last email I finally read Small Shop Savvy. Nine years, 38,000 readers, and a 2022 post that explains step 4 better than my slide does. # speaker: you
    You said no to the Accelerator, and I heard it. This is a different question: would you be open to fifteen minutes on the phone about whether we could work together? If it isn't a fit, I'll say thank you and leave you alone. # speaker: you
    Well, now I'm curious. Thursday at 2? # speaker: Renee # mood: delighted # time: Saturday, March 15, 1:20 pm # thought: He read my blog. He read the UTM post. Okay, Jordan, you've got fifteen minutes.
    -> call

// ---------------------------------------------------------------------------
// A second chance: her newsletter mentions your step 4
// ---------------------------------------------------------------------------
=== tuesday ===
Your Google Alert for "Launch Loop" fires: this morning's Small Shop Savvy newsletter. # time: Tuesday, March 18, 6:40 am # sfx: notification
{trust >= 5:"Tip of the week, from Jordan Pike's Launch Loop workshop in Columbus: tag every link, and after a week cut the platform that sends you the fewest subscribers, not the fewest likes. I tested it. Instagram beat Pinterest four to one. Who knew?"|"Tip of the week, from a workshop I went to in Columbus: tag every link, and after a week cut the platform that sends you the fewest subscribers, not the fewest likes. I tested it. Instagram beat Pinterest four to one."}
{trust >= 5:By noon, 212 people have come to pikesocial.com from her newsletter. Four sign up for your list. One registers for the Accelerator.|She didn't name you. A handful of her readers search for the workshop anyway, and one finds you.}
{trust >= 5:
    ~ reputation = MIN(reputation + 1, 10)
}
Dana, by text: "Whoever this blogger is, get her on the affiliate list today." # channel: text # from: Dana Ruiz
You open a reply to Renee. # channel: email # discuss: What do you say to her now, and do you ask her for anything?

* [Thank her, and ask for a short call about working together #score: value+1, empathy+1, followthrough+1 #feedback: Late, but right: she has shown you her network by using it. Thanking first and asking for a conversation, not a signup, leaves her free to say yes or no.]
    Renee, I just saw this morning's newsletter. Thank you. I didn't see that coming, and I'm grateful. # speaker: you # subject: This morning's newsletter
    Would you be open to fifteen minutes this week about whether there's a way to work together that makes sense for you? If there isn't, I'll leave it there. # speaker: you
    Ha. Okay, I'll bite. Thursday at 2? # speaker: Renee # mood: pleased # time: Tuesday, March 18, 9:15 am # thought: Huh. He noticed, and he asked instead of sending me a link. Fine, fifteen minutes.
    ~ up(1)
    -> call

* [Thank her for the mention, and leave it at that #score: respect+1, restraint+1 #feedback: Gracious and safe, and she will think well of you. But you now know she can fill a room, and you left that door closed.]
    Renee, thank you for the mention this morning. Glad Instagram won! # speaker: you # subject: This morning's newsletter
    Anytime! It was a good tip. # speaker: Renee # mood: pleased # time: Tuesday, March 18, 9:15 am # thought: Nice of him to notice. That's that.
    -> list_email

* [Ask her to share the Accelerator link in next week's issue too #score: restraint-2, respect-1 #feedback: She gave you something freely because it was useful to her readers. Asking for the next favor in the same breath as the thank-you turns her generosity into your marketing plan.]
    ~ down(1)
    Renee, thanks so much for the shout-out! Since it went over so well, could you share the Accelerator link in next week's issue? pikesocial.com/accelerator # speaker: you # subject: This morning's newsletter
    I'll think about it. I only recommend what I've checked out myself. # speaker: Renee # mood: neutral # time: Tuesday, March 18, 9:15 am # thought: I give him a free mention and he asks for an ad. This is why I don't name people.
    -> list_email

// ---------------------------------------------------------------------------
// The one call
// ---------------------------------------------------------------------------
=== call ===
Renee Holloway calling # channel: phone # time: Thursday, March 20, 2:00 pm # sfx: phone-ring
Hi, Jordan. Fifteen minutes. Go. # speaker: Renee # sfx: phone-pickup # mood: neutral # thought: Let's see if he's going to pitch me anyway.
She's friendly, and she's busy. # discuss: You have fifteen minutes with someone who could fill your course. Who should do most of the talking, and about what?

* [Walk her through the numbers: seats left, commission, launch timeline #score: empathy-1, restraint-1 #feedback: Your numbers matter to you. She agreed to talk about working together, and she can't judge a partnership before anyone has asked about her readers.]
    So, quick numbers: 16 seats open, April 8 start, the affiliate rate is 20%, and the launch emails go out Monday. # speaker: you
    Okay. That's a lot of numbers about you. # speaker: Renee # mood: neutral # thought: He hasn't asked me a single thing about my readers.
    -> terms

* [Ask what her readers are stuck on right now, and listen #score: empathy+2, respect+1, value+1 #feedback: Before you propose anything, you learn what her audience needs. It shows respect for her expertise, and it gives you something real to build the offer around.]
    ~ asked_needs = true
    ~ up(1)
    Before I say a word about my course: what are your readers stuck on right now? # speaker: you
    Time. They own shops. They don't need six weeks, they need the three things that matter. And Tuesday at 7 pm is when half of them are closing up. A Saturday version would fill. # speaker: Renee # mood: pleased # thought: Finally, someone who asks. If he listens to that, I could actually send people his way.
    -> terms

* [Explain how the Accelerator would grow her own blog too #score: respect-1, restraint-1 #feedback: She already said no to buying it. Turning the partnership call back into a pitch to her tells her the "no" never landed.]
    ~ down(1)
    I really think the Accelerator would grow Small Shop Savvy too. Week 3 alone would pay for itself. # speaker: you
    Jordan, I said it's not in my budget. Did you want to talk about something else? # speaker: Renee # mood: annoyed # thought: Here we go again.
    -> terms

=== terms ===
She's still on the line. {asked_needs:You're writing "Saturday cohort?" on a sticky note.|} # discuss: She's open, with conditions. What do you put on the table, and what do you ask of her?

* [Offer a free seat to judge it, then 30% and a reader code if she likes it #score: value+2, respect+1, restraint+1 #feedback: You meet her own condition (she vets before she recommends), pay her like the professional she is, and give her readers something too. No promise asked of her.]
    ~ good_terms = true
    ~ up(1)
    Here's my offer. Take a seat in April, free, and judge it yourself. If you like it, recommend it, and you get 30% of every registration from your readers, plus a code that takes $150 off for them. If you don't like it, tell me why. That's worth something to me too. # speaker: you
    {asked_needs:
        And I'm serious about the Saturday cohort for shop owners in the fall. I'd want your help shaping it. # speaker: you
    }
    I'll put it all in writing by tomorrow. # speaker: you
    Deal. If I like it, I'll tell them. If I don't, I won't. # speaker: Renee # mood: delighted # thought: A seat to judge it, and no promises asked of me. I can work with that.
    -> followup

* [Ask her to commit to five registrations before April 8, for the launch #score: restraint-2, respect-1 #feedback: Asking for a commitment is standard sales advice, but she can't promise her readers' money and she hasn't seen the course. It puts your target on her shoulders.]
    ~ down(1)
    Could you commit to five registrations before April 8? That would really help us hit the launch number. I'll put the details in writing by tomorrow. # speaker: you
    I don't make promises on my readers' behalf. Send the details and I'll think about it. # speaker: Renee # mood: neutral # thought: He wants a quota. I'm not his sales team.
    -> followup

* [Offer the standard affiliate link, the same 20% as everyone #score: value-1, empathy-1 #feedback: Fair and simple, but it treats a publisher with 50,000 readers like anyone with a link, and it ignores her one condition: she recommends only what she has seen.]
    We'd set you up as an affiliate, same as everyone: 20% per registration through your link. I'll send the terms and the course outline in writing by tomorrow. # speaker: you
    I'd still need to see the course before I tell anyone about it. Send it and I'll think. # speaker: Renee # mood: neutral # thought: Standard terms, standard answer.
    -> followup

=== followup ===
Bye, Jordan. # speaker: Renee # sfx: phone-hangup
{good_terms:You text Dana the terms. Her answer comes back in seconds: "A free seat AND 30%? That's a $1,495 seat we don't sell, in a room capped at 30. Every other affiliate gets 20, and they'll hear about it." # channel: text # from: Dana Ruiz|Dana texts: "Well? Is she in?" # channel: text # from: Dana Ruiz}
You told her you'd send it in writing by tomorrow. You teach a webinar at 4 today and you're in Cleveland all day Friday. # channel: email # time: Thursday, March 20, 2:19 pm # discuss: You made a promise on the call. What does keeping it look like on a busy week, and what do "better" versions of it cost her? # subject: Our call: the terms in writing

* [Send the terms Monday, with a ready-made post she can copy and paste #score: followthrough-1, respect-1 #feedback: Late, and writing her post for her tells a professional writer you don't trust her voice. Keep the promise you made before adding favors she didn't ask for.]
    ~ down(1)
    Hi Renee! Sorry for the delay, crazy week. Terms attached, plus a ready-to-go post for your newsletter and three social graphics, so it's no work at all on your end. # speaker: you
    Thanks. I write my own posts. # speaker: Renee # mood: annoyed # time: Monday, March 24, 10:12 am # sfx: mail-received # thought: Four days late, and he's written my newsletter for me.
    -> list_email

* [Write the terms up tonight, after the webinar, as you said them #score: followthrough+3, respect+1 #feedback: You said it, you did it, before she had to wonder. With partners, a promise kept on time is the contract before the contract.]
    ~ up(1)
    The webinar runs long. At 9:30 pm, with your Cleveland slides still unfinished, you write it up. # time: Thursday, March 20, 9:30 pm
    Hi Renee, as promised, here's what we agreed: # speaker: you
    {good_terms:A complimentary seat in the April cohort. Your code SAVVY150 takes $150 off for your readers. 30% of every registration from your link, paid monthly. You recommend it only if you like it.|The affiliate terms and the course outline are below. Take your time.} # speaker: you
    {asked_needs:Next on my list: a Saturday cohort for shop owners this fall. I'd love your read on it.|} Thanks for the call. # speaker: you
    Jordan # speaker: you
    {
        - good_terms and asked_needs and not withheld and trust >= 10:
            Got it, thanks! That was fast. See you on April 8. # speaker: Renee # mood: delighted # time: Thursday, March 20, 9:47 pm # sfx: mail-received # thought: Same day. He does what he says.
            -> partner
        - good_terms:
            Got it, thanks. I'll think it over and let you know about April. # speaker: Renee # mood: pleased # time: Friday, March 21, 8:05 am # sfx: mail-received # thought: Fair terms. I'm still not sure he's listening to me, though.
            -> list_email
        - else:
            Got it, thanks. I'll look at the outline when I can. # speaker: Renee # mood: neutral # time: Friday, March 21, 8:05 am # sfx: mail-received # thought: On time, at least. The same terms as everyone else, and I still haven't seen the course.
            -> list_email
    }

* [Wait for her to follow up first, so you don't seem pushy #score: followthrough-3, restraint+1 #feedback: Restraint is for pitches, not promises. You said you'd send it, so she is waiting on you, not the other way around.]
    ~ down(2)
    You decide to give her some space.
    Nothing comes. By the next Wednesday you realize she is waiting for the email you promised. # time: Wednesday, March 26, 5:30 pm # thought: He said "in writing by tomorrow." That was a week ago. Okay then.
    -> list_email

// ---------------------------------------------------------------------------
// The last touch for everyone who didn't become a partner
// ---------------------------------------------------------------------------
=== list_email ===
The Accelerator starts tomorrow. Six seats are still open. Dana has drafted a "last chance" sequence for everyone from Saturday's workshop: "Last spring this sold six seats in one day. Please just send it." # channel: email # time: Monday, April 7, 8:00 am
{listed:Renee is on your list.|Renee never joined your list, but she's on the attendee list Dana pulled.} # discuss: This is the last message Renee will get from you for a while. What should it be, and should it be about the course at all?

* [A personal note to Renee: "I saved the last seat for you" #score: restraint-2, respect-2 #feedback: It feels personal and warm, but it ignores the clearest thing she told you: it's not in her budget. A saved seat she can't afford is pressure dressed up as a gift.]
    ~ down(2)
    Renee, I saved the last seat for you. Just reply "yes" and it's yours at the early-bird price. We start tomorrow! # speaker: you # subject: I saved the last seat for you
    No reply. # thought: I told him. Twice. How many ways are there to say no?
    -> wrap_up

* [Send Dana's three "last chance" emails to everyone from Saturday #score: restraint-2, respect-1, value-1 #feedback: Three emails in one day to people who already decided tells them you care about the seats, not about them. The unsubscribe button is one click away.]
    ~ down(2)
    Subject: LAST CHANCE: the Accelerator starts tomorrow # speaker: you # subject: LAST CHANCE: the Accelerator starts tomorrow
    9 am, 1 pm and 6 pm. Same subject line, three times. Two seats sell. # thought: Three in one day. Unsubscribe.
    -> wrap_up

* [Send the group a useful tip, with one line about tomorrow's start #score: restraint+1, value+1 #feedback: Useful first, sale second, and once. She gets something for her business whether or not she ever buys, which is what keeps people subscribed.]
    ~ up(1)
    Subject: The one-minute check that saves you an hour a week # speaker: you # subject: The one-minute check that saves you an hour a week
    Open GA4 on Monday mornings and look at just one number: subscribers by source. Post more where they come from, less where they don't. That's it. (And if you want six weeks of this, the Accelerator starts tomorrow at 7 pm. If not, see you in the fall.) # speaker: you
    {trust >= 5:
        Renee opens it at 8:14 am. # thought: Useful, short, one line of selling. I'll keep this one.
    - else:
        Renee opens it at 8:14 am. # thought: Useful, actually. A shame the rest of his emails didn't go like this.
    }
    Dana, at 6 pm: "Zero seats from your tip. We start with six empty, that's $8,970. Next time we send my sequence." # from: Dana Ruiz
    -> wrap_up

=== wrap_up ===
{
    - withheld and trust >= 4: -> polite_pass
    - withheld: -> quiet_unsubscribe
    - trust >= 8: -> open_door
    - trust >= 4: -> polite_pass
    - else: -> quiet_unsubscribe
}

// ---------------------------------------------------------------------------
// The insult road
// ---------------------------------------------------------------------------
=== insulted ===
Re: Missed step 4 # time: Forty minutes later # sfx: mail-received # subject: Re: Missed step 4
Jordan, I've written Small Shop Savvy for nine years. 38,000 people read my newsletter every Tuesday, and 12,400 are in my Facebook group. I've been promoting other people's courses since before you ran your first workshop. I know how to register people for an event. # speaker: Renee # mood: angry
Please take me off your list. # speaker: Renee # thought: He didn't just ignore my no. He told me I'm clueless, then told me he was helping.
Dana texts: "Blogger say yes?" # channel: text # from: Dana Ruiz
You read Renee's email a second time. # channel: email # discuss: What does a real apology need, and what turns it into an excuse? Is saying nothing an option?

* [Explain that she misread your tone; you were only trying to help #score: composure-2, empathy-2, respect-1 #feedback: "You misread me" puts the mistake in her head instead of in your sentence. She read it exactly right, and an apology that argues is a second insult.]
    Renee, I think you misread my tone. I'm sorry if it came across that way. I was only trying to help. Most people in that room don't know how to promote an event, and I had no way of knowing you did. # speaker: you
    No reply. At 3:10 pm: renee@smallshopsavvy.com has unsubscribed from Pike Social. # time: That afternoon, 3:10 pm # thought: "Sorry if it came across that way." So it's my fault for reading it.
    -> circle_post

* [Remind her that the people who get results invest in themselves #score: respect-2, composure-3 #feedback: It feels like standing your ground, but it doubles the insult: now she is both clueless and cheap. Never answer a customer's anger with a lesson about her.]
    ~ doubled_down = true
    ~ down(2)
    Understood. For what it's worth, the people who get results are the ones who invest in themselves. The offer stands if you change your mind. # speaker: you
    Wow. Okay. # speaker: Renee # mood: angry # time: Ten minutes later # thought: He doubled down. I'm done being polite about this.
    -> circle_post

* [Say nothing for now; let her cool off #score: composure+1, followthrough-2 #feedback: Not answering anger in kind is good composure. But you owe her an apology, and silence leaves your last email, the insulting one, standing as your final word.]
    You close the laptop. You'll deal with it after the weekend.
    No reply either way. # thought: Not a word. So he meant it.
    -> circle_post

* [Say sorry, name what you wrote, and take her off the list #score: respect+2, followthrough+1 #feedback: A real apology names the wrong without a "but," and does what was asked. It won't undo the email, but it is the only thing that stops the story from getting worse.]
    ~ apologized = true
    ~ up(2)
    Renee, you're right, and I'm sorry. I told someone with nine years and 38,000 readers that she probably didn't know how to do her job, to sell her a course she had already told me she couldn't afford. # speaker: you
    I've taken you off my list. # speaker: you
    Thank you. That's more than most people would say. # speaker: Renee # mood: hurt # time: An hour later # thought: Okay. He owned it. I'm still stung, but he owned it.
    -> circle_post

=== circle_post ===
Dana texts you a screenshot from the Small Shop Savvy Circle, 12,400 members. # time: Saturday, March 15, 9:30 am # sfx: notification # channel: text # from: Dana Ruiz
{apologized:"Real talk: this week a workshop presenter told me I 'probably don't know how' to promote an event, to sell me a $1,495 course. To his credit, he apologized properly. Still. Has this happened to you?"|"Poll for the Circle: has a workshop presenter ever told you that you 'probably don't know how' to do the thing you've done for nine years? Asking for me."}
218 comments by 9:30. Three people are asking who it was. Renee hasn't said. Dana: "Is this about you?"
~ rep_down(1)
Your laptop is open on the kitchen table. # channel: email # discuss: Does answering in public help you? Who is watching, and what do they need to see?

* [Comment under her post with your side of the story #critical: Argued with her in public, under her own post #score: composure-3, restraint-2 #feedback: Arguing under her post puts your name on the story and makes 12,000 people the jury. Answer in public as if everyone is watching, because they are, and they side with the one who was insulted.]
    ~ public_fight = true
    ~ rep_down(2)
    ~ down(2)
    Hi all, Jordan Pike here, since people are asking. I offered Renee a way to attend at no cost through our affiliate program, and I was trying to help. Context matters. Happy to answer questions. # speaker: you
    Context: I asked for step 4. # speaker: Renee # mood: angry # time: Saturday, March 15, 9:52 am # thought: He came into my group to explain me to my own members. Fine. Now everyone knows his name.
    -> heads_up

* [Message her privately that you saw it, and ask for nothing #score: empathy+1, respect+1 #feedback: Staying out of her space while acknowledging her privately shows you heard her. It asks nothing, so it can't be read as damage control.]
    ~ up(1)
    {apologized:Renee, I saw the post in the Circle. It's fair, and thank you for leaving my name out. I won't ask you for anything.|Renee, I saw the post in the Circle, and I deserved it. I'm sorry for what I wrote. You know more about promoting than I assumed, and I should never have said it. I won't ask you for anything.} # speaker: you
    ~ apologized = true
    Read 10:04 am. No reply. # thought: At least he's not arguing with me in front of my own members. And he didn't ask me to take it down.
    -> heads_up

* [Ask Kendra, who knows her, to get her to take the post down #score: respect-2, composure-1 #feedback: Sending a go-between to lean on someone tells her you care about the post, not about what caused it. If you want something from her, talk to her yourself, and start with sorry.]
    ~ down(2)
    You text Kendra Ellis, who runs the Columbus Bloggers meetup and knows Renee: could she ask her to take the post down? It's hurting your launch.
    An hour later, Kendra: "She said no. She also asked why you didn't just talk to her yourself." # thought: He sent someone to lean on me. Of course he did.
    -> heads_up

* [Stay out of it, and let the thread run its course #score: restraint+1, followthrough-1 #feedback: Staying out of her group is wise. But if you still haven't apologized, your silence says you have nothing to say about what you wrote.]
    {apologized:
        You don't comment and you don't write. The comments climb past 300. # thought: He's letting it be. Good. He already said sorry; that's enough.
    - else:
        You don't comment and you don't write. The comments climb past 300. # thought: Still nothing from him. Not even sorry. Figures.
    }
    -> heads_up

=== heads_up ===
Subject: Heads-up # channel: email # time: Monday, March 17, 4:15 pm # sfx: mail-received # subject: Heads-up
{public_fight:
    Jordan, a heads-up, since I'd want one. Tomorrow's Small Shop Savvy post is about this. You made it public, so your name is in it. # speaker: Renee # mood: angry
    If you want to say anything before it goes out, now's the time. # speaker: Renee # thought: He wanted it public. I'm still giving him the courtesy he didn't give me.
- else:
    Jordan, a heads-up, since I'd want one. Tomorrow's Small Shop Savvy post is about this. I haven't decided whether to name you. # speaker: Renee # mood: neutral
    If you want to say anything before it goes out, now's the time. # speaker: Renee # thought: I'm giving him the courtesy he didn't give me. Let's see what he does with it.
}
Dana has seen it too: "Two April people already asked if this is us. Please make it stop." # channel: text # from: Dana Ruiz
Back to Renee's email. # channel: email # discuss: What would you want 38,000 readers to see you say, if she quoted you?

* [Tell her to write what happened, and that she can quote your apology #score: respect+1, composure+1, followthrough+1 #feedback: You can't unsend the email, but you can choose what sits next to it. Owning it in writing, with no conditions, gives readers a second sentence from you to remember.]
    ~ owned_it = true
    ~ up(1)
    Renee, thanks for the heads-up. You didn't owe me one. Write what happened. {apologized:You're welcome to quote my apology.|I should have said this days ago: I'm sorry. I insulted you to sell you something you had told me you couldn't afford. You can quote that.} I won't argue with it in the comments. # speaker: you
    Thank you. I'll think about the name. # speaker: Renee # mood: neutral # time: Monday, March 17, 5:02 pm # thought: That's the first thing he's written that I'd want my readers to see.
    -> blog_decision

* [Ask her not to publish it; a post like that could sink a one-person business #score: empathy-1, composure-1 #feedback: It's human to plead, but it makes the story about your losses instead of her experience, and it asks her to protect you from your own sentence.]
    Renee, please don't publish this. I'm a one-person business, and a post like that could sink the April launch. I've learned my lesson. # speaker: you
    {apologized:
        I'm sorry about April. But it isn't a hit piece. It's about what happened, and it's not only about you. # speaker: Renee # mood: neutral # time: Monday, March 17, 5:02 pm # thought: He's scared. I get it. He did apologize; I'll be fair.
    - else:
        I'm sorry about April. But it isn't a hit piece. It's about what happened, and it's not only about you. # speaker: Renee # mood: annoyed # time: Monday, March 17, 5:02 pm # thought: He's worried about April. He still hasn't said what he's sorry for.
    }
    -> blog_decision

* [Tell her you'll involve your lawyer if she names you #score: composure-3, respect-2 #feedback: A threat turns a rude email into a story about a bully. What you wrote is hers to quote, and a lawyer's letter only guarantees she names you and quotes that too.]
    ~ threatened = true
    ~ down(2)
    Renee, I'd urge you to be very careful. If that post names me or my business, I will have to involve my attorney. # speaker: you
    Noted. # speaker: Renee # mood: angry # time: Monday, March 17, 4:31 pm # thought: He's threatening me over his own words. Now it's definitely going in.
    -> blog_decision

=== blog_decision ===
{
    - threatened or public_fight or doubled_down: -> angry_post
    - apologized or owned_it: -> names_withheld
    - else: -> angry_post
}

// ---------------------------------------------------------------------------
// Endings
// ---------------------------------------------------------------------------
=== partner ===
Renee takes the April seat. After week three she writes about it in her Tuesday newsletter: # ending: The Partner # stars: 5 # time: Tuesday, April 29, 6:00 am
"I took a course so you don't have to (but you might want to)." # subject: I took a course so you don't have to
{
    - pitched_first:
        "Last month I went to Jordan Pike's Launch Loop workshop in Columbus. I missed step 4 because of a forgotten lunch, emailed Jordan, and got the step, the slide, and a sales pitch in the same email{chased:, then a reminder about the early-bird deadline|}. I rolled my eyes. But when I said the course wasn't in my budget, that was that."
    - she_asked:
        "Last month I went to Jordan Pike's Launch Loop workshop in Columbus. I missed step 4 because of a forgotten lunch, emailed Jordan, and got the step, the slide and a question about my business. I had to ask him what his longer course cost. When I said it wasn't in my budget, that was that."
    - else:
        "Last month I went to Jordan Pike's Launch Loop workshop in Columbus. I missed step 4 because of a forgotten lunch, emailed Jordan, and got the step, the slide and a question about my business. {chased:The pitch came one email later, with a countdown on it, which I didn't love. But when I said it wasn't in my budget, that was that.|The pitch came one email later, with the price, and when I said it wasn't in my budget, that was that.}"
}
"So when Jordan asked if I'd look at his six-week Accelerator, I did. Honest review: weeks 1 and 2 are worth the money on their own. Week 3 runs long. {asked_needs:Tuesday at 7 pm is rough for shop owners, so Jordan is adding a Saturday cohort in September, because of you.|The evening time slot is rough for shop owners, and I've told him so.}"
"Code SAVVY150 takes $150 off the June cohort. I get a commission if you use it, and I'd tell you what I think either way."
"Also: he sent the terms the same night he said he would. I notice things like that."
Eleven of her readers register for June. Her commission comes to $4,438.50. Dana stops mentioning the free seat. Yours is a sold-out cohort, and a partner who tells you the truth about week 3.
-> END

=== open_door ===
Renee doesn't join the Accelerator this spring. # ending: The Open Door # stars: 4 # time: Monday, June 2, 11:20 am
{pitched_first:In June she forwards one of your emails to a friend, Marisol, who owns a candle shop in German Village, with one line on top: "He pitched me in his first reply, but he takes a no like a grown-up, and his tips work. Ask him about the fall."|In June she forwards one of your emails to a friend, Marisol, who owns a candle shop in German Village, with one line on top: "This guy's good. He answered my question before he sold me anything. Ask him about the fall."}
Marisol registers for the September cohort the same afternoon.
{asked_needs:In August, an email from Renee: "Is the Saturday version happening? I might have some readers for you." # subject: Is the Saturday version happening?|In August, an email from Renee: "Doing a fall cohort? I might have a reader or two for you." # subject: A fall cohort?}
-> END

=== polite_pass ===
Renee stays on your list. She opens about half of your emails and never replies. # ending: The Polite Pass # stars: 3 # time: Thursday, May 15, 2:00 pm
In May, a member of the Small Shop Savvy Circle asks for social media course recommendations. Renee lists three. Yours isn't one of them.
{withheld:When someone asks her why, she says: "Good content. I had to ask twice for a slide I'd paid for."|Not because she dislikes you. She just doesn't know you well enough to vouch for you, and she only recommends what she can vouch for.}
-> END

=== quiet_unsubscribe ===
renee@smallshopsavvy.com has unsubscribed from Pike Social. No note. # ending: The Quiet Unsubscribe # stars: 2 # time: Monday, April 7, 8:21 pm # from: Pike Social mailing list # subject: Unsubscribed from Pike Social
In May, someone in the Small Shop Savvy Circle asks whether Pike Social is worth it. Renee answers in one line:
"Took the workshop. Good content. Heavy on the upsell."
Fourteen likes. Nobody asks you what you think.
-> END

=== names_withheld ===
~ rep_down(1)
Tuesday's Small Shop Savvy post goes out to 38,000 inboxes. There is no name in it. # ending: Names Withheld # stars: 2 # time: Tuesday, March 18, 6:00 am
"Selling is expected. Insults are not."
"A presenter I learned from this month tried to sell me his $1,495 course by telling me I probably don't know how to promote an event, because I hadn't taken it yet. I've done this for nine years. I was not amused."
"{owned_it:To his credit, he apologized in writing, without a 'but,' and told me to publish this anyway.|To his credit, he apologized. That counts for something. Not everything.}"
"I'm not naming him. Every one of us sells something. Ask yourself how your last follow-up would read in a post like this one."
Renee never books anything from you again. Two April registrants ask Dana whether it was you; she says she doesn't know. When Kendra asks Renee, months later, who it was, she says: "Doesn't matter. He apologized like he meant it."
-> END

=== angry_post ===
~ rep_down(3)
Tuesday's Small Shop Savvy post goes out to 38,000 inboxes, and into the Circle. This is it, in full: # ending: The Angry Blog Post # stars: 1 # time: Tuesday, March 18, 6:00 am
"Selling Is Expected. Insults Are Not."
"I go to a lot of workshops. It's part of the job: if I'm going to tell 38,000 of you what works, I'd better keep learning. Usually I come home excited and we talk about how to use it in our own businesses. This month I came home mad."
"The workshop itself was good. Jordan Pike's Launch Loop, Columbus, $149. I stepped out for ten minutes to take a call from my son's school and missed step 4, so I emailed Jordan and asked him to re-send it. Simple."
{
    - withheld:
        "The reply told me step 4 was too big for an email, and that I could learn it in his $1,495 Accelerator next month. I had to ask twice to get a slide I'd already paid for. Then came the pitch, again."
    - pitched_first:
        "I got step 4. Then, in the same email, I got a pitch for his $1,495 series next month. 'You can even make money promoting the event.'"
    - she_asked:
        "I got step 4, and a friendly note. Then I asked about his $1,495 series next month, because I was curious."
    - else:
        "I got step 4, and a friendly note. Then came the pitch for his $1,495 series next month."
}
"Okay. Selling is expected. I told him the event wasn't in my budget right now. The conversation could have ended there. If he really wanted me as a client, he could have offered a payment plan, or asked if I wanted to be on his mailing list. Here's what came back instead, word for word:"
"'I really think you should attend the event. {pitched_first:Like I said, if|If} you promote it with the latest social media tools, you can even make money registering other people. But you probably don't know how to do that yet, because you haven't taken my course. Maybe you do! I'm just trying to help you out.'"
"Huh? Read that last part again."
"{doubled_down:When I told him I'd been doing this for nine years, he told me the people who get results are the ones who invest in themselves. |}{public_fight:Then he came into our Circle to explain that I'd missed the context. |}{threatened:Then he mentioned his attorney. |}I don't know about you, but being called clueless does NOT make me want to buy your products."
"And here's the funny part. I know how to use the latest social media tools. I have a network. If he had asked me like a professional, I could easily have sold a few seats for him."
"Presenters, coaches, anyone with something to sell: this post is your evidence that stories of bad customer service travel fast. Selling is expected. Insults are not."
"Has this happened to you? Tell me in the comments. I'd love to hear how you handled it."
By Friday the post has 412 comments and 3,100 shares. Two April registrants ask Dana for refunds. Search for "Pike Social" and her post is the second result.
-> END
