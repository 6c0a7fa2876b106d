# title: The Threatening Customer
# brief: A new mom bought your family company's baby swing second hand. It won't run, she won't send the details Mark asked for, and she's threatening bad reviews to her Twitter followers and two mommy groups. The owner is texting you from a trade show, and anything you write can end up in front of her groups.
# role: You answer the support inbox at Lullabee Baby Co., a family company in Cedar Falls, Iowa.
# counterpart: Kayla Dorsey, mom of a seven-week-old in Westerville, Ohio
# channel: email
# minutes: 10
# order: 4
# room: kitchen
# portrait: messy-bun
# ambience: office

VAR trust = 3
VAR reputation = 5

// What happened, for later scenes and the endings.
VAR checked_log = false
VAR looked_up = false
VAR info = false
VAR offer = "none"
VAR late = false
VAR amazon = false
VAR threatened_back = false
VAR public_reply = "none"
VAR escalated = false
VAR deleted = false
VAR statement = false
VAR repaired = false
VAR thanked = false
VAR asked_review = false
VAR said_glad = false
VAR blind_part = false
VAR liz_helped = false
VAR fixed_after = false
VAR plug_note = false

-> sunday

=== function up(ref meter, amount) ===
~ meter = MIN(meter + amount, 10)

=== function down(ref meter, amount) ===
~ meter = MAX(meter - amount, 0)

// A working swing is on its way to her: a part or a unit, free or paid for.
=== function fix_shipped() ===
~ return offer == "parts" or offer == "free_unit" or offer == "sold"

=== function swing_fixed() ===
~ return fix_shipped() or blind_part or fixed_after

// ---------------------------------------------------------------------------
=== sunday ===
Lullabee Baby Co. is Mark and Jen Haller, a workshop behind their house in Cedar Falls, Iowa, and six people who make one thing: the Lullabee Sway, a quiet baby swing that sells for $189. # time: Sunday, 9:47 pm
You answer the support inbox. Over the weekend Mark covers it from his phone.
Subject: Broken swing # speaker: Kayla # channel: email # sfx: mail-received # mood: annoyed # subject: Broken swing # from: Kayla Dorsey
Dear customer service, # speaker: Kayla
I bought your product second hand over the weekend and it doesn't work. It must be broken or missing parts. Please send me the parts or a new unit as soon as possible? I am going to need it next week. # speaker: Kayla
Kayla Dorsey # speaker: Kayla # thought: Mason only naps in a swing. Jess wants hers back Sunday and I go back to work Monday. This one has to work.
Hi there, I am sorry to hear about the issue you are having with our product. I will be more than happy to help you out, but I need some information first so I can determine what you need to get your product working properly. # speaker: Mark # time: Sunday, 10:20 pm # from: Mark Haller # subject: Re: Broken swing
Please send me the model number, the production date, a brief description of the issue, and a few pictures of the product. # speaker: Mark
Thank you. Mark Haller, Lullabee Baby Co. # speaker: Mark
WOW! really? That's alot. Way to stand by your product. # speaker: Kayla # time: Monday, 5:41 am # sfx: mail-received # mood: angry # from: Kayla Dorsey
I just want a new one. Please send to my address below. If you can't help me I'm going to write a bad review on Amazon and any other site I can. # speaker: Kayla
I am about to hit the 1K follower mark on Twitter, I have over 100 Facebook friends, I belong to two mommy groups with blogs, both of which I have written posts for. I will share everywhere that your product is horrible and the customer service is worse. # speaker: Kayla
Kayla Dorsey, 418 Linden Court, Westerville, OH 43081 # speaker: Kayla # thought: Model number. Production date. Pictures. At 5 am, with him screaming on my shoulder. Sure, let me get my tripod.
You read the thread at your desk at 8:02 on Monday morning, coffee still too hot to drink. # time: Monday, 8:02 am
Saw her reply. Bought used, won't answer 4 simple questions, wants a free one. Don't you dare cave. I'm on the show floor in Chicago all day, text me. # speaker: Mark # channel: text # sfx: message-received # from: Mark Haller
-> first_move

