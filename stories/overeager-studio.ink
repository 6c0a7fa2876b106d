# title: The Overeager Studio
# brief: Leah Brooks loved her first class at Ember Hot Yoga: the tour, the name card, the chocolate on her mat. Your owner, Kira, wants every new student converted within two weeks, and your 90-day review is coming up. Over the next three weeks you decide whether, when and how to reach Leah again.
# role: Alex, member experience lead at Ember Hot Yoga, a six-week-old studio on SE Division Street in Portland
# counterpart: Leah Brooks, 31, ER nurse on night shifts, first-time student
# channel: in-person
# minutes: 10
# order: 2
# room: yoga-studio
# portrait: high-bun
# ambience: studio

VAR trust = 6
VAR reputation = 5
VAR contacts = 0
VAR calls = 0
VAR texts = 0
VAR emails = 0
VAR thanked = false
VAR following = false
VAR answered = false
VAR offer_on_call = false
VAR promised = false
VAR broke_promise = false
VAR got_value = false
VAR replied = false
VAR wished_luck = false
VAR blocked = false
VAR other_number = false

-> day1

=== function lose_trust(amount) ===
~ trust = MAX(trust - amount, 0)

=== function gain_trust(amount) ===
~ trust = MIN(trust + amount, 10)

// ---------------------------------------------------------------------------
// Decision 1. The evening of the first class.
// ---------------------------------------------------------------------------
=== day1 ===
Ember Hot Yoga has been open six weeks. The 6:15 pm Ember 60 has just let out of the 105-degree room, and one of the nine students was new. # time: Day 1, 7:25 pm # channel: in-person # mood: delighted
Before class you gave Leah Brooks the full tour: lockers, water station, cool-down room. In the second row she found a mat and two blocks already set out, a name card that said Welcome, Leah, and a square of sea-salt dark chocolate on the mat.
Now she is at the front desk, pink-faced, holding the name card like a ticket stub.
This is the nicest thing a gym has ever done for me. I'm keeping this. # speaker: Leah # thought: A chocolate. On my mat. Next to my name. The whole ER is hearing about this place.
I'm on nights at St. Vincent's, Wednesday through Saturday, so my life is chaos. But I'll be back. I'm telling everyone at work. # speaker: Leah
She waves from the door at 7:38. Her intake card is still on the desk. # time: Day 1, 7:40 pm
ER nurse, night shifts. Training for her first half marathon. Goals: tight hips and hamstrings. Found us on Instagram. OK to text: yes. Newsletter: left blank.
Above the desk, Kira Sato, the owner, has taped up this month's goal: Convert new students within 2 weeks. Intro offer: $49 for 30 days unlimited, only within 14 days of the first class. Under it, in her handwriting: $20 to whoever converts them.
Your 90-day review is on Day 21. Kira has told you which number she will bring to it.
The follow-up is yours. What goes out first, and when? # discuss: Leah left delighted and said she would be back. What is this first follow-up for, and whose goal does it serve?
* [Call her tomorrow around noon to see how she felt and book her next class #score: followthrough+1, empathy-2, restraint-1 #feedback: A call demands an answer right now, and her card says she works nights, so noon is the middle of her sleep. Start with a channel she can answer when she likes, or not at all.]
    ~ contacts += 1
    ~ calls += 1
    ~ lose_trust(1)
    -> call
* [Email a thank-you tonight, with the newsletter and Instagram links #score: followthrough+2, respect+1, value+1 #feedback: One warm thank-you with an easy way to stay connected is the whole job tonight. It builds the relationship and asks her for nothing.]
    ~ thanked = true
    ~ following = true
    ~ emails += 1
    ~ gain_trust(1)
    -> email
* [Text her tonight: thanks, plus the link to lock in the $49 intro offer #score: followthrough+1, value-2, restraint-1 #feedback: The thank-you is right; the link turns it into a sales funnel an hour after a lovely evening. The offer serves the studio's 2-week target, not her.]
    ~ thanked = true
    ~ contacts += 1
    ~ texts += 1
    ~ lose_trust(1)
    -> text
* [Send nothing; she said she'd be back, so let her come to us #score: restraint+1, followthrough-2 #feedback: Restraint matters, but one thank-you is not pressure. Saying nothing leaves the best first class she has ever had with no thread for her to hold on to.]
    -> wait

= call
You dial her number at 12:05 pm. Six rings, then voicemail. # time: Day 2, 12:05 pm # channel: phone # sfx: phone-ring
Hi Leah, it's Alex from Ember Hot Yoga! Just calling to see how you're feeling after your first class, and to help you book the next one. Call us back at 503-555-0142! # speaker: you # sfx: voicemail
No call back. # mood: neutral # thought: My phone, at noon, on the day I start nights. I sleep until three on these days. Oh. The yoga place. Sweet, I guess. Back to sleep.
-> day3

= email
Hi Leah, # speaker: you # channel: email # sfx: mail-sent # subject: Thank you for coming in, Leah
Thank you for joining us tonight. It was a joy having you in the room, and I hope the 105 degrees treated you kindly. # speaker: you
No need to reply. If you'd like to hear about new classes, our newsletter goes out once a month (link below), and we're @emberhotyoga on Instagram. # speaker: you
Your mat will be waiting whenever you're ready. # speaker: you
Alex, Ember Hot Yoga # speaker: you
She reads it in bed at 11:52 pm, the name card propped against her lamp. She taps the Instagram link, follows, and means to write back tomorrow. # time: Day 1, 11:52 pm # thought: "Your mat will be waiting." Okay, I love them. Following. I'll answer properly after my shifts.
-> day3

= text
Hi Leah! Alex from Ember. So glad you came tonight! Lock in your intro month for $49 before it expires: ember-hot-yoga.com/intro # speaker: you # channel: text # sfx: message-sent
Read 8:02 pm. No reply. # time: Day 1, 8:02 pm # mood: neutral # thought: Ha. That was fast. I haven't even showered and they want my card number. I'll think about it.
-> day3

= wait
You file her card under Follow up later and lock the front door at 9. # time: Day 1, 9:00 pm
At 3:10 on Thursday morning, on her break, Leah tells two nurses about the chocolate on the mat. Nobody from Ember has written, so booking never crosses her mind. # time: Day 3, 3:10 am # thought: I should go back. When is my next free evening, though? Next week? I'll look it up. Eventually.
-> day3

// ---------------------------------------------------------------------------
// Decision 2. Day 3: no reply, no booking, and the owner wants a call.
// ---------------------------------------------------------------------------
=== day3 ===
Thursday staff huddle. Kira has the new-student sheet on a clipboard and a coffee in the other hand. # time: Day 3, 9:10 am # channel: in-person # from: Kira Sato
Leah Brooks. Loved us, hasn't booked. Day 3 of 14. Can you give her a call today? A voice converts. An inbox doesn't. # speaker: Kira
{ following:
    One small signal: on Tuesday night, leah.runs.nights started following @emberhotyoga.
}
{
- thanked && texts > 0:
    Your text shows Read, 8:02 pm. Nothing since. # discuss: Kira wants a call. Leah read your text and said nothing. What does silence mean on Day 3 from someone who works nights?
- thanked:
    She has your thank-you and hasn't answered it. # discuss: Kira wants a call. Leah has your note and has not answered. What does silence mean on Day 3 from someone who works nights?
- calls > 0:
    Your voicemail from yesterday is still unanswered, and nobody has actually thanked her yet. # discuss: Kira wants a second call. Leah has one voicemail and no thank-you. What should she hear from you, if anything, and how?
- else:
    Nobody from Ember has been in touch with her since Tuesday. # discuss: Nobody has thanked Leah yet, and Kira wants a call. What should she hear from you first, and how?
}
* {thanked} [Tell Kira no call: she has our note, and she sleeps days #score: restraint+2, composure+1, followthrough+1 #feedback: One outreach, then wait. Silence on Day 3 from a night-shift nurse usually means busy, not no, and the thank-you already gives her a thread to pick up when she likes.]
    -> hold
* [Call her this afternoon like Kira asked; a voice beats an inbox #score: restraint-2, composure-1 #feedback: The pressure comes from Kira's deadline, not from anything Leah did. Calling a night-shift nurse mid-afternoon, after she hasn't answered, adds weight to a relationship that is three days old.]
    ~ contacts += 1
    ~ calls += 1
    ~ lose_trust(1)
    -> call
* [Email this week's schedule with a booking link, so it's one tap #score: restraint-1, value-1 #feedback: A schedule and a booking link serve the studio's calendar. A second ask within three days tells her that her silence did not register.]
    ~ contacts += 1
    ~ emails += 1
    -> schedule
* {not thanked} [Send the thank-you we never sent, and ask for nothing #score: followthrough+1, respect+1, restraint+1 #feedback: Late is better than never. A short thank-you that asks for nothing repairs the missing first step without adding pressure.]
    ~ thanked = true
    ~ following = true
    ~ emails += 1
    ~ gain_trust(1)
    -> late_thanks
* [Text her a tip for hot-yoga soreness, and ask how she's feeling #score: value+1, empathy+1, restraint-2 #feedback: The tip is genuinely kind, but a text that asks a question expects an answer, and she has already not answered. Value lands best when it does not arrive as one more ping.]
    ~ contacts += 1
    ~ texts += 1
    -> tip

= call
You call at 3:05 pm. It rings out. # time: Day 3, 3:05 pm # channel: phone # sfx: phone-ring
Hi Leah, it's Alex again from Ember! Just checking in. Your intro offer is still open, so give us a call back at 503-555-0142 and we'll get you booked! # speaker: you # sfx: voicemail
{ calls > 1:
    No call back. # mood: annoyed # thought: Two voicemails in two days. From a yoga studio. Is something wrong with my card? I'm asleep, people. I work tonight.
- else:
    No call back. # mood: neutral # thought: A voicemail from the yoga place, while I'm sleeping before a shift. That's a lot of attention for one class.
}
-> day8

= schedule
Hi Leah! Here's our schedule for the rest of the week. Ember 60 runs daily at 6:15 am, 12:00 pm and 6:15 pm. Book your next class in two taps: ember-hot-yoga.com/book # speaker: you # channel: email # sfx: mail-sent # subject: This week at Ember
Alex # speaker: you
{ thanked:
    No reply. # time: Day 3, 11:40 pm # thought: Another one. I haven't answered the first one yet, and I'm at work every night that schedule mentions.
- else:
    No reply. # time: Day 3, 11:40 pm # thought: A class schedule. Thursday, Friday, Saturday, I'm at the hospital. Archive.
}
-> day8

= hold
You tell Kira you'd rather not call. Leah has your note, and she sleeps days.
Kira writes something on the clipboard and doesn't show you.
Fine. Your call, and your name next to hers on the board. Bring a Friend Week starts next Thursday, and every intro student goes on that call list. Including her. # speaker: Kira
At 3:20 am, on her break, Leah shows a nurse named Marisol the photo she took of her name card. # time: Day 4, 3:20 am # thought: See? A chocolate. On the mat. We're going together when we're both off. Which is never, but still.
-> day8

= late_thanks
Hi Leah, a little late, but thank you for joining us on Tuesday. It was a joy to have you. # speaker: you # channel: email # sfx: mail-sent # subject: Thank you, Leah
No need to reply. If you'd like to stay in touch, our newsletter is monthly and we're @emberhotyoga on Instagram. Your mat will be waiting. # speaker: you
Alex, Ember Hot Yoga # speaker: you
She reads it on her break at 3:20 am and follows the studio. # time: Day 4, 3:20 am # mood: pleased # thought: Oh, that's sweet. "Your mat will be waiting." Following. Marisol, look at this place.
-> day8

= tip
Hi Leah, Alex from Ember again! Lots of people feel it the day after a first hot class. Electrolytes and a slow walk help a lot. How are you feeling? # speaker: you # channel: text # sfx: message-sent # time: Day 3, 4:45 pm
{ contacts > 1:
    Read 4:48 pm. No reply. # mood: annoyed # thought: That's thoughtful, honestly. But it's another ping in three days, and now it's asking me a question I have to answer.
- else:
    Read 4:48 pm. No reply. # mood: neutral # thought: Aw, that's kind. I'll answer later. I'm in the middle of three twelves, so, maybe Sunday.
}
-> day8

// ---------------------------------------------------------------------------
// Decision 3. Day 8: Bring a Friend Week and the call list.
// ---------------------------------------------------------------------------
=== day8 ===
Kira drops a stack of fresh flyers on the desk: BRING A FRIEND WEEK, Thursday through next Wednesday. Bring a friend and you both take class free. Sign up for the intro month together and you each save $20. # time: Day 8, 4:30 pm # channel: in-person # from: Kira Sato
Seven intro students on tonight's call list. Calls convert better than texts. Leah goes first. She's our biggest fan. # speaker: Kira
Rent on this place went up $400 in July, Alex. I need four of those seven, or I'm cutting a staff shift, and it won't be mine. # speaker: Kira
{ contacts == 0:
    Leah hasn't booked. She hasn't answered anything, and nobody has chased her either.
- else:
    Leah hasn't booked. So far: {calls} {calls == 1: call|calls}, {texts} {texts == 1: text|texts}, {emails} {emails == 1: email|emails}. Not one reply.
}
Kira holds out the list. # discuss: The Friend Week offer is real and generous. Who does it serve, Leah or the studio? And what does a call say after a week of silence?
* [Call her tonight with the Bring a Friend offer; she's our biggest fan #score: value-2, restraint-2 #feedback: The offer is good for the studio, since it turns one fan into two customers. To someone who hasn't answered, it says the relationship is about what she can bring you.]
    ~ calls += 1
    ~ contacts += 1
    ~ offer_on_call = true
    ~ lose_trust(1)
    -> call8.pitch
* [Text her the offer: one friendly line and a link #score: value-1, restraint-1 #feedback: Shorter and easier to ignore than a call, but it is still a pitch for her friends, sent to someone who has gone quiet.]
    ~ texts += 1
    ~ contacts += 1
    ~ lose_trust(1)
    -> text_offer
* [Call, but skip the pitch: ask how she is and what times work #score: empathy+1, restraint-2 #feedback: Asking about her beats pitching, but it is still a phone call she didn't ask for, and "how are you" from a business still needs an answer.]
    ~ calls += 1
    ~ contacts += 1
    -> call8.ask
* [Cross her off the call list; Friend Week is on Instagram anyway #score: restraint+2, respect+1, composure+1 #feedback: Taking the hint is not giving up. She knows where you are, the offer is public, and your next contact can be about her rather than about Friend Week.]
    -> leave_off

= text_offer
Hi Leah! It's Bring a Friend Week at Ember: you and a friend both take class free, and you each save $20 on the intro month. Who's your yoga buddy? ember-hot-yoga.com/friend # speaker: you # channel: text # sfx: message-sent # time: Day 8, 5:00 pm
{ contacts > 2:
    Delivered. No reply. # time: Day 8, 11:15 pm # mood: annoyed # thought: Now they want me to recruit. I haven't answered the last three.
- else:
    Delivered. No reply. # time: Day 8, 11:15 pm # mood: neutral # thought: "Who's your yoga buddy?" I haven't even brought myself back yet.
}
-> day12

= leave_off
You cross Leah off the call list.
She's the one who loved us, Alex. She's the easy one. # speaker: Kira
She hands you the other six cards. That's six calls tonight, then. And if Leah doesn't convert, that's not my $20 you're losing. # speaker: Kira
{ following:
    At 11:40 pm Leah sees the Friend Week post between two cat videos and keeps scrolling. # time: Day 8, 11:40 pm # thought: Bring a friend. Marisol would come. Not this week, I'm wrecked. Cute post, though.
- else:
    At 11:40 pm Leah texts Dev, who is running the half too, her photo of the chocolate on the mat. # time: Day 8, 11:40 pm # thought: I really should go back. After the race, maybe. Nobody's chasing me, so, no guilt.
}
-> day12

// ---------------------------------------------------------------------------
// Decision 3b. The call she answers by accident.
// ---------------------------------------------------------------------------
=== call8 ===
= pitch
~ answered = true
Leah is in the St. Vincent's parking garage, waiting on a call from staffing about a shift swap. An unsaved number lights up her phone. She answers. # time: Day 8, 7:15 pm # channel: phone # sfx: phone-ring
Hello, this is Leah. Is this staffing? # speaker: Leah # sfx: phone-pickup
Hi Leah! It's Alex from Ember Hot Yoga! Great news: it's Bring a Friend Week. You and a friend both come free, and if you sign up for the intro month together, you each save $20. Who would you bring? # speaker: you
Oh. Ember. I thought you were the hospital. Um, no, thank you. I'm not really in a place to bring anyone right now. # speaker: Leah # mood: annoyed # thought: I picked up for staffing and got a sales pitch. Bring a friend? I haven't even brought myself back yet.
-> respond

= ask
~ answered = true
Leah is in the St. Vincent's parking garage, waiting on a call from staffing about a shift swap. An unsaved number lights up her phone. She answers. # time: Day 8, 7:15 pm # channel: phone # sfx: phone-ring
Hello, this is Leah. Is this staffing? # speaker: Leah # sfx: phone-pickup
Hi Leah, it's Alex from Ember. I'm not selling anything, promise. I just wanted to hear how you felt after your first class, and whether there's a time that works better with your shifts. # speaker: you
Oh. Hi. I thought you were the hospital. It was great, really. I'm just swamped. I'm fine, thanks. # speaker: Leah # mood: neutral # thought: That's kind. But I'm in a parking garage waiting on staffing, and now I'm being polite to a yoga studio. They always say they're not selling.
-> respond

= respond
The line goes quiet for a second. A car alarm chirps somewhere in the garage. # discuss: She answered by accident and said no, thanks. What does that no mean, and what do you say in the next ten seconds?
* [Tell her Friend Week runs through Wednesday and any friend counts #score: restraint-2, respect-2 #critical: Pushed the same offer again after she said no, thank you #feedback: She gave a clear no and you answered it with the same offer. Not taking the hint is exactly what turns a fan into someone who screens your number.]
    ~ contacts += 2
    ~ offer_on_call = true
    ~ lose_trust(2)
    { call8.pitch:
        Totally get it! It runs through next Wednesday, though, and any friend counts, even someone from work. Want me to hold two spots? # speaker: you
    - else:
        Totally get it! Oh, and it's Bring a Friend Week, through next Wednesday. You both come free, any friend counts, even someone from work. Want me to hold two spots? # speaker: you
    }
    I said no thanks. I have to go, I'm waiting on a call. # speaker: Leah # mood: angry # sfx: phone-hangup # thought: I said no. Out loud. To a person. Did that not count?
    -> block_her ->
* [Ask whether a Sunday morning class might fit her shifts better #score: empathy+1, restraint-1 #feedback: Curious and well meant, but she just said she's fine. Solving a "no" she didn't ask you to solve keeps the pressure on, only more politely.]
    ~ contacts += 1
    ~ lose_trust(1)
    Would Sunday mornings be easier? We have a 9 am Slow Burn that's gentler. Great for runners. # speaker: you
    Maybe. I don't know. I'll look at the schedule. I really do have to go. # speaker: Leah # mood: annoyed # sfx: phone-hangup # thought: I said I was fine. Now I'm negotiating my Sundays in a parking garage.
* [Say no problem, thank her, and say we won't keep calling #score: respect+2, restraint+1, followthrough+1 #feedback: "No" often means "not now." Accepting it warmly, out loud, is what can turn this accidental call into a good memory instead of a reason to block you.]
    ~ promised = true
    ~ gain_trust(1)
    No problem at all, Leah. Thanks for picking up. We won't keep calling, and if you ever want us, you know where we are. # speaker: you
    Oh. Okay. Thanks. That's, um. Thanks. # speaker: Leah # mood: pleased # sfx: phone-hangup # thought: Huh. That was easy. Okay, staffing, your turn. Please be the swap.
- { contacts >= 4 && not blocked:
    -> block_her ->
}
-> day12

// ---------------------------------------------------------------------------
// Decision 4. Day 12: one more push before the intro price lapses?
// ---------------------------------------------------------------------------
=== day12 ===
Saturday. Kira's whiteboard says 3 of 7 intro students converted. Leah's $49 intro price ends Tuesday at midnight. # time: Day 12, 9:45 am # channel: in-person # from: Kira Sato
One more push on the stragglers before Tuesday. Leah especially. Your review is in nine days, and right now your column says zero. # speaker: Kira
{ following && not blocked:
    Overnight, a notification: leah.runs.nights commented on Thursday's post about the new Sunday 9 am Slow Burn, a gentle hot yin class for runners. Her comment says "ok my hamstrings NEED this." # sfx: notification
}
{ answered:
    She has already told you no once, on the phone.
}
{ following && not blocked:
    What, if anything, goes to Leah this week? # discuss: Leah just left a public comment and Kira wants a push. Is the comment an invitation, or just a comment? What is the lightest useful response?
- else:
    What, if anything, goes to Leah this week? # discuss: Kira wants one more push before the price lapses. What would a push tell Leah that the studio hasn't already told her?
}
* {following && not blocked} [Answer her comment under the post: Sundays at 9, 75 minutes #score: value+1, respect+1, restraint+1, empathy+1 #feedback: A public comment is a small signal, not an invitation to sell. Answering it lightly, in the place she chose, gives her what she asked for and nothing she has to answer.]
    ~ gain_trust(1)
    -> comment
* [Text a heads-up that her $49 intro price ends Tuesday #score: restraint-2, value-1 #feedback: A deadline is urgent for the studio, not for her. A countdown text to someone who hasn't answered reads as pressure, however friendly the wording.]
    ~ contacts += 1
    ~ texts += 1
    ~ lose_trust(1)
    { promised:
        ~ broke_promise = true
    }
    -> deadline_text
* {not promised} [Call her once more; she may simply have forgotten the deadline #score: restraint-3, respect-1 #feedback: Every unanswered call has raised the frequency instead of lowering it. That is the exact pattern that gets a studio's number blocked.]
    ~ contacts += 1
    ~ calls += 1
    { answered:
        ~ contacts += 1
    }
    ~ lose_trust(2)
    -> call_again
* {promised} [Call her about the deadline; we only promised no more Friend Week calls #score: restraint-3, respect-2, followthrough-2 #critical: Called her again after promising we wouldn't keep calling #feedback: She heard "we won't keep calling" as a promise, not as a promise about one offer. Breaking it four days later undoes the one thing that made her like you again.]
    ~ contacts += 2
    ~ calls += 1
    ~ broke_promise = true
    ~ lose_trust(3)
    -> call_again
* [Send nothing this week, whatever the board says #score: restraint+2, composure+1 #feedback: Silence is a choice, not a failure. A lapsed intro price costs the studio far less than a fan who dreads your number.]
    -> quiet

= comment
You reply under her comment, in public, where she wrote it: "Your hamstrings are welcome anytime. Sundays at 9, 75 minutes, gentle heat."
She likes your reply at 8:05 pm. # time: Day 12, 8:05 pm # mood: pleased # thought: Sundays at 9, 75 minutes, gentle. My hamstrings and I are listening.
-> check

= deadline_text
Hi Leah! Quick heads-up: your $49 intro month expires Tuesday at midnight. Don't miss out! ember-hot-yoga.com/intro # speaker: you # channel: text # sfx: message-sent # time: Day 12, 10:00 am
{
- blocked:
    No reply. # thought: Saturday, and my phone is finally quiet. Blocking them was the best thing I did all week.
- promised:
    Delivered. No reply. # mood: annoyed # thought: "We won't keep calling." Right. So they text instead.
- answered:
    Delivered. No reply. # mood: annoyed # thought: I said no thank you on the phone four days ago. Was I not clear?
- contacts > 2:
    Delivered. No reply. # mood: annoyed # thought: Calls, texts, emails. I went to one class. It was a great class. Please stop.
- else:
    Delivered. No reply. # mood: neutral # thought: They really want that $49. I'll decide after the race.
}
-> check

= call_again
You call at 10:05 am. It rings four times and goes to voicemail. # time: Day 12, 10:05 am # channel: phone # sfx: phone-ring
Hi Leah, Alex at Ember! Just making sure you know your $49 intro price ends Tuesday. We'd love to get you back on the mat. 503-555-0142! # speaker: you # sfx: voicemail
{
- blocked:
    It never rings on her end. # thought: A new voicemail, in the blocked folder. From them. Of course it is.
- promised:
    She watched it ring. # mood: angry # thought: "We won't keep calling." That was Tuesday. It's Saturday.
    -> block_her ->
- answered:
    She watched it ring. # mood: angry # thought: I said no. I said it out loud, to a person. And they're still calling.
- else:
    She watched it ring. # mood: annoyed # thought: Again? I've lost count. I'm not picking up a yoga studio on my one morning off.
}
-> check

= quiet
You leave Leah's card where it is.
Kira takes it out of your pile, writes LAPSING across the top and pins it to the board under your name. # from: Kira Sato
{
- blocked:
    Leah's phone stays quiet all weekend. # time: Day 13, 4:00 pm # thought: Blocked them, and I still flinch every time an unknown number rings.
- answered:
    Leah gets through the weekend without a single notification from Ember. # time: Day 13, 4:00 pm # thought: They actually stopped. Okay. That almost makes me want to go back.
- else:
    On Sunday, Leah runs eleven miles along the Willamette and her hamstrings complain the whole way. # time: Day 13, 4:00 pm # thought: I need that hot yoga place. After the race. I really mean it this time.
}
-> check

= check
{ contacts >= 4 && not blocked:
    -> block_her ->
}
-> day15

// The moment she has had enough. Used after any outreach that tips her over.
=== block_her ===
~ blocked = true
~ trust = MIN(trust, 1)
Later that night her phone is in her hand for a long moment. # mood: angry # thought: That's it. Ember Hot Yoga, Block this Caller. I can't believe I had to block a yoga studio.
->->

// ---------------------------------------------------------------------------
// Decision 5. Day 15: two weeks in, the intro price expires tonight.
// ---------------------------------------------------------------------------
=== day15 ===
Two weeks to the day. Leah's $49 intro price expires at midnight. # time: Day 15, 10:30 am # channel: in-person # from: Kira Sato
Last day for Leah. Do something, or I move her to lost and you explain her at your review. # speaker: Kira
This week Kira also launched something new: a 5-class pack for $80 that never expires, made for the hospital crowd whose weeks don't fit an unlimited month. The Sunday 9 am Slow Burn for runners has been full twice.
Leah's intake card is still in the drawer. ER nurse, nights, first half marathon, tight hips and hamstrings. # discuss: Two weeks in. If you reach out today, what would be worth her time, and what would only be worth the studio's?
* [Text her: last day, the $49 intro month expires at midnight #score: value-2, restraint-2 #feedback: The deadline is the studio's problem. A last-chance text tells her she is a conversion target, and it lands after two weeks of silence from her.]
    ~ contacts += 1
    ~ texts += 1
    ~ lose_trust(1)
    -> last_text
* [Email the runners' class and the 5-class pack that never expires #score: value+3, empathy+2 #feedback: This is the check-in with value, built from what she told you (nights, a half marathon, tight hamstrings) instead of from the studio's deadline. "No reply needed" keeps it a gift.]
    ~ got_value = true
    ~ emails += 1
    -> value
* [Email her a one-week extension of the $49 intro month, just for her #score: value+1, followthrough+1, empathy-1 #feedback: Generous, but still shaped like the studio's product. An unlimited month is little use to someone working three 12-hour nights a week; value means fitting her life.]
    ~ emails += 1
    -> extend
* [Let the price lapse quietly; no more outreach from us #score: restraint+1, respect+1, followthrough-2 #feedback: Restraint is never wrong here, but the lesson also says to check in once, weeks later, with something that helps her. You had that something.]
    -> lapse

= last_text
Last day, Leah! Your $49 intro month expires at midnight tonight. Don't miss it! ember-hot-yoga.com/intro # speaker: you # channel: text # sfx: message-sent
{
- blocked:
    No reply. # thought: Tuesday. Their intro thing ends today, I bet they're frantic. My phone has been so quiet since I blocked them.
- contacts >= 4:
    No reply.
    -> block_her ->
- else:
    No reply. # mood: annoyed # thought: "Last day, Leah!" Like I'm a countdown clock. I'll pay drop-in if I ever go back.
}
-> day18

= value
Kira reads your draft over your shoulder. # channel: in-person
You're leading with the pack? Eighty dollars, five classes, no membership. That doesn't count on my board, Alex. The intro month does. # speaker: Kira # from: Kira Sato
You send it anyway.
Hi Leah, # speaker: you # channel: email # sfx: mail-sent # subject: For your hamstrings (no reply needed)
You mentioned nights and your first half marathon, so here are two things that might actually fit. # speaker: you
Our Sunday 9 am Slow Burn is a gentle hot yin class built for runners' hips and hamstrings. # speaker: you
And we just started a 5-class pack, $80, that never expires, for people whose weeks don't fit an unlimited month. Use it whenever your shifts allow. # speaker: you
That's all. No need to reply, and good luck with the training. # speaker: you
Alex, Ember Hot Yoga # speaker: you
{
- blocked:
    No reply. # thought: I blocked their number and now they're in my inbox. Although a pack that doesn't expire is actually smart. Too late.
- trust >= 5:
    ~ gain_trust(1)
    ~ replied = true
    -> day16
- else:
    ~ gain_trust(1)
    No reply. # mood: neutral # thought: A pack that doesn't expire. Okay, that I would actually use. Not this week, though.
}
-> day18

= extend
Hi Leah! We'd love to have you back, so I've extended your $49 intro month by one more week, just for you. Book by next Tuesday: ember-hot-yoga.com/intro # speaker: you # channel: email # sfx: mail-sent # subject: A little extra time, just for you
Alex, Ember Hot Yoga # speaker: you
{ blocked:
    No reply. # thought: Blocked the number, so now it's email. An unlimited month. I work three twelves. When would I go, at 4 am?
- else:
    No reply. # mood: neutral # thought: An unlimited month. I work three twelves and my race is Saturday. When would I go, at 4 am? Nice of them, I guess.
}
-> day18

= lapse
You let the day go by. At midnight the $49 intro price quietly expires in the booking system. # time: Day 15, 11:59 pm
At that minute Leah is charting at the nurses' station. # thought: Wasn't that yoga offer ending around now? Oh well. I'll pay drop-in whenever I go back. If I go back.
-> day18

// ---------------------------------------------------------------------------
// Decision 6. Day 16: "Not right now."
// ---------------------------------------------------------------------------
=== day16 ===
A reply arrives at 8:12 am, just after her shift. # time: Day 16, 8:12 am # channel: email # sfx: mail-received # mood: pleased # subject: Re: For your hamstrings (no reply needed)
Hi Alex, # speaker: Leah
Thank you, this is really thoughtful. A pack that doesn't expire is exactly what my schedule needs. # speaker: Leah
Honestly, though, not right now. I'm on four nights this week and my race is Saturday, so I'm barely alive. Maybe after? # speaker: Leah
{ promised && not broke_promise:
    P.S. Thanks for not calling again. My night-shift brain appreciates it. # speaker: Leah
}
Leah # speaker: Leah # thought: They remembered the half marathon. Nobody at my actual gym knows I'm running. But not now. Truly not now.
What goes back to her, if anything? # discuss: She said "not right now" and "maybe after." Is that a no? What reply, if any, keeps the door open without leaning on it?
* [Reply: no rush, the pack keeps, good luck Saturday #score: respect+2, restraint+2, empathy+1 #feedback: "No" often means "not now." A short reply that accepts it, asks for nothing and remembers her race leaves the door open for her to walk through when she chooses.]
    ~ gain_trust(1)
    ~ wished_luck = true
    No rush at all, Leah. The pack keeps, whenever you're ready. Good luck Saturday. We'll be rooting for you. # speaker: you # sfx: mail-sent
    Kira reads it in the sent folder and turns the screen toward you. # channel: in-person
    "No rush"? Alex. Rush was the whole plan. # speaker: Kira # from: Kira Sato
    She reads it in the hospital elevator and smiles. # time: Day 16, 9:30 am # mood: delighted # thought: "We'll be rooting for you." Marisol and Dev are running Saturday too. Sunday Slow Burn, the day after? We'll be wrecked. Maybe that's the point.
* [Reply: can I pencil you in for Sunday's Slow Burn, the day after the race? #score: followthrough+1, restraint-2 #feedback: A clear next step is usually good practice, but she just told you her week. Booking her for the morning after a half marathon turns her honest "not now" into a negotiation.]
    ~ lose_trust(2)
    Totally understand! Want me to pencil you in for Sunday's 9 am Slow Burn, the day after the race? Perfect recovery. # speaker: you # sfx: mail-sent
    No reply. # time: Day 16, 9:30 am # mood: neutral # thought: I said maybe after. Now there's a booking I have to dodge. I'll answer later. Maybe.
* [Reply: I'll hold the $49 intro price for you until after the race #score: value+1, restraint-1 #feedback: Kind, but she just told you what fits her, the pack. Another offer in answer to "not now" asks her to decide something again.]
    ~ lose_trust(1)
    Of course! I'll hold your $49 intro price until after the race, so there's no rush. # speaker: you # sfx: mail-sent
    No reply. # time: Day 16, 9:30 am # mood: neutral # thought: That's nice of them, I guess. But I just said the pack. An unlimited month is the last thing I need.
* [Don't reply; she said not now, so give her space #score: restraint+1, followthrough-2 #feedback: She wrote to you personally. Leaving a friendly email unanswered is not restraint but a dropped thread; a short reply that asks for nothing closes the loop.]
    You leave her email unanswered so as not to crowd her. # time: Day 16, 5:00 pm
    Leah checks her inbox once before her shift. # thought: Huh, no answer. Fine. I did say not now.
- -> day18

// ---------------------------------------------------------------------------
// Decision 7. Day 18: the weekend text blast.
// ---------------------------------------------------------------------------
=== day18 ===
Friday. Kira is setting up the studio's new texting service. The weekend blast goes to everyone who checked OK to text on an intake card, 142 people, and it goes out from the service's own number, not the studio line. # time: Day 18, 2:00 pm # channel: in-person # from: Kira Sato
The message: Hot Weekend, 3 classes for $36, Saturday and Sunday only.
Leah's on the list. She checked the box. Anything to change before I hit send? And before you say it: every name you take off is one less shot at my weekend numbers. # speaker: Kira # discuss: Leah checked "OK to text" on Day 1. Is that permission still good on Day 18, after everything since?
* [Leave her on; she gave us permission on her intake card #score: restraint-1, respect-1 #feedback: A checkbox on Day 1 is permission, not an invitation to every promotion. What she has shown you since matters more than what she ticked at the desk.]
    ~ contacts += 1
    ~ texts += 1
    ~ lose_trust(1)
    -> blast
* [Take her off the blast list; from us she gets email, not texts #score: restraint+2, respect+1 #feedback: Permission is not a reason. Keeping her out of mass promotions respects the relationship she has actually chosen with you.]
    -> off_list
* [Take her off the blast and send her a personal text instead #score: empathy+1, restraint-2 #feedback: Personal beats a blast, but it is still one more text she did not ask for, in the last days before her race.]
    ~ contacts += 1
    ~ texts += 1
    ~ lose_trust(1)
    -> personal

= blast
EMBER HOT YOGA: Hot Weekend! 3 classes for $36, Sat and Sun only. Book now: ember-hot-yoga.com/weekend. Reply STOP to opt out. # speaker: you # channel: text # sfx: message-sent # time: Day 18, 2:05 pm
{
- blocked:
    ~ other_number = true
    It arrives from a number she has never seen. # mood: angry # thought: A different number? I blocked them, and they found another way in. I am never setting foot in there again.
- contacts >= 4:
    No reply.
    -> block_her ->
- replied:
    Leah replies STOP. # mood: annoyed # thought: I told them my week. The race is tomorrow. STOP.
- else:
    Leah replies STOP. # mood: annoyed # thought: A mass text. So I'm a list now. STOP.
}
-> resolve

= personal
Hi Leah, it's Alex from Ember! Thinking of you before {replied: tomorrow's race|your half marathon}. Hydrate, and the Sunday Slow Burn is there whenever your legs need it. # speaker: you # channel: text # sfx: message-sent # time: Day 18, 2:10 pm
{
- blocked:
    No reply. # thought: Race weekend. Phone on Do Not Disturb, pasta on the stove. Ember who?
- contacts >= 4:
    No reply.
    -> block_her ->
- replied:
    Read 2:40 pm. No reply. # mood: neutral # thought: I know about the Sunday class. I told them I know. It's sweet, but I'm trying to think about nothing but the race.
- else:
    Read 2:40 pm. No reply. # mood: neutral # thought: How do they know about my race? Oh, right, the intake card. Sweet. A bit much.
}
-> resolve

= off_list
Kira unchecks one box out of 142, sighs, and hits send. Fine. She's your project. She's also your number. # from: Kira Sato
{
- wished_luck:
    That night Leah pins on her race bib to check it fits and reads your last email again. # time: Day 18, 10:30 pm # thought: "We'll be rooting for you." Sunday Slow Burn with Marisol and Dev after the race. I'm booking it tomorrow night, if I can still walk.
- blocked:
    Leah never hears about the Hot Weekend. # time: Day 18, 10:30 pm # thought: The quiet is nice. I do miss that room, though. And the chocolate.
- else:
    Leah's Friday night is about the race. # time: Day 18, 10:30 pm # thought: Bib, gels, shoes. Ember can wait. It'll still be there.
}
-> resolve

// ---------------------------------------------------------------------------
// Where the three weeks have led.
// ---------------------------------------------------------------------------
=== resolve ===
{
- blocked:
    -> ending_blocked
- got_value && trust >= 7:
    -> day19
- trust >= 5:
    -> ending_later
- else:
    -> ending_deserter
}

// ---------------------------------------------------------------------------
// Decision 8. Day 19: she books, on her own terms.
// ---------------------------------------------------------------------------
=== day19 ===
Saturday, 9:40 pm. A booking notification lights up the studio iPad. # time: Day 19, 9:40 pm # channel: in-person # sfx: notification
Sunday 9:00 am Slow Burn, 3 spots, on a new 5-class pack bought by Leah Brooks. Names: Leah Brooks, Marisol Vega, Dev Okafor. Note: We ran 13.1 miles today. Please be gentle.
Leah plus two!!! I'll honor Friend Week for the friends, $20 off if they sign tomorrow. What's the plan? # speaker: Kira # channel: text # sfx: message-received # discuss: She is coming back on her own terms, with two friends. What does tomorrow morning look like, and who is it for? # from: Kira Sato
* [Have Kira's Friend Week discount forms ready at the desk for her friends #score: value-2, respect-1 #feedback: Friend Week is over, and they came for a recovery class the day after a race. Paperwork at the door makes Leah the studio's salesperson in front of her friends.]
    -> forms
* [Set out three mats, three name cards and three chocolates #score: value+2, empathy+1, respect+1 #feedback: The welcome is what made her a fan. Repeat it for her friends, ask for nothing, and let them decide on their own terms.]
    -> welcome
* [Text Leah tonight: so excited, and Friend Week pricing still applies #score: restraint-2, value-1 #feedback: She is on the couch after 13.1 miles and has already booked. The only thing a text can add tonight is a sales line.]
    -> eve_text
= welcome
Sunday, 8:48 am. Three mats in the second row, three pairs of blocks, three name cards: Welcome, Leah. Welcome, Marisol. Welcome, Dev. A square of sea-salt dark chocolate on each mat. # time: Day 20, 8:48 am # channel: in-person # sfx: door-chime
Leah stops in the doorway, race medal still around her neck. # mood: delighted
Welcome back, Leah. How was the race? # speaker: you
Two hours and four minutes, and my hamstrings hate me. Guys, look. I told you about the chocolate. # speaker: Leah # thought: They spelled Marisol right. Nobody spells Marisol right. Dev is already eating his.
{ wished_luck && trust >= 9:
    -> ending_best
- else:
    -> ending_friends
}

= forms
Sunday, 8:48 am. Leah walks in with two friends, race medals still around their necks. On the desk: a clipboard and two Friend Week forms. # time: Day 20, 8:48 am # channel: in-person # sfx: door-chime
Welcome! You must be Leah's friends. Good news: we're still honoring Friend Week for you, $20 off the intro month if you sign up today. # speaker: you
Marisol glances at Leah. Dev studies the floor. # mood: hurt # thought: Marisol just whispered "do you get a cut?" I don't. Oh my God, I don't.
-> ending_sold

= eve_text
So excited to see you three tomorrow! And Friend Week pricing still applies if Marisol and Dev want the intro month! # speaker: you # channel: text # sfx: message-sent # time: Day 19, 9:50 pm
Read 9:58 pm. No reply. # mood: annoyed # thought: I'm in an ice bath. I booked. Marisol and Dev are grown adults. Can I just come to yoga?
Sunday morning the three of them take the class. The mats come from the rental pile by the door. # time: Day 20, 8:48 am # channel: in-person # sfx: door-chime
-> ending_sold

// ---------------------------------------------------------------------------
// Endings
// ---------------------------------------------------------------------------
=== ending_best ===
~ reputation = 8
After class, Marisol and Dev each buy a 5-class pack at the desk without being asked. That night Leah posts to Instagram. # ending: On Her Own Terms # stars: 5 # mood: delighted # time: Day 20, 8:15 pm
Sunday Slow Burn at @emberhotyoga with my two favorite night-shift humans, the morning after our first half. Legs: destroyed. Hearts: full. # speaker: Leah
Three weeks ago I walked in for one class and found my name on a card and a chocolate on my mat. # speaker: Leah
I never answered their thank-you email (sorry, Alex, nights). They sent me one more, about a Sunday class for runners and a class pack that doesn't expire, which for a nurse is basically love. # speaker: Leah
I said not this week. They said good luck Saturday. # speaker: Leah
Today there were name cards out for all three of us. Marisol cried a little. She says it was the heat. # speaker: Leah
Nurses, runners, anyone whose calendar is a crime scene: go. Tell them Leah sent you. # speaker: Leah
By Wednesday, four more people from St. Vincent's have booked a first class. Two of them mention Leah.
At your review on Monday, Kira's board still lists Leah under lost: she bought the $80 pack on Day 19, five days after the window, so there is no $20 for you. Kira reads the post twice, then extends your trial by a month instead of signing it off. # from: Kira Sato
Show me it works for more than one nurse. # speaker: Kira
-> END

=== ending_friends ===
~ reputation = 7
After class Leah thanks you twice, and Dev books next Sunday on the way out. # ending: Back, With Friends # stars: 4 # time: Day 20, 10:20 am
For the next month the three of them come most Sundays after their last night shift. Leah never writes a post, but whenever someone at work asks where to stretch after a run, she says Ember. # thought: Sunday is yoga day now. Dev calls it church. Marisol calls it the sweat lodge.
On Kira's board, Leah stays under lost; her pack came five days after the window. You don't get the $20, and your review gets pushed a month.
-> END

=== ending_sold ===
~ reputation = 5
The class itself is lovely. Afterward, Marisol and Dev thank you politely and leave without booking. # ending: Sold at the Door # stars: 3 # time: Day 20, 10:20 am
Leah keeps using her pack, alone, on the odd Wednesday. She never brings anyone again, and she never posts about the place. # thought: I love that room. I'm just not bringing anyone else into it.
-> END

=== ending_later ===
~ reputation = 5
Leah runs her race on Saturday. On Sunday she sleeps until two, and Ember never crosses her mind. # ending: Not Now, Maybe Later # stars: 3 # time: Day 20, 2:00 pm
Five weeks later, on a quiet Wednesday at noon, she walks in alone and pays the $25 drop-in. There is no name card this time; nobody knew she was coming. # time: Day 54, 12:00 pm
She takes the class, says it was great, and leaves. She has stopped telling people at work about the chocolate on the mat.
{ contacts == 0:
    On her way out she glances at the schedule board, then at the door. # thought: I forgot this place existed for a month. That's on me, I guess. Nice room, though.
- else:
    On her way out she pays, waves and does not book another class. # thought: Nice place. I'll come when I come. If they call, I'm not picking up.
}
-> END

=== ending_deserter ===
~ reputation = 4
Leah runs her race and never books again. # ending: The Quiet Deserter # stars: 2 # mood: neutral # time: Day 20, 2:00 pm
{ following:
    A week later she quietly unfollows @emberhotyoga.
}
In November, she and Marisol sign up at a yoga studio two blocks from the hospital. When a coworker asks about Ember, she shrugs. # time: Day 75, 3:10 am
Nice place. Very... persistent. # speaker: Leah # thought: The best first class I've ever had, and now I take the long way home so I don't drive past it.
-> END

=== ending_blocked ===
~ reputation = 2
On Sunday, the day after her race, Leah posts on her blog, Notes from the Night Shift. # ending: Blocked # stars: 1 # mood: angry # time: Day 20, 6:30 pm
Okay. Story time, from a night-shift nurse who just wanted to stretch her hamstrings. # speaker: Leah
Three weeks ago I tried Ember Hot Yoga on Division, and I was smitten. They gave me the tour, they had a mat and two blocks waiting with my name on a card, and there was a chocolate on my mat. I told the whole break room. # speaker: Leah
{
- calls > 0 && texts > 0 && emails > 0:
    Then my phone started: calls while I slept, texts, emails. I work nights, so I didn't answer. Every time I didn't answer, they sent more. # speaker: Leah
- calls > 0 && texts > 0:
    Then my phone started: calls while I slept, and texts. I work nights, so I didn't answer. Every time I didn't answer, they sent more. # speaker: Leah
- calls > 0 && emails > 0:
    Then my phone started: calls while I slept, and emails. I work nights, so I didn't answer. Every time I didn't answer, they sent more. # speaker: Leah
- texts > 0 && emails > 0:
    Then the texts started, and the emails. I work nights, so I didn't answer. Every time I didn't answer, they sent more. # speaker: Leah
- calls > 0:
    Then the calls started, always while I was asleep. I work nights, so I didn't answer. Every time I didn't answer, they called again. # speaker: Leah
- else:
    Then the texts started. I work nights, so I didn't answer. Every time I didn't answer, they sent another. # speaker: Leah
}
{
- offer_on_call:
    Once I picked up by mistake, in a parking garage, because I thought it was staffing. It was them, asking me to bring a friend. I said no thank you. Out loud. They kept going. # speaker: Leah
- broke_promise:
    Once I picked up by mistake, because I thought it was staffing. I said I was fine, and they said they wouldn't keep calling. Four days later: voicemail. # speaker: Leah
- answered:
    Once I picked up by mistake, because I thought it was staffing. I said I was fine, thanks. Apparently that meant call me again. # speaker: Leah
}
So I blocked them. I have blocked exactly two numbers in my life: my ex and a yoga studio. # speaker: Leah
{ other_number:
    On Friday a promo text showed up anyway, from a number I'd never seen. Same studio. # speaker: Leah
}
I'd honestly go back for that room. But if I walk in now, I feel like they'll think it's a second date. # speaker: Leah
Two weeks, from telling everyone about them to blocking them. Great mats, though. # speaker: Leah
By Monday the post has 212 shares, most of them from St. Vincent's. Two nurses who had planned to try Ember comment that they won't.
-> END
