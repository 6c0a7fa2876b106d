# title: The No-Show Prospect
# brief: Greg Haskins, Director of IT at Blue Ridge Community Credit Union, gave you his word he'd join Tuesday's 2:00 pm call with your New Horizons team. Nobody showed up but you. Handle the empty line, your frustrated colleagues, his weak excuse, and the post you are dying to publish.
# role: Jordan Reyes, Account Executive at New Horizons Charlotte
# counterpart: Greg Haskins, Director of IT, Blue Ridge Community Credit Union
# channel: phone
# minutes: 10
# order: 3
# room: conference-room
# portrait: grey-temples
# ambience: office

VAR trust = 5
VAR reputation = 5

// How Greg, the team and Dana have seen you handle this so far: each option adds its overall score.
// The endings read it, so that the ending a path reaches agrees with its verdict (pass mark 70%).
// Flags that no later line reads are reset where they stop mattering, so the checker merges those paths.
VAR standing = 0
CONST PASS_STANDING = 16

VAR promised = false
VAR held_long = false
VAR team_heard = false
VAR marcus_out = false
VAR went_over_head = false
VAR reply = 0
VAR posted = 0
VAR told_dana = false
VAR call_monday = false
VAR apologized = false
VAR asked_linda = false
VAR broke_promise = false
VAR post_down = false
VAR wall = false

-> monday

=== function trust_up(n) ===
~ trust = trust + n
{ trust > 10:
    ~ trust = 10
}

=== function trust_down(n) ===
~ trust = trust - n
{ trust < 0:
    ~ trust = 0
}

// Before a decision: once standing can no longer cross the pass mark, or can no longer fall below it,
// its exact value stops mattering; and after a critical mistake no ending reads it. Settling it then
// lets the checker merge those paths. gain_left and loss_left bound what the decisions still ahead can add or take.
=== function settle(gain_left, loss_left) ===
{
- posted > 0 or broke_promise:
    ~ standing = 0
- standing + gain_left < PASS_STANDING:
    ~ standing = -99
- standing - loss_left >= PASS_STANDING:
    ~ standing = 99
}

=== function rep_up(n) ===
~ reputation = reputation + n
{ reputation > 10:
    ~ reputation = 10
}

=== function rep_down(n) ===
~ reputation = reputation - n
{ reputation < 0:
    ~ reputation = 0
}

=== monday ===
New Horizons Charlotte, fourth floor. You have Greg Haskins, Director of IT at Blue Ridge Community Credit Union in Hickory, on the phone. # time: Monday, 4:30 pm # channel: phone # sfx: phone-pickup
Tuesday at two works. Bring your instructor. I want the Security+ dates and the Microsoft 365 classes locked before March. # speaker: Greg # mood: pleased
Priya and Marcus will both be on the bridge. This is the call that moves it forward, Greg. Can I count on you? # speaker: you
You have my word. Two o'clock. I'll be there. # speaker: Greg # thought: Finally, a vendor who does the homework. Linda will like these numbers.
The proposal on your screen says $38,380: four seats in Marcus's Security+ bootcamp for $9,580, and twelve half-day Microsoft 365 sessions for 140 staff for $28,800. Five weeks, two site visits and one rewritten quote got you here. Greg also sits on the Carolinas Credit Union League's tech council, and he has offered to introduce you there on March 12.
-> bridge

=== bridge ===
The conference bridge has been open for ten minutes. # time: Tuesday, 2:10 pm # channel: call # sfx: call-join # from: Priya and Marcus
Still just us? # speaker: Priya
I pushed a lab review to four o'clock for this. # speaker: Marcus
Greg's line stays silent. He accepted the calendar invite on Friday. Since 1:50 he has been in his CFO's office, phone face down on her desk. # thought: Linda is circling every training line in red. I can't walk out of this. I'll text them. In a minute.
It's ten past. Priya is waiting on you, and so is Marcus. # discuss: It's ten past two. What do you owe a customer who is late, and what do you owe your own team?