// ---------------------------------------------------------------------------
=== first_move ===
The reply box is open. Your jaw is tight. # discuss: Her email is a threat. What is the very first thing you do, before you type a word to her?
* [Answer her right away, before she starts posting #score: composure-2 #feedback: A reply written to beat a threat is written by the threat. Ten minutes costs her nothing and saves your tone: process before acting.]
    You hit Reply at 8:05. Your fingers are already moving. # channel: email
    -> reply
* [Refill the coffee, then read the repair log #score: composure+2, empathy+1 #feedback: Process before acting. A short pause and the facts (most "dead" used Sways are missing their plug) let you answer her problem instead of her threat.]
    You take your coffee to the repair bench and open the log. # channel: email
    Last year, 41 second-hand Sways came in "dead." 29 were missing their power adapter or using the wrong one. 8 had the motor hub not clicked into the frame. 4 had a dead motor.
    Every Sway made before 2022 runs on a 6-volt adapter with a round black plug. Half the baby gear in America has a plug that fits that jack and can't turn the motor.
    ~ checked_log = true
    -> reply
* [Look her up first, to see how real the threat is #score: composure-1, empathy+1 #feedback: Counting her followers decides by who she is, not by what is right. The useful thing you find isn't the 964; it's a tired mom with a Monday deadline.]
    Twitter. @kaylad_writes. 964 followers. Bio: Mama to Mason. Words at Westerville Mamas and Sleepless in the Suburbs. Running on iced coffee. # channel: email
    Her latest tweet, 4:12 am: "Mason only naps in my sister's swing and she needs it back Sunday. I go back to work Monday. Cool cool cool."
    ~ looked_up = true
    -> reply

// ---------------------------------------------------------------------------
=== reply ===
Re: Broken swing. # time: Monday, 8:15 am # discuss: She refused four questions and threatened you. What do you ask her for now, and what, if anything, do you say about the threat?
* [Apologize, and promise a free new Sway by Friday #score: value+1, composure-1, followthrough-2 #feedback: Quick peace, but it rewards the threat and promises before you know what's wrong. A $6 plug may be the whole problem; process before acting applies to giving in, too.]
    Hi Kayla, # speaker: you
    I'm so sorry. That's not the experience we want anyone to have with a Lullabee. Forget the list. I'll ship you a brand-new Sway, no charge, and it will be at your door by Friday. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    Thank you!! Finally. Friday is perfect. # speaker: Kayla # time: Monday, 8:33 am # sfx: mail-received # mood: pleased # thought: Huh. So that's all it takes. Mention Amazon and a whole new swing shows up.
    ~ up(trust, 3)
    ~ offer = "free_unit"
    -> mark
* [Resend the four questions, with why each one matters #score: respect+1, empathy-1, value-1 #feedback: Polite, and still the same list she already called "alot." Explaining your process doesn't make it easier to follow; cutting it down to one step does.]
    Hi Kayla, # speaker: you
    I understand the frustration, and I promise each question is there to help you. The model number and production date tell us which parts fit your swing, the description tells us what's failing, and the photos let us spot anything that's missing. # speaker: you
    As soon as we have those four things, we'll get you sorted. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    I already told you. I'm not doing a photo shoot. I have a 7 week old who doesn't sleep. Send a new one or I post on Amazon tonight. # speaker: Kayla # time: Monday, 8:47 am # sfx: mail-received # mood: angry # thought: They sent the same list back with footnotes. Do they think I didn't read it the first time?
    ~ down(trust, 1)
    -> second_try
* [Skip the list, and ask for one photo of the sticker #score: composure+2, empathy+1, value+1 #feedback: Make it easy to be helped. One photo gives you the model and the date at once, and saying nothing about the threat answers it better than any rule would.]
    Hi Kayla, # speaker: you
    Let's skip the list. You need this swing running by {looked_up:Monday|next week}, so here's the fastest way. # speaker: you
    Flip the swing over and take one photo of the white sticker under the base. That gives me the model and the date in one shot. # speaker: you
    {checked_log:
        And one question: did it come with a black wall plug with a round tip? Most used Sways that won't start are missing that plug, or are running on one from another product. # speaker: you
    }
    I'll look the minute it lands and tell you exactly what we'll send. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    Fine. Here. # speaker: Kayla # time: Monday, 8:51 am # sfx: mail-received # mood: neutral
    The photo is sideways and a little blurry: LULLABEE SWAY, MODEL LS-100, MFD 03/2019.
    I paid $35 for it at a garage sale Saturday. There was no cord with it, so I'm using the one from our baby monitor. It fits. Nothing happens. Mason only naps in a swing and I need this by Monday. # speaker: Kayla # thought: One picture. I can do one picture while he eats. Why didn't they just say that the first time?
    ~ up(trust, 2)
    ~ info = true
    -> offer_fix
* [Write "we can't respond to threats"; used isn't covered #score: composure-2, respect-1 #feedback: Every word can be true and it still answers a threat in kind. She hears "no," and now she has a quote for her review.]
    Hi Kayla, # speaker: you
    I want to be upfront with you. We're a small family company and we're glad to help, but we can't respond to threats of bad reviews, and our warranty covers the original buyer only. A swing bought second hand isn't covered. # speaker: you
    If you send the information Mark asked for, we can tell you which parts you need and quote them for you. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    Wow. "We can't respond to threats." I'm a mom with a broken swing, not a threat. Enjoy your reviews. # speaker: Kayla # time: Monday, 8:39 am # sfx: mail-received # mood: angry # thought: Quote them for me. They want me to pay to fix their junk. Screenshot.
    ~ down(trust, 3)
    ~ threatened_back = true
    -> amazon_review("Then they told me they 'can't respond to threats.'") ->
    -> second_try

// ---------------------------------------------------------------------------
=== amazon_review(why) ===
{ amazon:
    ->->
}
~ amazon = true
~ down(reputation, 1)
A new review appears on the Lullabee Sway's Amazon page. # sfx: notification
"1.0 out of 5 stars. Horrible product, worse customer service."
"Got this swing and it's dead. Won't even turn on. I emailed customer service and they wanted a model number, a production date, a description AND pictures before they'd lift a finger. {why} I have a 7 week old. Way to stand by your product. Buy literally anything else."
No Verified Purchase badge. Amazon leaves it up anyway.
->->

// ---------------------------------------------------------------------------
=== second_try ===
You read her reply twice. The ticket timer says she's been waiting since Sunday night. # time: Monday, 9:10 am # discuss: She has refused again. Is there a request she can say yes to, or is this where you stop?
* [Offer 40% off a new Sway, since you can't tell what's wrong #score: value-2, empathy-1 #feedback: A deep discount fits a dead unit. You don't know hers is dead, and to her it sounds like your fix for a broken swing is buying another one.]
    Hi Kayla, # speaker: you
    Since we can't tell what's wrong without the details, the best I can do is 40% off a brand-new Sway: $113 instead of $189, shipped free, with a full warranty in your name. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    So your fix for your broken swing is that I buy another one. No. # speaker: Kayla # time: Monday, 9:31 am # sfx: mail-received # mood: angry # thought: $113. I paid $35 on Saturday. They just want to sell me something.
    ~ down(trust, 1)
    ~ offer = "discount"
    -> amazon_review("Then they offered me 40% off ANOTHER one.") ->
    -> public
* [Say it was a lot to ask, and ask for one photo #score: empathy+2, composure+1 #feedback: Make it easy to be helped, and own your share of the friction. One photo is a yes she can give one-handed, with a baby on her shoulder.]
    Hi Kayla, # speaker: you
    You're right, that was a lot to ask{threatened_back:, and my last email was colder than it should have been}. Forget the list. # speaker: you
    Flip the swing over and send me one photo of the white sticker underneath. That's all I need to tell you what to send, and I'll answer within the hour. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    {threatened_back:Already posted my review. But fine. Here.|Fine. Here.} # speaker: Kayla # time: Monday, 9:38 am # sfx: mail-received # mood: annoyed
    The photo is sideways and a little blurry: LULLABEE SWAY, MODEL LS-100, MFD 03/2019.
    {threatened_back:
        $35 at a garage sale. No cord came with it, so I'm using our baby monitor plug. It fits. Nothing happens. Mason only naps in a swing. # speaker: Kayla # thought: One photo. After "we can't respond to threats." Whatever. I need the swing more than I need to win.
    - else:
        $35 at a garage sale. No cord came with it, so I'm using our baby monitor plug. It fits. Nothing happens. Mason only naps in a swing. # speaker: Kayla # thought: Okay. One photo. Why was that so hard for them to say the first time?
    }
    ~ up(trust, 1)
    ~ info = true
    -> offer_fix
* [Close the ticket until she sends the information #score: followthrough-2, empathy-1 #feedback: Policy-correct and a dead end. She has said twice she won't send four things; a door she has to push open herself will stay shut, and the review stays up.]
    Hi Kayla, # speaker: you
    Without the model number and production date we can't tell what your swing needs, so I'm closing this ticket for now. Reply with the information anytime and it will reopen automatically. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    No reply. # thought: Closing the ticket. Sure. I'm closing my laptop, and then I'm opening Amazon.
    -> amazon_review("Then they closed my ticket.") ->
    -> public

// ---------------------------------------------------------------------------
=== offer_fix ===
A 2019 Sway, the LS-100, runs on the 6-volt adapter with the round plug. A baby-monitor plug fits the jack and can't turn the motor. # time: Monday, 9:55 am
The adapter costs Lullabee $6 to make and sells for $24. Standard shipping is $8.95 and reaches Ohio by Wednesday. A new Sway is $189.
You're almost sure it's the plug. # discuss: The swing probably needs a $6 part. She bought it used and threatened you. What do you offer, and why?
* [Ship her a brand-new Sway today, free #score: value+1, composure-2, followthrough-1 #feedback: Generous, and aimed at the threat rather than the problem. A $189 swing to fix a $6 plug tells her, and her two mommy groups, that threats work.]
    Hi Kayla, thanks for the photo. # speaker: you
    Let's not make you wait on troubleshooting. I'm shipping you a brand-new Sway today, no charge. It will be at your door Wednesday. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    Oh wow. Okay! Thank you!! # speaker: Kayla # time: Monday, 10:12 am # sfx: mail-received # mood: pleased # thought: Threaten a review and they send a whole new swing. Noted.
    ~ up(trust, 2)
    ~ offer = "free_unit"
    -> mark
* [Sell her the adapter, $24 plus shipping; used isn't covered #score: value-2, empathy-1 #feedback: You're right that she isn't covered. But who is right isn't the question; what is right is a $6 part and a working swing, and the argument will cost more than the part.]
    Hi Kayla, thanks for the photo. # speaker: you
    Your 2019 Sway runs on a 6-volt adapter, and a baby-monitor plug won't run it. Since the swing was bought second hand it isn't under warranty, but I can sell you the correct adapter for $24 plus $8.95 shipping. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    $33 for a plug that should have been in the box. Unbelievable. Fine, send it. # speaker: Kayla # time: Monday, 10:14 am # sfx: mail-received # mood: angry # thought: They knew exactly what was wrong and still made me pay for it. That's the review, right there.
    ~ down(trust, 2)
    ~ offer = "sold"
    -> amazon_review("Then they charged me $33 for the plug that should have been in the box.") ->
    -> mark
* [Offer 40% off a new Sway, with a warranty in her name #score: value-2, followthrough-1 #feedback: A deep discount is the right offer when the motor is dead. Hers probably needs a plug; selling her a second swing solves your problem, not hers.]
    Hi Kayla, thanks for the photo. # speaker: you
    A 2019 Sway is out of warranty, and a second-hand unit can have wear you can't see. The best thing I can offer is 40% off a brand-new Sway: $113 instead of $189, with a full warranty in your name. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    So I pay $113 for your broken product. No thanks. # speaker: Kayla # time: Monday, 10:16 am # sfx: mail-received # mood: angry # thought: They wanted the photo so they could sell me a new one. Of course they did.
    ~ down(trust, 2)
    ~ offer = "discount"
    -> amazon_review("Then they offered me 40% off ANOTHER one.") ->
    -> mark
* [Send the adapter free; she pays the $8.95 shipping #score: value+2, followthrough+2 #feedback: Free part, fair shipping, and a clear plan B if it's the motor. It's the offer you'd make to a polite customer, and that's the point: her manners don't change what the swing needs.]
    Hi Kayla, good news: I'm fairly sure I know what it is. # speaker: you
    Your swing is a 2019 Sway. It runs on a 6-volt adapter with a round black plug. A baby-monitor plug fits the same hole but can't turn the motor, so the swing just sits there. # speaker: you
    I'll send you the right adapter free. You'd just cover shipping, $8.95. It goes out at 3 today and will be at your door Wednesday. The shipping invoice comes with the tracking number. # speaker: you
    If it still won't run with the right plug, the motor is the problem, and I'll get you a new Sway at 40% off, $113 instead of $189. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    Wait, it might just be the plug? Okay. Yes. $8.95 is fine. # speaker: Kayla # time: Monday, 10:09 am # sfx: mail-received # mood: pleased # thought: If this is really just a plug I'm going to feel a little dumb. Not telling them that.
    ~ up(trust, 2)
    ~ offer = "parts"
    -> mark

// ---------------------------------------------------------------------------
=== mark ===
{
- offer == "parts":
    -> mark_parts
- offer == "free_unit":
    -> mark_unit
- else:
    -> mark_quote
}

= mark_parts
Jen says you're sending the lady a free adapter. She threatened us. Charge her the $24. # speaker: Mark # time: Monday, 10:40 am # channel: text # sfx: message-received # from: Mark Haller # discuss: The owner disagrees with what you already offered. Who decides, and on what grounds?
* [Keep the adapter free; you already told her so #score: followthrough+2, composure+1 #feedback: Do what is right, not who is right. She was rude, the swing still needs a $6 plug, and you gave your word an hour ago. Mark gets to be annoyed; he doesn't get a broken promise with the company's name on it.]
    I already told her free, in writing. It's a $6 part. If I take it back now, the next review has a screenshot in it. # speaker: you
    So she threatens us and gets a free part. Great. # speaker: Mark
    Fine. Your call, your name on it. And since you like handling these, the weekend inbox is yours through June. I'm done answering her type from my phone. # speaker: Mark
    At 3:12 pm a tracking email lands in Westerville. # thought: A tracking number. Okay. Okay. Wednesday.
    -> public
* [Put it on hold until Mark is back Thursday #score: followthrough-2, empathy-1 #feedback: Passing the decision upstairs feels safe, but her deadline doesn't wait for the trade show. "On hold" after "yes" reads as "no."]
    Quick update, Kayla: the owner signs off on free parts, and he's back Thursday. I'll ship the moment he does. # speaker: you # channel: email # sfx: mail-sent
    Thursday? Then it gets here Saturday if I'm lucky. Jess wants her swing back Sunday. # speaker: Kayla # sfx: mail-received # mood: annoyed # thought: Of course. A yes that turns into "hold on" an hour later.
    ~ down(trust, 2)
    ~ late = true
    -> public
* [Write her a correction: the adapter is $24 after all #score: followthrough-3, respect-1 #critical: Took back a promise she had in writing #feedback: Mark owns the company, but your promise to a customer is the company's promise. Taking it back an hour later is worse than never offering, and she has it in writing.]
    Hi Kayla, I need to correct my last email. Because the swing was bought second hand, the adapter is $24 plus $8.95 shipping. I'm sorry for the confusion. # speaker: you # channel: email # sfx: mail-sent
    You literally said free. An hour ago. Screenshotting this. # speaker: Kayla # sfx: mail-received # mood: angry # thought: Free, then not free. I am not paying these people a dollar.
    ~ down(trust, 4)
    ~ offer = "revoked"
    -> amazon_review("Then they promised a free part and took it back an hour later.") ->
    -> public

= mark_unit
You're shipping her a NEW Sway? $189, to someone who bought it used and threatened us? Did anyone find out what's actually wrong with it? # speaker: Mark # time: Monday, 10:40 am # channel: text # sfx: message-received # from: Mark Haller # discuss: You made a promise you now think was a mistake. Does a promise made too fast still bind you?
* [Email her that the new Sway waits until you know what's wrong #score: followthrough-3, respect-1 #critical: Took back a promise she had in writing #feedback: Mark has a point about the diagnosis, but it came too late. Taking back a promise turns a generous mistake into a broken one.]
    {info:
        Hi Kayla, I need to correct my last email. Before we ship a new unit, we need to be sure what's wrong. I'll write again once the team has looked at your photo. # speaker: you # channel: email # sfx: mail-sent
    - else:
        Hi Kayla, I need to correct my last email. Before we ship a new unit, we need to see what's wrong. Could you send one photo of the sticker under the base? # speaker: you # channel: email # sfx: mail-sent
    }
    You literally promised me a new one. This morning. Screenshotting this. # speaker: Kayla # sfx: mail-received # mood: angry # thought: Promised, then un-promised. I am done being nice.
    ~ down(trust, 4)
    ~ offer = "revoked"
    -> amazon_review("Then they promised me a new one and took it back the same morning.") ->
    -> public
* [Put the shipment on hold until Mark is back Thursday #score: followthrough-2, empathy-1 #feedback: Passing the decision upstairs feels safe, but her deadline doesn't wait for the trade show. "On hold" after "yes" reads as "no."]
    Quick update, Kayla: the owner signs off on replacements, and he's back Thursday. I'll ship the moment he does. # speaker: you # channel: email # sfx: mail-sent
    Thursday? Then it gets here Saturday if I'm lucky. Jess wants her swing back Sunday. # speaker: Kayla # sfx: mail-received # mood: annoyed # thought: Of course. A yes that turns into "hold on" two hours later.
    ~ down(trust, 2)
    ~ late = true
    -> public
* [Ship it as promised, and tell Mark the mistake was yours #score: followthrough+2, composure+1 #feedback: The promise may have been a mistake; breaking it would be a bigger one. Keep your word, own the mistake to the person who pays for it, and take the lesson: process before acting applies to giving in, too.]
    I told her, in writing. I should have asked what was wrong before I promised anything, and I didn't. I'll ship it. # speaker: you
    $189 plus shipping. Fine. But from now on anything over $25 goes through me first. Phone, trade show, I don't care. # speaker: Mark
    At 3:12 pm a tracking email lands in Westerville. # thought: A whole new swing, by Wednesday. I should threaten people more often.
    -> public

= mark_quote
Jen says you {offer == "sold":charged her for the adapter|offered her 40% off and she passed}. Good. Don't let her bully us. # speaker: Mark # time: Monday, 10:40 am # channel: text # sfx: message-received # from: Mark Haller # discuss: Mark backs you up. Is being backed up the same as being right?
* [Offer the adapter at our cost, $6, as a middle ground #score: value+1 #feedback: Better than $24, and still a tired mom haggled over six dollars. When the part costs you $6 and the review costs you far more, just give it.]
    Hi Kayla, I talked with the team. We can do the adapter at our cost, $6, plus $8.95 shipping{offer == "sold":. I've refunded the difference}. # speaker: you # channel: email # sfx: mail-sent
    Fine. Still paying to fix your swing, but fine. # speaker: Kayla # sfx: mail-received # mood: annoyed # thought: Six dollars. They haggled me down to six dollars. Wow, generous.
    ~ up(trust, 1)
    ~ offer = "sold"
    -> public
* [Change course: the adapter is on us after all #score: value+2, followthrough+1 #feedback: It's never too late to do the right thing. Turning a stingy offer into a fair one isn't caving; it's fixing your own mistake, and it costs you an argument with the owner.]
    Actually, I'm sending it free. She pays the shipping. I got the first offer wrong. # speaker: you
    You're overruling me while I'm standing in a booth in Chicago. Great. # speaker: Mark
    Fine. It's on you. And you've got the weekend inbox through June, since you're so sure about these. # speaker: Mark
    Hi Kayla, I got my last email wrong. # speaker: you # channel: email
    {offer == "discount":Your swing almost certainly needs its 6-volt adapter, not a replacement. }The adapter is on us. You'd only cover the $8.95 shipping{offer == "sold":, and I've refunded the $24}. It goes out at 3 today and will be with you Wednesday. # speaker: you
    Lullabee Support # speaker: you # sfx: mail-sent
    ... Okay. Thank you, I guess. # speaker: Kayla # sfx: mail-received # mood: neutral # thought: Did they change their minds because of my review, or because somebody there is decent? Doesn't matter. Wednesday.
    ~ up(trust, 2)
    ~ offer = "parts"
    -> public
* [Leave the offer as it stands; she made her choice #score: value-2, followthrough-1 #feedback: It's defensible, and it lets "who is right" make the call. She is wrong about a lot; the swing still doesn't work, and that's the part you can fix.]
    Agreed. The offer stands. # speaker: you
    Good. # speaker: Mark
    In Westerville, Kayla pastes her Amazon review into a Facebook post. # thought: Let them be right. I'll be loud.
    -> public

// ---------------------------------------------------------------------------
=== public ===
Have you seen our Facebook page? She posted a review at 5:52 this morning and shared it in two mommy groups. # speaker: Jen # time: Monday, 1:30 pm # channel: text # sfx: message-received # from: Jen Haller
Kayla Dorsey doesn't recommend Lullabee Baby Co. # sfx: notification # from: Lullabee Baby Co. on Facebook
"Bought a Lullabee Sway this weekend and it is DEAD. Won't even turn on. Emailed customer service and they want a model number, a production date, a description and pictures before they'll lift a finger. I have a 7 week old. Way to stand by your product. Mamas, save your money and your sanity."
23 reactions. 11 comments. Shared to Westerville Mamas and Sleepless in the Suburbs.
Ugh, so sorry mama. Customer service is dead everywhere. # speaker: Dana
Weird, they were great with us when our seat pad ripped. Did it come with the plug? # speaker: Liz
Wait, where did you buy it? # speaker: Amber
Mark says to post the whole email thread so people see it was bought used and what she wrote to us. He says the facts speak for themselves. Your call, you're support. # speaker: Jen # from: Jen Haller # discuss: Twenty people are reading this review, and none of them is Kayla. Who is your public reply really for?
* [Reply under it: a fix by email, and our help address #score: composure+2, respect+1, followthrough+1 #feedback: Answer in public as if twenty eyes are watching: short, warm, no blame, a next step. The reply is for the onlookers as much as for her, and it won't win you the argument; that's not what it's for.]
    Hi Kayla, this is Lullabee Support. I'm sorry your swing isn't running, especially with a 7-week-old at home. # speaker: you # from: Lullabee Baby Co. on Facebook
    {
    - late:
        I've emailed you about the fix, and I'm sorry it's taking longer than I said. # speaker: you
    - fix_shipped():
        A fix is already on its way to you, and the details are in your email. # speaker: you
    - info:
        I've emailed you what we think is wrong and what we can do about it. # speaker: you
    - else:
        One photo of the sticker under the base is all we need to tell you what it's missing. I've emailed you too. # speaker: you
    }
    Anyone else with a Sway that won't start: email help@lullabee.com and we'll figure it out with you. It's usually something small. # speaker: you
    So you have to go public before they answer. Noted. # speaker: Amber
    ~ public_reply = "calm"
    ~ up(trust, 1)
    ~ up(reputation, 2)
    {
    - trust >= 5:
        At 2:20 pm, Kayla likes your reply. No comment. She doesn't take the review down. # thought: Okay. That was decent. I'm not deleting anything yet.
    - else:
        We'll see. # speaker: Kayla # time: Monday, 2:20 pm # mood: annoyed # thought: Nice words. Everybody has nice words. The swing is still dead.
    }
    You said sorry to her. On our page. I wanted the emails up so people could see what she wrote. # speaker: Mark # time: Monday, 2:41 pm # sfx: message-received # from: Mark Haller
    We'll talk about who answers reviews when I'm back. # speaker: Mark
    -> thursday
* [Post "For the record, this swing was bought second hand" #score: composure-2, respect-2 #critical: Argued with her in public, "for the record" #feedback: Polite words can't hide a defensive point. "For the record" tells every mom reading that you'll argue with them too, and no later apology takes it off the page.]
    Hi Kayla. For the record, this swing was bought second hand, so it isn't covered by our warranty. # speaker: you # from: Lullabee Baby Co. on Facebook
    {info:We asked for one photo, found the problem within the hour, and offered a solution.|We offered to help and asked for a model number, a production date and a few photos so we'd know what to send. We never got them.} We stand behind our product. # speaker: you
    Yes, I bought it used. Does that make my baby sleep any better? Thanks for telling all my friends. # speaker: Kayla # time: Monday, 2:04 pm # mood: hurt # thought: They put my business on their page for everyone I know to read. Okay. Now it's personal.
    Yikes. Calling out a customer on your own page. # speaker: Amber
    ~ public_reply = "record"
    ~ down(trust, 2)
    ~ down(reputation, 2)
    -> comeback
* [Stay out of it publicly; keep it in email #score: restraint+1, followthrough-2 #feedback: Not feeding the fight is tempting, but an unanswered review reads as a true one. One short public line is for the people deciding whether to buy.]
    Leave it. I'm handling her by email. # speaker: you
    Okay. Your call. # speaker: Jen
    By 6 pm the review has 41 reactions. Under it, Liz's question sits unanswered. # thought: Not even a reply from them. That says everything.
    ~ public_reply = "silent"
    ~ down(reputation, 1)
    -> thursday
* [Let Mark post the email thread; the facts speak for themselves #score: composure-3, respect-3 #critical: Posted her private emails on the company page #feedback: Posting a customer's emails to win an argument is a breach of her privacy and a gift to her blog. Twenty eyes see a company ganging up on a tired mom, whatever the emails say.]
    Go ahead. Tell Mark to post it. # speaker: you
    At 2:05 pm, four screenshots appear under her review: her first email, Mark's list, "WOW! really? That's alot," and her threat, with the street address blacked out. The caption:
    Here's the whole story. Bought used, refused four simple questions, threatened us. We stand by our product. We don't stand for bullying. # speaker: Mark # from: Lullabee Baby Co. on Facebook
    You posted my private emails. On your business page. Wow. # speaker: Kayla # time: Monday, 2:19 pm # mood: hurt # thought: My emails. With my name. My mother-in-law is in that group.
    Whatever she said, posting customer emails is gross. # speaker: Amber
    ~ public_reply = "thread"
    ~ down(trust, 3)
    ~ down(reputation, 3)
    -> comeback

// ---------------------------------------------------------------------------
=== comeback ===
By 9:20 pm the thread has 64 comments. Someone has shared a screenshot into Sleepless in the Suburbs. # time: Monday, 9:20 pm # channel: text # from: Mark Haller
This is getting out of hand. What do we do? # speaker: Mark # sfx: message-received # discuss: The thread is now a pile-on. What can still be saved, and for whom?
* [Post the dates and times in full, so people stop guessing #score: composure-3, restraint-2 #feedback: More facts answer a question nobody is asking. The thread isn't about the swing anymore, and every extra reply is another screenshot.]
    Since people are asking: she bought the swing used. Sunday at 9:47 pm she emailed us. We answered in 33 minutes. Monday at 5:41 am she refused and threatened us. We have the emails. We're a family business and we won't be bullied. # speaker: you # from: Lullabee Baby Co. on Facebook
    Screenshotted. # speaker: Kayla # mood: angry # thought: They're writing my whole blog post for me. Down to the minute.
    ~ escalated = true
    ~ down(reputation, 2)
    -> flame_friday
* [Delete the post and turn off reviews on the page #score: restraint+1, respect-1, followthrough-1 #feedback: Deleting feels like putting the fire out, but the screenshots already exist. Now the story is "they deleted it."]
    Deleting it. Turning reviews off for a while. # speaker: you
    Ten minutes later, Kayla comments under her own share in Westerville Mamas: "They deleted it and turned off reviews. Good thing I screenshotted." # thought: Deleted. Like it never happened. Except I have it.
    ~ deleted = true
    ~ down(reputation, 1)
    -> flame_friday
* [Apologize under the post, and offer to fix the swing #score: composure+2, respect+2 #feedback: Owning a mistake in the same place you made it is the only public reply that can cool a flame war. Keep it short, and don't add "but." It won't undo the first post.]
    Kayla, we got this wrong. We should never have discussed your purchase in public{public_reply == "thread": or posted your emails}, and we're sorry. # speaker: you # from: Lullabee Baby Co. on Facebook
    {
    - fix_shipped():
        If anything about the swing still isn't right, I'll fix it, no charge. # speaker: you
    - info:
        Your swing needs its 6-volt adapter, and we'll send it free, shipping too. # speaker: you
    - else:
        If you're willing, one photo of the sticker under the base and we'll send what it needs, free. # speaker: you
    }
    Bit late for that. # speaker: Dana
    Noted. # speaker: Kayla # mood: annoyed # thought: Huh. An actual apology, in public. I'm still writing the post. But huh.
    You apologized. After she threatened us. # speaker: Mark # from: Mark Haller
    ~ repaired = true
    ~ fixed_after = info or fix_shipped()
    ~ up(trust, 1)
    ~ up(reputation, 1)
    -> flame_friday

// ---------------------------------------------------------------------------
=== flame_friday ===
Have you seen it? She's writing a blog post. Dana from one of her groups told Jen it goes up tomorrow on Sleepless in the Suburbs. Two orders from Ohio were cancelled overnight. # speaker: Mark # time: Friday, 8:15 am # channel: phone # sfx: phone-ring # from: Mark Haller
I'm done being nice. What do we do? # speaker: Mark # discuss: You can't unpost anything now. What is still yours to do?
* [Post a statement on our page about online bullying #score: composure-2, respect-2 #feedback: It feels like standing up for your family. To every mom reading, it says the company thinks the tired customer is the bully, and it hands her a last paragraph.]
    We post a statement. Short. We're a family business and we won't be bullied. # speaker: you
    At 10 am the page posts: "A note from the Lullabee family: we love our customers and we will always help. We will not respond to threats or online bullying. Thank you for supporting small business." # channel: text # from: Lullabee Baby Co. on Facebook
    By noon it has 88 comments. Most of them are about Kayla. # thought: "Online bullying." They mean me. That's my last paragraph, written for me.
    ~ statement = true
    ~ down(reputation, 2)
    -> finale
* [Write her privately: no defense, and the fix in the mail #score: respect+2, followthrough+2 #feedback: The public damage is done; the private wrong can still be made right. Do it because it's right, not because it will change the post. It might not.]
    I'm writing her privately. No defense. And I'm mailing the adapter. # speaker: you
    Your call. It won't stop the post. # speaker: Mark # sfx: phone-hangup
    Hi Kayla, no excuses: we should never have argued with you in public{public_reply == "thread":, and posting your emails was wrong}. I'm sorry. # speaker: you # channel: email # sfx: mail-sent # subject: An apology from Lullabee # from: Lullabee Support
    {
    - offer == "free_unit":
        I hope the new swing is doing its job. If it isn't, tell me and I'll fix it. No reply needed. # speaker: you
    - fix_shipped():
        I've refunded everything you paid us for the adapter. No reply needed. # speaker: you
    - info:
        The adapter your swing needs is in the mail to you, free, shipping too. No reply needed. # speaker: you
    - else:
        Most used Sways that won't start are missing their 6-volt adapter, so one is in the mail to you, free, shipping too. No reply needed. # speaker: you
    }
    No reply. # thought: An apology with nothing attached. The post is already written. I'll add a line at the bottom.
    ~ repaired = true
    ~ fixed_after = true
    -> finale
* [Ride it out quietly; it will blow over in a week #score: restraint+1, followthrough-1 #feedback: Quiet beats a statement. But the swing in Westerville may still not work, and that's the one part of this you can still fix.]
    We say nothing. Let it burn out. # speaker: you
    Fine. # speaker: Mark # sfx: phone-hangup
    Saturday morning, Kayla hits Publish. # thought: They went quiet. Of course they did. Quiet is easy when you're not the one up at 3 am.
    -> finale

// ---------------------------------------------------------------------------
=== thursday ===
{
- fix_shipped() and not late:
    -> check_in
- late:
    -> check_in_late
- else:
    -> gone_quiet
}

= check_in
Tracking: delivered Wednesday, 2:48 pm, front porch, Westerville, OH. No word from Kayla. # time: Thursday, 10:15 am # channel: email # subject: Re: Broken swing # discuss: The box arrived yesterday and she hasn't said a word. Do you write, and if so, what?
* [Ask her to update her review, now that it's fixed #score: restraint-2, respect-1 #feedback: You don't know it's fixed yet, and asking for the review first tells her what the help was for. Let her change her mind on her own.]
    Hi Kayla, the tracking shows your {offer == "free_unit":new Sway|adapter} arrived yesterday. Now that it's sorted, would you consider updating your review on our Facebook page? It would mean a lot to a small family business. # speaker: you # sfx: mail-sent
    ~ asked_review = true
    {
    - trust >= 6:
        It works. I'll think about the review. # speaker: Kayla # time: Thursday, 1:05 pm # sfx: mail-received # mood: neutral # thought: So that's what all the help was for. The review.
        ~ thanked = true
        ~ down(trust, 1)
        -> thanks
    - else:
        No reply. # thought: And there it is. The part was for the review.
        -> onlooker
    }
* [Write one line to ask: did it do the trick? #score: followthrough+2, restraint+1 #feedback: One message, one question, no ask. Closing the loop is part of the fix, and it gives her an easy way to say it worked.]
    Hi Kayla, the tracking says your {offer == "free_unit":new Sway|adapter} landed yesterday. Is your little one swinging? If anything's still off, just reply here and I'll fix it. # speaker: you # sfx: mail-sent
    {
    - trust >= 6:
        It works. He slept two hours in it this morning. That's a record. Thanks I guess. # speaker: Kayla # time: Thursday, 1:05 pm # sfx: mail-received # mood: pleased # thought: Two hours. I cried a little. I am not telling them that either.
        ~ thanked = true
        -> thanks
    - else:
        No reply. # thought: It works. They can guess.
        -> onlooker
    }
* [Leave it; she'll write if it doesn't work #score: restraint+1, followthrough-1 #feedback: Respectful of her time, and it leaves the loop open. One short check-in is follow-through, not pressure.]
    You leave it. Thursday goes by. Friday morning, nothing.
    In Westerville, the swing runs. # thought: It works. Do I email them? Nah. They'll figure it out.
    -> onlooker

= check_in_late
Mark is back. The {offer == "free_unit":new Sway|adapter} goes out at 10 am, days later than you promised. # time: Thursday, 10:15 am # channel: email # subject: Re: Broken swing # discuss: You're shipping late. What do you tell her, if anything?
* [Ship it standard and say nothing; it's on its way #score: followthrough-1 #feedback: The box speaks, but late. After a delay, a one-line note is what turns it back into a kept promise.]
    You print the label and go back to the inbox.
    Saturday, a box shows up on Linden Court. # thought: Oh. It came. One day before Jess takes hers back. Whatever.
    -> onlooker
* [Ask her to update her review once it arrives #score: restraint-2, respect-1 #feedback: Asking for something while you're the one running late makes the help look like a trade.]
    Hi Kayla, it's shipping today. Once it's working, would you consider updating your review? It would mean a lot to a small family business. # speaker: you # sfx: mail-sent
    ~ asked_review = true
    No reply. # thought: Three days late and they want a review. Wow.
    -> onlooker
* [Say sorry for the wait, and pay for overnight #score: followthrough+2, value+1 #feedback: A broken promise is paid back with a kept one. Own the delay and shorten it, without excuses. Overnight costs real money; it's cheaper than the delay.]
    Hi Kayla, I'm sorry for the wait. It shipped this morning, overnight, on us. If anything's still off when it lands, reply here and I'll fix it. # speaker: you # sfx: mail-sent
    Overnight is $41. Coming out of your support budget, not mine. # speaker: Mark # channel: text # sfx: message-received # from: Mark Haller
    No reply from Westerville. # thought: Overnight. So Friday, two days before Jess takes hers back. Fine.
    -> onlooker

= gone_quiet
No word from Kayla since Monday. Her ticket sits at the bottom of the inbox. # time: Thursday, 10:15 am # channel: email # subject: Re: Broken swing # discuss: She's gone quiet and the swing still doesn't work. Is there one more thing worth doing, or is silence the answer?
* [Let it go; she knows where to find you #score: restraint+1, followthrough-1 #feedback: Not chasing her is right; saying nothing at all leaves the last word with her review. One short note would have been enough.]
    You archive the ticket.
    In Westerville, Mason naps in a borrowed swing. # thought: They never wrote back. Fine. Neither will I.
    -> onlooker
* [One last note: the door's open, and how to walk through it #score: followthrough+1 #feedback: One message, no pressure, an easy way back in. Better than silence; still, she has to ask again, and she has said no twice.]
    {info:
        Hi Kayla, no pressure, and I won't keep writing. Your swing almost certainly needs only its 6-volt adapter. If you want it, reply "yes" and it's yours, free. # speaker: you # sfx: mail-sent
    - else:
        Hi Kayla, no pressure, and I won't keep writing. If you still want the swing running, one photo of the sticker under the base is all I need and I'll answer the same hour. # speaker: you # sfx: mail-sent
    }
    No reply. # thought: I read it. I'm just too tired to want to be helped by them.
    -> onlooker
* [Mail her an adapter anyway, no questions asked #score: value+2, followthrough+1 #feedback: Make it easy to be helped, taken all the way: most dead used Sways need the plug, and it costs you $6. You don't need her to be right to do the right thing.]
    {info:
        Hi Kayla, your 2019 Sway runs on a 6-volt adapter, and a baby-monitor plug can't turn it. I've mailed you the right one, free, shipping too. No reply needed. # speaker: you # sfx: mail-sent
    - else:
        Hi Kayla, most used Sways that won't start are missing their 6-volt adapter. I've mailed you one, free, shipping too. No reply needed. # speaker: you # sfx: mail-sent
    }
    ~ blind_part = true
    No reply. # thought: They mailed me a plug? Without the homework? ... Huh.
    -> onlooker

// ---------------------------------------------------------------------------
=== thanks ===
You read her email twice. # discuss: She says it works. What, if anything, do you add, and what is it for?
* [Tell her you're glad, and leave it there #score: restraint+2, respect+1 #feedback: Take the win and leave her the last word. Asking for nothing is what makes her want to give something back, and it means the review may never change.]
    That's the best news I've had all week. Give him a push from all of us in Cedar Falls. # speaker: you # sfx: mail-sent
    No reply, and none needed. # thought: That's it? No "please update your review"? Huh.
    ~ said_glad = true
    ~ up(trust, 1)
    ~ up(reputation, 2)
    You didn't even ask her to fix the review? # speaker: Mark # channel: text # sfx: message-received # from: Mark Haller
    -> finale
* [Add: "for next time, it was only ever the plug" #score: respect-2, composure-1 #feedback: You're right, and being right is the whole problem. It makes her feel foolish in writing, and people who feel foolish don't post updates.]
    Great! Just so you know for next time, it was {offer == "free_unit":very likely only the plug on your old one|only ever the plug}. Baby-monitor plugs fit the Sway but can't run it. # speaker: you # sfx: mail-sent
    Cool. Noted. # speaker: Kayla # mood: annoyed # thought: So I'm the idiot. Good to know.
    ~ down(trust, 2)
    ~ plug_note = true
    -> finale
* [Thank her, and ask her to update her Facebook review #score: restraint-2 #feedback: Asking isn't a crime, but asking right after she says it works turns your help into a trade. Let the update be hers.]
    So glad to hear it! If you have a minute, would you update your Facebook review? Small family business, it really helps. # speaker: you # sfx: mail-sent
    ~ asked_review = true
    Sure. # speaker: Kayla # mood: neutral # thought: And there's the invoice.
    -> finale

// ---------------------------------------------------------------------------
=== onlooker ===
Hi! I'm Liz, I commented on Kayla's review. Not about that! My sister-in-law just got a used Sway at a consignment shop in Dublin and it won't turn on. What should she check before she panics? # speaker: Liz # time: Friday, 11:20 am # channel: text # sfx: message-received # from: Liz, via the Lullabee page # discuss: Someone who watched the whole thing is now asking for help. What will she tell the group?
* [Walk her through it, and offer the adapter free if it's missing #score: value+2 #feedback: The twenty eyes are customers too. Treating her sister-in-law the way you'd have liked to treat Kayla is what the group will remember.]
    Hi Liz! Two things. First, check it has its own 6-volt adapter with a round black plug. Other plugs fit but won't run it. Second, make sure the motor hub on top clicks into the frame. # speaker: you
    If the plug is missing, have her email help@lullabee.com with a photo of the sticker under the base and we'll mail one free. # speaker: you
    It was the plug!! She's emailing you now. # speaker: Liz
    At 12:05 pm Liz posts about it in Westerville Mamas. Kayla reads it twice. # thought: Fine. They're nice to Liz.
    ~ liz_helped = true
    ~ up(reputation, 1)
    -> finale
* [Answer, and add "between us, that's what Kayla's was" #score: respect-2, composure-1 #feedback: It feels like quietly setting the record straight. It's discussing one customer with another, in a group where it will be repeated by lunch.]
    Hi Liz! Check that it has its own 6-volt adapter with the round black plug. Other plugs fit but won't run it. Between us, that's almost certainly what happened with Kayla's. # speaker: you
    By 1 pm Liz has posted in Westerville Mamas: "PSA, used Sways need their own plug! Apparently that's what Kayla's problem was lol." # thought: Great. Now the whole group thinks I'm an idiot. Thanks, Lullabee.
    ~ down(reputation, 1)
    -> finale
* [Send her the link to the troubleshooting page #score: value-1 #feedback: Efficient, and a little cold for someone who stuck up for you in the comments. A link is an answer; two sentences and an offer are help.]
    Hi Liz! Everything's here: lullabee.com/help/sway. # speaker: you
    Thanks! # speaker: Liz
    The troubleshooting page is eleven sections long. The plug is in section nine.
    In Westerville, Kayla scrolls past Liz's question in the group. # thought: Not my problem. I have my own swing problem.
    -> finale

// ---------------------------------------------------------------------------
=== finale ===
{
- public_reply == "record" or public_reply == "thread":
    { repaired and not statement:
        -> end_correction
    - else:
        -> end_flame_war
    }
- thanked and said_glad and offer == "free_unit":
    -> end_squeaky_wheel
- thanked and said_glad and offer == "parts" and public_reply == "calm" and not asked_review and not amazon:
    -> end_grudging_update
- thanked:
    -> end_edited_review
- swing_fixed() and reputation >= 7:
    -> end_twenty_eyes
- swing_fixed():
    -> end_silence
- else:
    -> end_other_brand
}

= end_grudging_update
Friday, 8:42 pm, Kayla posts in Westerville Mamas. # time: Friday, 8:42 pm # channel: text # mood: pleased # from: Westerville Mamas # ending: The Grudging Update # stars: 5
"UPDATE on the Lullabee swing, since a bunch of you asked. Okay, fair is fair. It was the plug. The one I bought didn't come with one and I was using our baby monitor's, which fits but doesn't work. They sent the right one for the cost of shipping and it showed up Wednesday. Mason slept two hours in it Thursday morning, which is a personal record for both of us. I still think they made it harder than it had to be at the start. But they fixed it, and they were nice about it. If you buy one used, check for the round black plug."
Wait, so was it broken or not?? # speaker: Dana
Saving this. Just bought one at the resale shop on State Street. # speaker: Amber
Kayla never edits her original review. It still says "doesn't recommend," right above the update. The next Tuesday, two orders come in from Westerville, and Mark forwards you the second one without a word.
-> END

= end_squeaky_wheel
Friday, 8:42 pm, Kayla posts in Westerville Mamas. # time: Friday, 8:42 pm # channel: text # mood: delighted # from: Westerville Mamas # ending: The Squeaky Wheel # stars: 3
"UPDATE: Lullabee sent me a brand-new swing!! {info:One blurry photo and one threat, that's all it took.|Didn't even have to send pictures in the end.} Pro tip, mamas: if a company gives you the runaround, mention your followers. Works every time."
Omg saving this tip. # speaker: Dana
The old swing, still missing its plug, goes up on Facebook Marketplace for $30.
The next week, Mark forwards you three support emails. Two mention follower counts. One is from a woman with 40,000 followers on Instagram who would like a new Sway by Friday.
-> END

= end_edited_review
Saturday morning, Kayla edits her Facebook review. She leaves the original and adds a line at the bottom. # time: Saturday, 9:10 am # channel: text # mood: neutral # from: Lullabee Baby Co. on Facebook # ending: The Edited Review # stars: 3
{
- plug_note:
    "EDIT: It works now. {offer == "free_unit":Apparently my old one was probably 'only the plug,'|Apparently it was 'only ever the plug,'} in case you were wondering how they feel about me. Fixed, but I wouldn't buy new from them."
- asked_review:
    "EDIT: {offer == "free_unit":They sent a new swing|They sent the right plug} and it works now. Then they asked me to change my review. So here's my change: the swing works, and the customer service is fine once you push them."
- offer == "sold":
    "EDIT: It works now. It was the plug, which they sold me. Fine. I got what I paid for, twice."
- else:
    "EDIT: They sent the right plug and it works now. Took a lot of back and forth to get there."
}
The review still says "doesn't recommend." The edit gets four likes. One of them is Liz.
-> END

= end_twenty_eyes
Kayla never writes back. Her review stays up, and so does your reply under it. # time: Friday, 4:30 pm # channel: text # mood: neutral # from: Lullabee Baby Co. on Facebook # ending: Twenty Eyes # stars: 4
{blind_part:Saturday, a small box arrives on Linden Court. She plugs it in. It runs. She tells no one at Lullabee.}
{liz_helped:Liz's post in Westerville Mamas, Friday at 12:05 pm: "PSA for anyone buying a used Lullabee: it needs its own round black plug. Baby monitor plugs fit and don't work. My SIL's runs now, they're mailing her the plug for free." It gets 47 likes, more than Kayla's review.|Amber, in the comments under Kayla's review, on Friday: "Bought one used anyway. Emailed them first to ask what to check. Answer in twenty minutes."}
Kayla never deletes the review, and she never writes to Lullabee again. She hits 1,000 Twitter followers on Tuesday, and none of her tweets that week are about swings.
-> END

= end_silence
Kayla never writes back. # time: Friday, 4:30 pm # channel: text # mood: annoyed # from: Twitter # ending: Silence # stars: 3
{blind_part:Saturday, a small box arrives on Linden Court. She plugs it in. It runs. She doesn't write back, and she doesn't change a word of her reviews.}
She hits 1,000 Twitter followers on Tuesday. Her tweet that morning:
{
- blind_part:
    "Swing company mailed me a plug out of nowhere and now it works?? Still not forgiving the homework. \#momlife"
- offer == "free_unit":
    "The swing company sent me a whole new one in the end. It only took a threat. Remember that, mamas. \#momlife"
- else:
    "Swing works now. Total cost: $35, plus a plug they made me beg for, plus my dignity. \#momlife"
}
{amazon:The Amazon review stays at the top of the Sway's page, sorted by "most recent." Three people mark it helpful.|The Facebook review stays up. By Friday it has 58 reactions.}
-> END

= end_other_brand
Kayla never writes back. # time: Friday, 4:30 pm # channel: text # mood: annoyed # from: Twitter # ending: The Other Brand # stars: 2
She hits 1,000 Twitter followers on Tuesday. Her tweet that morning:
"Update on the swing saga: still dead, still no help. Bought a different brand at Target. Mason doesn't care what it's called. \#momlife"
The Sway goes out with the trash on Linden Court, missing a $6 plug.
{amazon:The Amazon review stays at the top of the Sway's page, sorted by "most recent." Three people mark it helpful.|The Facebook review stays up. By Friday it has 58 reactions.}
-> END

= end_correction
Saturday morning, Kayla's post goes up on Sleepless in the Suburbs. # time: Saturday, 7:30 am # channel: text # mood: hurt # from: Sleepless in the Suburbs # ending: The Correction # stars: 2
"What Lullabee Baby Co. Thinks of Moms. I bought a Lullabee Sway at a garage sale for $35. It didn't work. I emailed them. They sent me homework: model number, production date, a description, pictures. I have a seven-week-old. {info:I said no, then sent them a photo anyway.|I said no.} Then, on their own page, for all my friends and neighbors to read, they posted {public_reply == "thread":my private emails, with the caption 'We don't stand for bullying.'|'For the record, this swing was bought second hand.'} I'm a mom with a broken swing. That's the record."
"UPDATE: To their credit, they apologized{fixed_after:, and the swing works now}. I'm leaving this up because it happened. But they said sorry, which is more than most."
The post is shared 64 times. Most shares quote the first paragraph.
-> END

= end_flame_war
Saturday morning, Kayla's post goes up on Sleepless in the Suburbs. # time: Saturday, 7:30 am # channel: text # mood: angry # from: Sleepless in the Suburbs # ending: The Flame War # stars: 1
"What Lullabee Baby Co. Thinks of Moms. I bought a Lullabee Sway at a garage sale for $35. It didn't work. I emailed them. They sent me homework: model number, production date, a description, pictures. I have a seven-week-old. {info:I said no, then sent them a photo anyway.|I said no.} Here's what they posted on their own page, for all my friends and neighbors to read:"
"{public_reply == "thread":'Here's the whole story. Bought used, refused four simple questions, threatened us. We stand by our product. We don't stand for bullying.' Under it, my private emails, as screenshots.|'For the record, this swing was bought second hand, so it isn't covered by our warranty. We stand behind our product.'}"
{escalated:"When people asked them to stop, they posted a timeline of my emails, down to the minute."}
{deleted:"Then they deleted it and turned off reviews. I have screenshots. So do about forty of you."}
{statement:"On Friday they posted a statement about 'online bullying.' I'm the bully, apparently. I'm the one with the baby."}
{swing_fixed():"The swing works now, for what it's worth. I'd have rather had the respect. Buy anything else."|"The swing still doesn't work. Mason naps in my sister's. Buy anything else."}
The post is shared 212 times by Sunday. The screenshots outlive it: for months, whenever someone asks about baby swings in a Columbus parenting group, somebody posts them.
-> END