* [Keep everyone on the line until he joins #score: empathy-1, followthrough-1 #feedback: Waiting looks generous, but an open-ended hold spends your team's afternoon on his silence. Set a limit, check once, and let people go.]
    ~ standing = standing - 2
    Let's give him a few more minutes. Could be traffic, could be a wrong PIN. # speaker: you
    Marcus drops off at 2:31. You and Priya close the bridge at 2:40. Nobody has called Greg. # thought: 2:40 and Linda is still going. They're probably all sitting there. I should have texted at two.
    ~ held_long = true
    -> team
* [Email him: "We're all on the line waiting for you." #score: composure-1, respect-1 #feedback: It's factual, but counting who is waiting turns a check-in into a guilt bill. He'll read it an hour late, and it will read as a scolding, not a question.]
    ~ standing = standing - 2
    Hi Greg. Priya, Marcus and I are on the bridge waiting for you. Are you joining? Dial-in 704-555-0190, PIN 448 213. # speaker: you # channel: email # sfx: mail-sent # subject: Blue Ridge training, Tuesday 2:00 pm
    No reply. You close the bridge at 2:20. # thought: Phone buzzes under Linda's desk. "Waiting for you." Great. Now I'm the bad guy in two meetings at once.
    ~ trust_down(1)
    -> team
* [Leave him a voicemail and free the team at 2:15 #score: followthrough+2, respect+1, empathy+1 #feedback: One check is courtesy, not chasing: he may be on the wrong number or stuck in a room. You set a limit for your team and a clear next step for him, with no blame in it.]
    ~ standing = standing + 4
    His cell rings four times. # channel: phone # sfx: voicemail
    Hi Greg, it's Jordan at New Horizons. We're on the bridge for our two o'clock. Hope everything's all right over there. I'll let the team go at 2:15 and try you tomorrow at 10:00. Talk soon. # speaker: you
    At 2:15 you thank Priya and Marcus and close the bridge. At 3:20, walking out of Linda's office, Greg reads the voicemail transcript. # thought: Jordan isn't even mad. "Try you tomorrow at 10." Okay. I owe Jordan a real answer.
    ~ promised = true
    ~ trust_up(1)
    -> team
* [Close the bridge now; he knows where to find us #score: followthrough-2, restraint+1 #feedback: Not chasing is a healthy instinct, but one check is not chasing. Closing the loop is your job, even when he's the one who dropped it.]
    ~ standing = standing - 1
    He's not coming. Let's not sit here. He knows where to find us. # speaker: you
    You close the bridge at 2:11. At 3:20, walking out of Linda's office, Greg checks his phone. # thought: No email, no voicemail from New Horizons. Maybe they barely noticed. Good.
    -> team

=== team ===
Marcus is at the edge of your desk before you've put your headset down. # channel: in-person # time: Tuesday, 2:45 pm # from: Marcus and Priya
{ held_long:
    Forty minutes, Jordan. Forty. # speaker: Marcus
- else:
    Ten minutes of dead air. # speaker: Marcus
}
That's the second time he's moved us. He bumped us from last Thursday too. He gave you his word, right? Drop him. Put the hours into people who show up. # speaker: Marcus
Or something blew up over there. IT directors get pulled into fires all the time. # speaker: Priya
Marcus teaches the bootcamp. Every hour he spends on a dead line is an hour he doesn't teach. # discuss: Marcus wants to vent, or to walk away from the account. What does your team need from you right now?

* [Thank them, and take the follow-up with Greg yourself #score: empathy+2, followthrough+1, composure+1 #feedback: You named what it cost them, took ownership of the customer, and set a rule that protects their time next time. Professionalism starts with your own team.]
    ~ standing = standing + 4
    Thanks for holding the time, both of you. I know it cost you. Leave Greg with me. I'll find out what happened. # speaker: you
    And a new rule: nobody waits on a call more than five minutes again. # speaker: you
    Five minutes. And I'm off the next call with him. He shows up once, then I come back. # speaker: Marcus
    So the next call, if there is one, runs without your instructor.
    ~ team_heard = true
* [Agree with Marcus: he's not serious, so stop chasing him #score: composure-1, followthrough-2 #feedback: It feels like loyalty to your team, but you're deciding the account's fate on ten minutes and no facts. The customer isn't always right, yet one no-show is a reason to ask what happened, not to quit.]
    ~ standing = standing - 3
    You're right. He's had his chances. I'll move Blue Ridge to the bottom of the list. # speaker: you
    Thank you. # speaker: Marcus
* [Remind Marcus that waiting on customers is part of the job #score: empathy-2, composure+1 #feedback: Calm toward the customer, deaf to your colleague. The customer is not always right, and brushing off Marcus's lost hour makes him less likely to show up for you next time.]
    ~ standing = standing - 1
    He's the customer, Marcus. Customers run late. We wait. That's the job. # speaker: you
    Sure. Next time, wait without me. # speaker: Marcus
    ~ marcus_out = true
* [Lighten it up: start a no-show wall of fame, Greg first #score: respect-2, composure-1 #feedback: A joke lets off steam, but mocking a named customer becomes a team habit, and habits leak. Frustration is fine; ridicule is not.]
    ~ standing = standing - 3
    New rule. We start a no-show wall of fame by the coffee machine. Greg gets the first frame. # speaker: you
    Marcus laughs. Priya doesn't. By five o'clock there is a printout of Greg's email signature taped by the coffee machine.
    ~ wall = true
-
In Hickory, Greg is still in the CFO's office. # thought: Linda just said "pause all vendor training until April." How do I tell the New Horizons people that? I'll figure it out tonight.
-> wednesday_call

=== wednesday_call ===
~ held_long = false
{ promised:
    Yesterday you told Greg's voicemail you would try him at 10:00. # time: Wednesday, 9:58 am # channel: phone
- else:
    Nothing from Greg overnight. No email, no text, no missed call. # time: Wednesday, 9:58 am # channel: phone
}
Linda Carver, Blue Ridge's CFO, signed the purchase order for your Excel classes last year. Her direct line is still in your CRM. # discuss: Who do you contact this morning, how, and how often? What did you promise yesterday?

* [Call Linda, his CFO, to ask whether the project is still on #score: respect-2, restraint-1 #feedback: Going over his head after one missed call tells him you don't trust him, and tells his boss he's unreliable. Ask the person who made the commitment first.]
    ~ standing = standing - 3
    Hi Linda, it's Jordan Reyes from New Horizons. Quick one: Greg missed our call yesterday, and I wanted to make sure the training project is still a priority for Blue Ridge. # speaker: you # from: Linda Carver
    Oh. I'll make sure he gets back to you. # speaker: Linda
    At 10:20, Linda stops at Greg's door. # thought: Linda wants to know why my vendors are calling her. The day after she froze my budget. Thanks a lot, Jordan.
    ~ went_over_head = true
    ~ trust_down(3)
    -> weak_excuse
* {not promised} [Call his cell at 10:00 and leave a short voicemail #score: followthrough+1, restraint+1 #feedback: A single, friendly check without blame reopens the line. It's a day late, but it's calm and easy to answer.]
    ~ standing = standing + 2
    At 10:00 his cell rings through to voicemail. # sfx: voicemail
    Hi Greg, Jordan at New Horizons. Sorry we missed each other yesterday. Call me or send a note when you have a minute: 704-555-0148. # speaker: you
    Greg watches it ring out during his staff meeting. # thought: Friendly. "Missed each other" is generous. I need to write back.
    ~ trust_up(1)
    -> weak_excuse
* {promised} [Skip the 10:00 call; the ball is in his court now #score: followthrough-3 #critical: Broke your own promise to call him at 10:00 #feedback: You told him 10:00. Breaking your word the day after he broke his is exactly what you're upset about. Keep your own commitments, especially when he didn't keep his.]
    ~ standing = standing - 3
    You leave the phone face down and open your inbox instead.
    At 10:05, Greg glances at his phone. # thought: Jordan said ten. Nothing. Guess they're done with me. Honestly, that's easier.
    ~ broke_promise = true
    ~ trust_down(1)
    -> weak_excuse
* [Call at 10:00, then email and text so he can't miss you #score: restraint-2, followthrough+1 #feedback: Reliable, but three channels in four minutes reads as pressure, not courtesy. One clear touch at the time you promised says more.]
    ~ standing = standing - 1
    Voicemail at 10:00, an email at 10:02, and a text at 10:03. # channel: text # sfx: message-sent
    Greg, tried you at 10. Sent an email too. Can we reschedule today? # speaker: you
    Greg is in his Wednesday staff meeting. # thought: Voicemail, email, text, all in four minutes. I'm in a meeting, Jordan. I know I owe you.
    ~ trust_down(1)
    -> weak_excuse
* {promised} [Call at 10:00, as you told his voicemail you would #score: followthrough+2, restraint+1 #feedback: You said 10:00 and called at 10:00. Keeping your own commitment, exactly, is the most persuasive thing you can do with someone who just broke his.]
    ~ standing = standing + 3
    At 10:00 his cell rings through to voicemail. # sfx: voicemail
    Hi Greg, Jordan at New Horizons, calling at ten like I said. No pressure. Call me or send a note when you have a minute: 704-555-0148. # speaker: you
    Greg watches it ring out during his staff meeting. # thought: Ten on the dot. Jordan said ten and called at ten. I really need to write back.
    ~ trust_up(1)
    -> weak_excuse
* {not promised} [Wait; the ball is in his court now #score: followthrough-1, restraint+1 #feedback: Giving him room is reasonable, but nobody has checked on him since the missed call. A single friendly touch keeps the door open without pressure.]
    ~ standing = standing + 0
    You leave the phone face down and open your inbox instead.
    At 10:05, Greg glances at his phone. # thought: Still nothing from New Horizons. Maybe they didn't even notice. That's easier.
    -> weak_excuse

=== weak_excuse ===
~ promised = false
~ settle(23, 19)
A reply, at last. Subject: Re: Blue Ridge training, Tuesday 2:00 pm. # time: Wednesday, 4:48 pm # channel: email # sfx: mail-received # subject: Re: Blue Ridge training, Tuesday 2:00 pm
Jordan, # speaker: Greg # mood: neutral
{ went_over_head:
    Linda mentioned you called her. In the future, please come to me directly. # speaker: Greg # mood: annoyed
}
Sorry about yesterday. Got tied up. Crazy week. # speaker: Greg
Let's touch base at some point. # speaker: Greg
Greg. Sent from my iPhone. # speaker: Greg # thought: I can't tell a vendor our CFO froze spending an hour before their call. Vague is safer. They'll get it.
Two days, three people on a bridge, and that's it: got tied up. Priya pings you: "Did he ever answer?"
Then Dana, your sales manager: "Ron has Blue Ridge in February's forecast. Get him on the phone tomorrow and get a yes." # channel: text # sfx: message-received # from: Dana
February closes on the 28th, eleven days from now. # discuss: He broke his word and sent a very weak excuse. How do you ask for courtesy without accusing him?

* [Thank him, ask for a heads-up next time, and offer two times #score: respect+2, followthrough+2, empathy+1 #feedback: You assumed good faith, stated the cost once without blame, asked for one small courtesy, and made the next step easy. That is asking for courtesy without accusing.]
    ~ standing = standing + 5
    Hi Greg, thanks for getting back to me. I hope everything's okay on your end. # speaker: you
    One small ask: if a time stops working, a quick note is all I need. It lets me free up Priya and Marcus, who block their afternoons for these calls. # speaker: you
    Could we try Thursday at 11:00 or Friday at 9:00? Fifteen minutes will do. Jordan # speaker: you
    Sent at 5:02 pm. Greg reads it in the credit union parking lot. # sfx: mail-sent # thought: "A quick note is all I need." That's fair. More than fair. I'd have been furious.
    Dana reads it in the CRM at 5:04. "Fifteen minutes, Thursday or Friday? Ron wants a signature, not a chat. I'll tell him it's slipping." # channel: text # sfx: message-received # from: Dana
    ~ reply = 2
    ~ trust_up(2)
* [Keep it light: "No worries at all! Whenever works for you." #score: composure+1, followthrough-2 #feedback: Gracious, and it avoids a fight, but it hands him the calendar and tells him a no-show costs nothing. No ask and no time means no next step.]
    ~ standing = standing - 1
    No worries at all, Greg! Totally understand. Whenever works for you, just let me know. Jordan # speaker: you
    Sent at 4:51 pm. # sfx: mail-sent # thought: Phew. Off the hook. I'll get back to them once the budget mess settles. Whenever that is.
    ~ reply = 1
* [Write back: "I'm not okay with Tuesday. You gave me your word." #score: respect-2, composure-1 #feedback: Every word is true, and that's the trap: "you gave me your word" puts him on trial, and people on trial defend themselves. State the impact once and ask for what you need next time.]
    ~ standing = standing - 3
    Greg, I'll be honest with you. I'm not okay with Tuesday. # speaker: you
    You gave me your word. Three of us cleared our afternoons and sat on the line. A two-line email would have been enough. # speaker: you
    Let me know if Blue Ridge is still serious about this. Jordan # speaker: you
    Sent at 4:53 pm. # sfx: mail-sent # mood: annoyed # thought: "Still serious." I just spent two hours defending this project to my CFO. Wow.
    ~ reply = 3
    ~ trust_down(2)
* [Don't reply yet; let him wait a couple of days, like we did #score: composure-1, followthrough-2 #feedback: Making him wait feels like leverage, but it's tit for tat, and he won't read it as a lesson. He'll read it as you losing interest. Your professionalism doesn't depend on his.]
    ~ standing = standing - 3
    He wrote. "Got tied up." He can wait a couple of days for my answer. # speaker: you # channel: text # sfx: message-sent
    Greg refreshes his inbox at 9:15 pm. # thought: Nothing back. They're annoyed. Can't blame them. Less awkward for me, though.
    ~ reply = 4
    ~ trust_down(1)
-
-> blog

=== blog ===
~ went_over_head = false
~ settle(18, 16)
Your kitchen table. Your blog, Buzz of the Day, has 214 followers, and its link sits under your name at the bottom of every email you send. # time: Wednesday, 9:40 pm # channel: in-person
You started it last spring for sales tips. Tonight's draft wrote itself in twenty minutes.
Buzz of the Day. # speaker: you
The customer is not always right. There, I said it! # speaker: you
I'm frustrated with a particular account. I don't want to get myself in trouble, so I'll be careful how I put this. I don't know who's reading this blog... : ) # speaker: you
I bent over backwards to earn this person's business. He gave me his word that he'd be on a conference call to move the training opportunity forward. He stood me up. Not only me, but others from the New Horizons team. He finally responded by email with a very weak excuse. I am not okay with that. # speaker: you
At the very least, this dude could have called and said, "I can't make the call." Simple as that. But he'll expect me to call and kiss his behind because he's the customer. Not that dude. # speaker: you
Right is right and wrong is wrong. If he's a decision maker, he should have more respect for other people's time. All I ask is courtesy. If you changed your mind, just let me know. # speaker: you
Sixty miles away in Hickory, Greg is at his kitchen table too, with Linda's budget memo.
{ reply:
- 1:
    He rereads your "No worries." # thought: Good. That buys me a few weeks.
- 2:
    He rereads your email. # thought: Jordan was decent about it. Tomorrow I tell the truth about the freeze.
- 3:
    He rereads your email. # thought: "Still serious." Who talks to a customer like that?
- else:
    He checks his inbox again. # thought: Not a word from New Horizons since my email. Maybe they've written me off.
}
The orange Publish button waits. # discuss: The draft names no one. Who might read it, and what would it cost you, your team and the account?

* [Publish it. It names no one, and it's your own blog #score: composure-3, respect-2, restraint-1 #critical: Vented about him on a public blog he could find from your email #feedback: No names, but the details name him: Tuesday, the team, the weak email. Your blog is linked from every email you sent him. What you vent in public is read by the customer too.]
    ~ standing = standing - 6
    You click Publish at 9:52 pm and share the link on LinkedIn: "New post. Sales friends, you'll relate." # speaker: you
    Greg's phone lights up with a LinkedIn notification he doesn't open until morning. # thought: Jordan posted something. I'll look tomorrow.
    ~ posted = 2
    ~ rep_down(2)
* [Keep it off the web; email the draft to Priya and Marcus instead #score: composure-1, respect-1 #feedback: It stays off the internet, but now it sits in company email, mocking a customer in writing. That's how team frustration becomes team culture, and emails get forwarded.]
    ~ standing = standing - 2
    Subject: What I'd post if I could. Draft below. Don't forward. # speaker: you # channel: email # sfx: mail-sent # subject: What I'd post if I could
    Marcus replies within a minute: "Ha. Not that dude. Print it."
    At 10:10 pm, Greg is still up, staring at your thread. # thought: Maybe I'll just call Jordan tomorrow and get it over with.
* [Delete the draft; text Dana and ask for ten minutes tomorrow #score: composure+2, restraint+2 #feedback: The feelings are real and deserve an outlet: your manager, in private, not the internet. Writing it out was fine. Publishing it never is.]
    ~ standing = standing + 4
    Got ten minutes tomorrow? I need to vent about Blue Ridge to someone who isn't the internet. # speaker: you # channel: text # sfx: message-sent # from: Dana
    8:30, my office. Bring coffee. # speaker: Dana # sfx: message-received
    Greg turns off the kitchen light at 10:15. # thought: Tomorrow I deal with New Horizons. One way or another.
    ~ told_dana = true
* [Post a short LinkedIn note on courtesy toward salespeople instead #score: composure-1, respect-1 #critical: Posted a public jab at him the night after his excuse #feedback: No story and no names, but it went up the night after his excuse, and he's one of your connections. He'll do the math. Even a subtle public vent is read by the customer.]
    ~ standing = standing - 2
    A small ask for anyone who buys from salespeople: if you can't make a call you agreed to, send two lines. "Can't make it, let's move it." We'll understand. Silence costs a whole team an afternoon. # speaker: you
    At 10:05 pm the post appears in Greg's feed. He is one of your 612 connections. # thought: Posted tonight. The night after I stood them up. Subtle, Jordan.
    ~ posted = 1
    ~ rep_down(1)
    ~ trust_down(2)
-
-> thursday

=== thursday ===
~ settle(14, 10)
{ posted == 2:
    -> fallout
}
{ wall:
    Priya pulls the printout of Greg's signature off the wall by the coffee machine. "If this works, his people train in this building." # time: Thursday, 8:05 am # channel: in-person # from: Priya
}
~ wall = false
{ told_dana:
    Dana's office. Two coffees. # time: Thursday, 8:30 am # channel: in-person # from: Dana
    You didn't post it? Good. Read me the worst line. # speaker: Dana
    "Not that dude." # speaker: you
    Dana laughs into her coffee. "Ron would have had that framed. Next to your exit interview." # speaker: Dana
    Now my problem. I told Ron Blue Ridge signs in February. You've got until the 28th. # speaker: Dana
}
{ reply:
- 1: -> thursday_warm
- 2: -> thursday_courteous
- 3: -> thursday_blunt
- else: -> thursday_silent
}

=== thursday_courteous ===
~ reply = 0
~ told_dana = false
~ settle(12, 9)
Greg's answer. # time: Thursday, 9:14 am # channel: email # sfx: mail-received # subject: Re: Blue Ridge training, Tuesday 2:00 pm
Jordan, fair ask, and you're right. I should have sent a note. That's on me. # speaker: Greg # mood: pleased
Friday at 9:00 works. I'll explain then. # speaker: Greg
{ posted == 1:
    Saw your LinkedIn post last night, by the way. Point taken. # speaker: Greg # mood: annoyed # thought: I deserved the point. I didn't love the timing.
- else:
    Greg # speaker: Greg # thought: Jordan asked nicely. Time to stop hiding behind "tied up."
    ~ trust_up(1)
}
Priya leans over the partition. "Friday at nine. Do you want Marcus and me on it?" # channel: in-person # time: Thursday, 2:30 pm # from: Priya and Marcus
{ team_heard:
    I'm sitting this one out, like I said. Send me a recap. # speaker: Marcus
- else:
    { marcus_out:
        Count me out. # speaker: Marcus
    - else:
        Your call. # speaker: Marcus
    }
}
He has confirmed. Nothing about the budget yet. # discuss: He's confirmed. How do you protect the call, your team's time and his dignity at the same time?

* [Bring Priya and Marcus again; he should see the full team #score: empathy-1, value-1 #feedback: It shows commitment, but it spends Marcus's time again before Greg has even said where things stand. Match the team to the agenda, and keep your word to your own people too.]
    ~ standing = standing - 2
    Both of you, please. He needs to see we're all in. # speaker: you
    { team_heard:
        I said I'm out until he shows. Fine. Once. # speaker: Marcus
    }
    Marcus sighs, pushes his lab review again, and blocks Friday at nine. That evening, Greg rehearses what he'll say. # thought: How do I say "frozen" without it sounding like "no"?
* [Confirm with a dial-in, an agenda and your cell; bring Priya #score: followthrough+2, empathy+1 #feedback: A clear invite with a tight agenda and a number to call makes showing up easy, and changing plans easy too. And Marcus gets his Friday morning back.]
    ~ standing = standing + 3
    Greg, confirming Friday 9:00 to 9:15. Dial-in 704-555-0190, PIN 448 213. # speaker: you # channel: email # sfx: mail-sent # subject: Friday 9:00 to 9:15
    Agenda: where things stand, what you need, one next step. If anything changes, my cell is 704-555-0148. Priya will join; Marcus gets a recap. Jordan # speaker: you
    Greg accepts the invite at 3:02 pm. # thought: Fifteen minutes, an agenda and a cell number. Easy to say yes to. Easy to show up to.
* [Call him Friday at 8:45 to make sure he's really coming #score: restraint-1, respect-1 #feedback: Understandable after Tuesday, but a "just checking you'll show" call tells him you expect him to flake, right after he owned it. Trust is rebuilt by giving some.]
    ~ standing = standing - 2
    I'll ring him at 8:45 Friday, just to be sure he's actually coming. # speaker: you
    At 8:45 Friday, Greg picks up. "Yes, Jordan. I'll be there." # channel: phone # thought: A babysitting call. Okay. I earned that, I suppose.
    ~ trust_down(1)
* [Ask him to reply "confirmed" by 6:00 pm, or you'll release the slot #score: respect-2, composure-1 #feedback: It sounds like a firm boundary, but he has already apologized and said yes. Demanding proof treats him as a repeat offender and reopens Tuesday.]
    ~ standing = standing - 3
    Greg, please reply "confirmed" by 6:00 pm today so I can hold the team. Otherwise I'll release the slot. Jordan # speaker: you # channel: email # sfx: mail-sent # subject: Please confirm Friday 9:00
    Confirmed. # speaker: Greg # mood: annoyed # thought: Confirm by six or else? I already said yes. Okay, Jordan.
    ~ trust_down(1)
-
-> friday_call

=== thursday_warm ===
~ reply = 0
~ told_dana = false
~ settle(12, 8)
Greg's answer. # time: Thursday, 9:14 am # channel: email # sfx: mail-received # subject: Re: Blue Ridge training, Tuesday 2:00 pm
Thanks, Jordan. Appreciate you understanding. Things are messy here. I'll reach out when I can. Greg # speaker: Greg # mood: neutral # thought: That buys me time. I'll circle back in a few weeks. Maybe.
"When I can." No day, no time. # discuss: "I'll reach out when I can." Is that a next step? What does taking the hint look like here, and what does dropping the ball look like?

* [Take him at his word and wait for him to reach out #score: followthrough-1, restraint+1 #feedback: Respecting his pace is kind, but "when I can" during a messy week usually means never. A no-pressure offer of two times keeps the door open without pushing.]
    ~ standing = standing + 0
    You set a reminder for March 1 and move on.
    -> lost_or_open
* [Send the full proposal again so he has everything in hand #score: restraint-1, value-1 #feedback: Useful on paper, but a $38,380 PDF during his messy week serves your pipeline, not his problem. Find out what's going on before you send more.]
    ~ standing = standing - 2
    Greg, attaching the full proposal, $38,380, so you have everything in one place when things calm down. Happy to walk you through it. Jordan # speaker: you # sfx: mail-sent
    Greg drags the PDF into a folder called Later. # thought: A $38,000 quote in the week Linda froze spending. Not now.
    { trust >= 7:
        -> ending_polite_no
    - else:
        -> lost_or_open
    }
* [Offer two 15-minute slots, and say "no" is a fine answer too #score: followthrough+2, value+1 #feedback: You gave him a concrete, small next step and permission to say no. Either answer helps you both, and that is the courtesy you were asking him for.]
    ~ standing = standing + 3
    Thanks, Greg. Messy I understand. To make it easy: Friday 9:00 or Monday 2:00, fifteen minutes, just you and me. # speaker: you # sfx: mail-sent
    If the timing's wrong altogether, tell me that too. Either answer helps. Jordan # speaker: you
    Friday 9:00. Fair enough. I'll tell you where things stand. # speaker: Greg # sfx: mail-received # thought: "Either answer helps." Okay. I can give Jordan an answer.
    ~ trust_up(1)
    -> friday_call

=== thursday_blunt ===
~ reply = 0
~ told_dana = false
~ settle(14, 10)
Greg's answer. # time: Thursday, 8:40 am # channel: email # sfx: mail-received # subject: Re: Blue Ridge training, Tuesday 2:00 pm
Jordan, understood. # speaker: Greg # mood: annoyed
For the record, I was pulled into a meeting with our CFO that I couldn't leave. I'm not going to apologize for doing my job. # speaker: Greg
I'll let you know if we're still moving forward. Greg # speaker: Greg # thought: I was going to tell them everything. Now? Not a chance.
He's hurt, and he's halfway out the door. # discuss: You told the truth and he pushed back. Do you defend it, buy your way out, or repair it?

* [Own your tone, keep your small ask, and offer two times #score: composure+2, respect+2, followthrough+1 #feedback: You apologized for your part only, kept the fair request, and gave him a way back. Professionalism is always right, even when the customer wasn't.]
    ~ standing = standing + 5
    Greg, you're right to push back. My tone was wrong, and I'm sorry. You were doing your job, and I'd like to help with it. # speaker: you # sfx: mail-sent
    My ask stands, and it's a small one: a quick note if a time stops working. Friday at 9:00 or Monday at 2:00? Jordan # speaker: you
    Appreciated. Friday 9:00. Greg # speaker: Greg # mood: neutral # sfx: mail-received # thought: Okay. That's a grown-up apology. Let's try again.
    ~ trust_up(2)
    -> friday_call
* [Stand your ground: keeping your word is part of doing the job #score: composure-2, respect-2 #feedback: Winning the argument loses the customer. He's right and wrong at once, and a lecture on integrity to a buyer is never received as a favor.]
    ~ standing = standing - 4
    Greg, I get that meetings run over. But keeping your word is part of doing the job too. That's all I was saying. Jordan # speaker: you # sfx: mail-sent
    No reply. # mood: angry # thought: A lecture from a vendor. We're done.
    ~ trust_down(2)
    -> lost_or_open
* [Apologize and offer 15% off the package to make it up to him #score: value-1, composure-1 #feedback: A discount as an apology tells him the price had room all along, and it pays for a tone problem with margin. Repair the relationship with words and behavior, not price.]
    ~ standing = standing - 2
    Greg, I'm sorry, that came out wrong. To make it right, we'd like to offer 15% off the full package if you sign this month. Jordan # speaker: you # sfx: mail-sent
    It was never about the price. Greg # speaker: Greg # sfx: mail-received # thought: Now a discount? So the price had room in it all along.
    { trust >= 5:
        -> ending_polite_no
    - else:
        -> lost_or_open
    }

=== thursday_silent ===
~ reply = 0
~ told_dana = false
~ settle(12, 9)
Greg's email has sat unanswered for two days. Nothing more from him. # time: Friday, 9:00 am # channel: email # mood: neutral # thought: No answer from Jordan. Figures. Back to the budget spreadsheet.
Priya asks if Blue Ridge is dead. You're not sure. # discuss: Two days of silence on both sides. Who moves first, and how?

* [Keep waiting; he owes you the next move #score: followthrough-2 #feedback: Pride keeps score; professionals keep the relationship. He doesn't owe you the first move any more than you owe him one, and silence usually wins.]
    ~ standing = standing - 2
    You leave the thread where it is.
    -> lost_or_open
* [Send a short, warm note with two times next week #score: followthrough+2, respect+1 #feedback: You broke your own silence without blame and made the next step easy. Taking the first step after a standoff is a commitment kept, not a defeat.]
    ~ standing = standing + 3
    Greg, sorry for my slow reply, and thanks for your note. One small ask for next time: if a time stops working, just drop me a line. # speaker: you # sfx: mail-sent
    Could we do Monday at 9:00 or Tuesday at 2:00? Fifteen minutes. Jordan # speaker: you
    Monday 9:00. I'll be there this time. Promise. Greg # speaker: Greg # sfx: mail-received # thought: Relief. They're still talking to me.
    ~ call_monday = true
    ~ trust_up(1)
    -> friday_call
* [Send the proposal with a deadline: this pricing ends next Friday #score: restraint-2, respect-1 #feedback: A deadline after two days of silence turns a stalled deal into a pressured one. Urgency you manufacture is read as pressure, not value.]
    ~ standing = standing - 3
    Greg, attaching the updated proposal. This pricing holds until next Friday, March 7. Jordan # speaker: you # sfx: mail-sent
    Greg reads it on his phone between meetings. # thought: Two days of silence and then a deadline. No.
    -> lost_or_open

=== friday_call ===
{ call_monday:
    Dana stops by your desk on the way to Ron's Monday forecast meeting. # time: Monday, 8:50 am # channel: in-person # from: Dana
- else:
    Dana stops by your desk on the way to Ron's Friday forecast meeting. # time: Friday, 8:50 am # channel: in-person # from: Dana
}
If he says budget, offer him fifteen percent to sign by the 28th. Ron approved it. # speaker: Dana
~ settle(9, 6)
~ team_heard = false
~ marcus_out = false
{ call_monday:
    The bridge opens. # time: Monday, 9:00 am # channel: call # sfx: call-join
- else:
    The bridge opens. # time: Friday, 9:00 am # channel: call # sfx: call-join
}
~ call_monday = false
{ trust >= 7:
    Greg is already on the line when you dial in, two minutes early. # mood: neutral
    Before anything else: I'm sorry about Tuesday. You deserved better than "got tied up." # speaker: Greg
    At 1:50 our CFO, Linda Carver, pulled me into a budget review. Q4 came in soft. She froze discretionary spending until April 1, and training was the first line she circled. # speaker: Greg
    I came out at 3:15, didn't know what to tell you, so I told you nothing. That's on me. # speaker: Greg # thought: There. Said it. Now watch: either Jordan pushes or Jordan disappears.
- else:
    Greg joins at 9:01. # mood: neutral
    Sorry again about Tuesday. Short version: our budget's frozen until April. Training is on hold. # speaker: Greg # thought: That's all they're getting. Let's see what they do with it.
}
The $38,380 is frozen. On the call roster, Priya's microphone stays muted. # discuss: The budget is frozen, and your manager wants a discount offered. What do you do with a customer who finally tells you where things stand?

* [Offer the 15% Ron approved if he signs by February 28 #score: restraint-2, value-1 #feedback: It's what your manager asked for, and it's the classic save. But he just told you the problem isn't price. A discount answers a question he didn't ask.]
    ~ standing = standing - 3
    Ron's approved 15% off, to $32,623, if you can sign by February 28. Would that get it past Linda? # speaker: you
    Jordan, it's not the price. Nothing gets signed right now, at any price. # speaker: Greg # mood: annoyed # thought: Not listening. Closing.
    ~ trust_down(1)
* [Say you understand, and you'll check back with him in April #score: restraint+1, followthrough-1 #feedback: Respectful and low pressure, but it leaves him alone with the problem. Taking the hint doesn't mean walking away from a way you could help now.]
    ~ standing = standing + 0
    Totally understand. Freezes happen. I'll check back with you in April. # speaker: you
    That works. # speaker: Greg # thought: Relief, and a little disappointment. Nobody is going to help me sell this to Linda.
* [Mention that Marcus has been holding four bootcamp seats for him #score: composure-1, respect-1 #feedback: It's true and it matters to you, but said right after his apology it lands as guilt. Score-settling, however polite, costs more than the seats.]
    ~ standing = standing - 2
    I hear you. I'll just mention that Marcus has been holding four seats in the March 3 bootcamp for Blue Ridge. We'd have to release them. # speaker: you
    Understood. Release them. # speaker: Greg # mood: hurt # thought: Guilt, two minutes after I apologized. Noted.
    ~ trust_down(2)
* [Ask what Linda would need to see to say yes #score: empathy+2, value+1 #feedback: You treated the freeze as his problem to solve, not your deal to rescue, and left the discount in your pocket. The question turns a no into a plan.]
    ~ standing = standing + 3
    That helps. Thank you for telling me. What would Linda need to see to say yes, in April or sooner? # speaker: you
    Honestly? Risk. Our cyber-insurance renewal is June 30, and the carrier wants documented security training for IT staff. And I can sign up to $10,000 on my own. # speaker: Greg # mood: pleased # thought: Nobody has asked me that. Not even Linda.
    ~ asked_linda = true
    ~ trust_up(1)
-
{ not asked_linda:
    The only thing Linda cares about right now is our cyber-insurance renewal in June. And my own signing limit is $10,000. So. # speaker: Greg
}
~ asked_linda = false
~ settle(6, 3)
On your screen: $9,580 for four Security+ seats, $28,800 for the Microsoft 365 sessions. Ron's forecast says $38,380 in February. # discuss: What next step serves him, not just your quarter? What can he actually say yes to?

* [Send the full $38,380 proposal again, dated for April #score: followthrough+1, value-1 #feedback: A clear next step, and it keeps the whole number in the forecast, but it's the same package his CFO just froze. Shape the offer to what he can actually approve.]
    ~ standing = standing + 0
    I'll resend the full proposal dated April 1, so it's ready when the freeze lifts. # speaker: you
    Sure. Send it over. # speaker: Greg # thought: Same number, new date. Linda will say the same thing.
    { trust >= 6 and posted == 0:
        -> ending_polite_no
    - else:
        -> lost_or_open
    }
* [Offer to drive to Hickory and pitch Linda yourself this week #score: restraint-2, respect-1 #feedback: Going to the economic buyer is standard advice, but now it says you don't trust him to carry it. Equip him to sell it instead of walking around him.]
    ~ standing = standing - 3
    Why don't I come to Hickory and walk Linda through it myself? Thursday works for me. # speaker: you
    I'd rather not bring a vendor into Linda's office this month. # speaker: Greg # mood: annoyed # thought: My CFO, my budget, my call. Let me do my job.
    { trust >= 8 and posted == 0:
        -> ending_polite_no
    - else:
        -> lost_or_open
    }
* [Split it: Phase 1 under his limit now, a one-pager for Linda #score: value+3, followthrough+2, empathy+1 #feedback: You split the deal around his real constraints: what he can sign today, and what his CFO needs for later. It shrinks your February, and it's the only offer he could say yes to.]
    ~ standing = standing + 6
    What if we split it? Phase 1 is the four Security+ seats, $9,580, under your limit, and it's the documented training your insurer wants. # speaker: you
    Phase 2, the Microsoft 365 sessions, waits for April. I'll write Linda a one-page case tied to the June 30 renewal, and you take it to her, your way. # speaker: you
    { trust >= 7 and posted == 0 and not broke_promise and standing >= PASS_STANDING:
        Send me the one-pager by Monday. Phase 1 I can sign. # speaker: Greg # mood: delighted # thought: A plan I can take upstairs. And I can say yes to something today.
        Dana reads your call notes at noon. "Nine thousand five hundred. I had thirty-eight in Ron's number. You just walked yourself out of February's bonus." # channel: text # sfx: message-received # from: Dana
        -> ending_won
    - else:
        Send me the one-pager. I'll see what Linda says. # speaker: Greg # mood: neutral # thought: It's a good plan. I'm just not sure I want to sign it with Jordan.
        -> ending_polite_no
    }
* [Leave it with him: "Call me when the freeze lifts." #score: followthrough-2, restraint+1 #feedback: Polite, but it hands the next step back to someone who already dropped one. A customer under pressure needs a plan, not a standing invitation.]
    ~ standing = standing - 1
    No rush at all. Call me when the freeze lifts. # speaker: you
    Will do. # speaker: Greg # thought: I probably won't. By April this will be one more thing on the pile.
    -> lost_or_open

=== lost_or_open ===
{ standing >= PASS_STANDING and posted == 0 and not broke_promise:
    -> ending_polite_no
- else:
    -> ending_lost
}

=== ending_won ===
Greg's purchase order arrives: four seats, Security+ bootcamp, March 3 to 7, $9,580. # time: Monday, 8:05 am # channel: email # sfx: mail-received # ending: Rescheduled and Won # stars: 5 # subject: Purchase order: Security+ bootcamp
~ rep_up(2)
February closes $28,800 short of Ron's forecast. Dana moves Phase 2 to April in the CRM without a word.
On March 12, at the tech council meeting in Raleigh, Greg hands your card to three IT managers. # thought: Jordan called when Jordan said, and built a plan Linda could sign. That's who I send people to.
On April 8, Linda Carver approves Phase 2: twelve Microsoft 365 sessions, $28,800. Greg's note with the order is two lines. # channel: email
Linda signed. Same time next year? Greg # speaker: Greg # mood: delighted # thought: And I'll show up to that call five minutes early.
-> END

=== ending_polite_no ===
Greg's email. # time: April 3, 4:10 pm # channel: email # sfx: mail-received # ending: A Polite No and an Open Door # stars: 3 # subject: Training this year
~ rep_up(1)
Jordan, Linda said no to outside training for the rest of this fiscal year. I wanted you to hear it from me, not from silence. I owe you that much after February. # speaker: Greg # mood: neutral
If it changes in July, you're on my list. Greg # speaker: Greg # thought: Jordan was all right. Not someone I'd fight Linda for, though.
{ posted == 1:
    He doesn't mention your LinkedIn note. He doesn't mention the tech council either. # thought: I'm not putting my name next to Jordan's in front of the council. Not after that post.
- else:
    A week later, Sandra Moss, IT manager at Catawba Valley Credit Union, calls about Excel training for 60 branch staff. Greg gave her your number. # thought: Jordan dealt with me straight. The least I can do is send someone over.
}
The account stays open in your CRM with a reminder for July 1.
-> END

=== ending_lost ===
Greg never writes again. # time: May 14, 11:30 am # channel: text # sfx: notification # mood: neutral # ending: Lost Quietly # stars: 2
In May, Greg's post turns up in your LinkedIn feed:
Congratulations to our IT team, who completed Security+ prep this spring through a self-paced online program, just in time for our insurance renewal. Proud of you all! # speaker: Greg # thought: New Horizons was fine, I guess. It was just easier not to call them back.
No mention of New Horizons. The $38,380 opportunity closes in your CRM as "No decision." The March 12 tech council meets without you.
-> END

=== fallout ===
Greg opens last night's LinkedIn notification: a new post on Buzz of the Day, the blog linked under your name in every email you've sent him. # time: Thursday, 7:52 am # channel: email # thought: Let's see what Jordan writes about.
He reads "this dude" twice, then takes a screenshot. # mood: angry # thought: Tuesday. The New Horizons team. The weak excuse. That's me. "Not that dude." Wow.
At 8:31 am, an email from Greg. Dana Whitaker, your sales manager, is copied. # sfx: mail-received # subject: Your blog
Jordan, I read your blog this morning. I take it I'm "that dude." # speaker: Greg # mood: angry
You're right about one thing: I should have called. On Tuesday at 1:50 our CFO froze our training budget in a meeting I couldn't leave, and I didn't know how to tell you. I was going to tell you all of it on Friday. # speaker: Greg
Now I don't see the point. Please take Blue Ridge off your list. Greg Haskins, Director of IT, Blue Ridge Community Credit Union # speaker: Greg # thought: Five weeks of meetings, and this is what they say about me when they think I'm not looking.
~ rep_down(1)
Dana's name sits in the cc line. # discuss: The customer has read your public vent, and your manager is copied. What do you owe him now?

* [Tell him the post named no one and wasn't about him #score: composure-2, respect-1 #feedback: He recognized himself in every detail, so a denial adds a second insult to the first. When you're caught venting, the only credible move is to own it.]
    ~ standing = standing - 3
    Greg, the post doesn't name you or Blue Ridge. It's about a pattern I see across many accounts, not about you personally. Jordan # speaker: you # sfx: mail-sent
    No reply. # thought: A pattern. With my Tuesday, my excuse and a link from Jordan's own email. Sure.
    ~ trust_down(2)
* [Apologize, take the post down, and ask him for nothing #score: respect+1, composure+1 #feedback: No excuses, no "but," no sales ask. It won't save the account, but it's the professional thing to do, and it's the only thing that can save your name.]
    ~ standing = standing + 2
    Greg, you're right, and I'm sorry. That post was about you, and it was wrong to write it in public. I've taken it down. # speaker: you # sfx: mail-sent
    Thank you for telling me what happened on Tuesday. I won't ask you for anything. If you ever want to talk, I'm here. Jordan # speaker: you
    Apology accepted. The decision stands. Greg # speaker: Greg # mood: hurt # sfx: mail-received # thought: At least Jordan didn't pretend. Still done, though.
    ~ apologized = true
    ~ post_down = true
    ~ trust_up(1)
* [Don't reply; it's your personal blog and your right to post #score: followthrough-2, composure-1 #feedback: Silence with the post still up reads as agreement with every word. Your right to post doesn't change the fact that he, and now your manager, read it.]
    ~ standing = standing - 3
    You close the email and leave the post up.
    At 10:00 am Greg checks the blog again. # thought: No answer. Post still up. Okay then.
-
Your desk phone rings. Dana. # time: Thursday, 11:15 am # channel: phone # sfx: phone-ring # from: Dana
Jordan. I've got Greg Haskins's email in front of me. I read the post. So has Ron. # speaker: Dana
{ post_down:
    He tells me you apologized and took it down. That's something. # speaker: Dana
- else:
    It's still up. Take it down while I'm on the phone. # speaker: Dana
    You delete the post at 11:16, with Dana listening to you click.
    ~ post_down = true
}
Greg sits on the Carolinas Credit Union League's tech council. He was going to introduce us to three credit unions at the March 12 meeting. Priya had the deck half built. That's gone too. # speaker: Dana
Talk to me. # speaker: Dana # discuss: Your manager is asking what happened. Defend, explain, hand it off, or own it?

* [Defend it: it's your personal blog, and you named no one #score: composure-2, respect-1 #feedback: It stopped being personal when the link went into your work signature. Defending the post to your manager tells her you'd do it again.]
    ~ standing = standing - 3
    Dana, it's my personal blog. I never named him, the credit union, or anyone. # speaker: you
    Your signature links to it from a New Horizons email account. Ron wants to see us both at 4:00. # speaker: Dana
    In Hickory, Greg forwards his screenshot to Linda with one line: "This is why we're done with New Horizons." # thought: Linda was right to freeze it. At least now I have a reason she'll understand.
    -> ending_post_read
* [Explain that he stood up three of you and sent a weak excuse #score: composure-1, empathy-1, respect-1 #feedback: You're right that he was wrong, and it doesn't matter anymore. Being right about Tuesday doesn't make the post less public.]
    ~ standing = standing - 3
    Dana, he stood up three of us and sent "got tied up" a day later. I'm supposed to just smile? # speaker: you
    I don't care if he was wrong, Jordan. Ron read "this dude." So did the customer. Ron wants to see us both at 4:00. # speaker: Dana
    In Hickory, Greg forwards his screenshot to Linda with one line: "This is why we're done with New Horizons." # thought: Linda was right to freeze it. At least now I have a reason she'll understand.
    -> ending_post_read
* [Ask Dana to call Greg herself; he'll take it better from a manager #score: followthrough-2, respect-1 #feedback: It sounds like escalation done right, but it hands your mess to your manager before you've owned it yourself. A manager's call can add weight to an apology; it can't replace yours.]
    ~ standing = standing - 3
    Could you call him? He'll take it better from a manager than from me. # speaker: you
    I'll call him. After you've told me this was your mess, not his. Ron wants to see us both at 4:00. # speaker: Dana
    Dana's call to Blue Ridge goes to voicemail. Greg forwards his screenshot to Linda with one line: "This is why we're done with New Horizons." # from: Dana # thought: Now the manager calls. Jordan can't even pick up the phone.
    -> ending_post_read
* [Own it to Dana with no "but," and ask what you can still repair #score: composure+1, followthrough+1 #feedback: Owning it fully to your manager, without a "but," is the first step in repairing your reputation inside and outside the company. The account is gone; your credibility doesn't have to be.]
    ~ standing = standing + 2
    You're right to be angry. I wrote it angry and I posted it angry. # speaker: you
    { apologized:
        I've apologized to Greg. What can we still protect with the tech council? # speaker: you
    - else:
        I'll apologize to Greg today, no excuses. What can we still protect with the tech council? # speaker: you
    }
    Okay. We'll fix what we can. Blue Ridge isn't yours anymore, though. I'll take the account myself. # speaker: Dana
    At 4:00 pm Greg checks the blog one more time. # thought: Gone. Good. Doesn't change anything, but good.
    -> ending_damage_control

=== ending_damage_control ===
The post stays down. # time: Friday, 10:00 am # channel: phone # ending: Damage Control # stars: 2 # from: Dana
Dana calls Greg herself on Friday. He is polite and firm: Blue Ridge is done with New Horizons, and the tech council introduction is off.
{ not apologized:
    Your apology goes out at noon on Thursday. He answers with one line: "Apology accepted. The decision stands." # speaker: Greg # mood: hurt
}
Dana keeps you on your other accounts and asks you to take the blog link out of your signature. You do it before lunch.
In June, LinkedIn tells you Greg Haskins viewed your profile. That's all. # thought: Jordan did own it, in the end. I'm still not sending anyone their way.
-> END

=== ending_post_read ===
The post has been down since Thursday. It doesn't matter. # time: Friday, 7:40 am # channel: email # sfx: mail-received # mood: angry # ending: The Post He Read # stars: 1 # subject: Fwd: Your blog
~ rep_down(2)
Greg's screenshot is in the tech council's shared inbox, forwarded with three lines:
Heads-up before March 12. A vendor wrote this about me on a public blog, the day after I missed a call. Our CFO had frozen our budget an hour before. Be careful what you tell New Horizons. # speaker: Greg # thought: Not loud. I won't have to be.
Blue Ridge Community Credit Union closes in your CRM as "Lost: relationship." At the March 12 tech council meeting, three credit unions hear about New Horizons for the first time, at the coffee break.
Thursday's 4:00 meeting with Ron ran forty minutes. By Friday noon, Dana has moved Blue Ridge, and every other credit union account, off your list.
-> END
