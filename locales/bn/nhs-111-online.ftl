# বাংলা: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = NHS 111 অনলাইন ব্যবহার করুন
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = এমন স্বাস্থ্য সমস্যায় দ্রুত সাহায্য নিন, যা জরুরি কিন্তু ইমার্জেন্সি নয়।
# en: About 10 to 20 minutes
about-10-to-20 = প্রায় 10 থেকে 20 মিনিট
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = ইন্টারনেট আছে এমন ফোন, ট্যাবলেট বা কম্পিউটার
# en: The age and sex of the person who needs help
the-age-and-sex = যাঁর সাহায্য দরকার, তাঁর বয়স ও লিঙ্গ
# en: Their symptoms: what is wrong
their-symptoms-what-is = তাঁর লক্ষণ: কী সমস্যা হচ্ছে
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): কোন ইমার্জেন্সিতে অ্যাম্বুলেন্স ডাকবেন
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: 111 অনলাইন কীভাবে কাজ করে
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: NHS 111 অনলাইন কীভাবে কাজ করে
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: এখনই সাহায্য দরকার? (111, মানসিক স্বাস্থ্যের অপশন)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: সংকটে পরামর্শ (111, SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (টেক্সটফোন 18001 111, দোভাষী)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Aneurin Bevan University Health Board: মানসিক স্বাস্থ্যের সংকট (NHS 111 Wales, অপশন 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = নীল বাতি জ্বলা একটি অ্যাম্বুলেন্স
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **এখনই 999-এ কল করুন**, যদি কারও জীবন বিপদে থাকতে পারে। যেমন, যদি:
# en: have pain in their chest
have-pain-in-their = তাঁর বুকে ব্যথা হয়
# en: cannot breathe well
cannot-breathe-well = তিনি ঠিকমতো শ্বাস নিতে না পারেন
# en: will not wake up
will-not-wake-up = তাঁকে জাগানো না যায়
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = তাঁর অনেক রক্ত পড়ছে এবং থামছে না
# en: have a face that drops on one side
have-a-face-that = তাঁর মুখের একপাশ ঝুলে পড়ে
# en: have one arm that is weak or will not go up
have-one-arm-that = তাঁর একটি হাত দুর্বল হয় বা উপরে না ওঠে
# en: cannot speak clearly
cannot-speak-clearly = তিনি পরিষ্কার করে কথা বলতে না পারেন
# en: have a fit that is not stopping
have-a-fit-that = তাঁর খিঁচুনি হচ্ছে এবং থামছে না
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = তাঁর তীব্র অ্যালার্জি হয়, যেমন মুখ বা ঠোঁট ফুলে যায়
# en: suddenly become confused
suddenly-become-confused = তিনি হঠাৎ সব গুলিয়ে ফেলেন এবং কিছু বুঝতে পারেন না
# en: have a serious head injury
have-a-serious-head = তাঁর মাথায় গুরুতর আঘাত লেগেছে
# en: have a bad burn
have-a-bad-burn = তিনি খারাপভাবে পুড়ে গেছেন
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = তিনি নিজেকে গুরুতর আঘাত করেছেন, বা নিজের জীবন শেষ করে দিতে পারেন
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = মুখ ঝুলে পড়া, একটি হাত দুর্বল হওয়া বা অস্পষ্ট কথা স্ট্রোকের লক্ষণ হতে পারে। সঙ্গে সঙ্গে 999-এ কল করুন।
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = এটা কি মানসিক স্বাস্থ্যের সংকট? **111**-এ কল করুন এবং মানসিক স্বাস্থ্যের অপশন বেছে নিন। আপনি প্রতিদিন, দিনে 24 ঘণ্টা কল করতে পারেন।
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = ওয়েলসে মানসিক স্বাস্থ্যের সংকটে **111**-এ কল করুন এবং অপশন 2 বেছে নিন।
# en: When to use NHS 111
when-to-use-nhs = কখন NHS 111 ব্যবহার করবেন
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = একটি ফোন, যাতে কথার বুদবুদের ভেতরে একটি প্রশ্নচিহ্ন আছে
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = যখন দ্রুত সাহায্য দরকার, কিন্তু ইমার্জেন্সি নয়, তখন NHS 111 ব্যবহার করুন।
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = অসুস্থ লাগলে আর কী করবেন বুঝতে না পারলে, এটি সাহায্য করতে পারে।
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = একজন লোক রাতে বাড়িতে বসে আছেন। তিনি বাতির আলোয় ফোনে কথা বলছেন।
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = NHS 111 বিনামূল্যে। এটি প্রতিদিন দিনরাত খোলা থাকে।
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = আপনি যেকোনো ফোন থেকে **111**-এ কলও করতে পারেন। কলটি বিনামূল্যে। আপনার ভাষায় কথা বলেন এমন কাউকে চাইতে পারেন।
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = সাংকেতিক ভাষায় কথা বলা দুটি হাত, পাশে ভিডিও কল চলা একটি ল্যাপটপ
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = আপনি কি কানে শোনেন না? আপনি ব্রিটিশ সাংকেতিক ভাষায় (British Sign Language) NHS 111 ব্যবহার করতে পারেন। একজন দোভাষী ভিডিও কলে আপনার সাথে যোগ দেন।
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = আপনি টেক্সটফোন থেকে **18001 111**-এও কল করতে পারেন।
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 অনলাইন ইংল্যান্ডের মানুষের জন্য, যাঁদের বয়স 5 বা তার বেশি। 5 বছরের কম বয়সী শিশুর জন্য 111-এ কল করুন।
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **ওয়েলসে NHS 111 Wales ব্যবহার করুন।** [111.wales.nhs.uk]({ $link1 })-এ যান বা **111**-এ কল করুন। কলটি বিনামূল্যে।
# en: Get help online
get-help = অনলাইনে সাহায্য নিন
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = একটি ওয়েব ব্রাউজার, যাতে ঠিকানার ঘর আর একটি বড় নীল বোতাম আছে
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = আপনার ফোন, ট্যাবলেট বা কম্পিউটারে [111.nhs.uk]({ $link1 })-এ যান।
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = ওয়েবসাইটটি প্রথমে কিছু প্রশ্ন করে। যেমন, আপনি কোথায় আছেন, কার সাহায্য দরকার, আর তাঁর বয়স কত। আপনি নিজের জন্য বা অন্য কারও জন্য উত্তর দিতে পারেন।
# en: A list of questions with tick boxes
a-list-of-questions = টিক দেওয়ার ঘরসহ প্রশ্নের একটি তালিকা
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = যে লক্ষণ নিয়ে আপনি সবচেয়ে বেশি চিন্তিত, সেটি বেছে নিন। ওয়েবসাইটটি একবারে 1টি লক্ষণ দেখে।
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = লক্ষণ মানে কী সমস্যা হচ্ছে, যেমন ব্যথা বা বেশি জ্বর। লক্ষণটি নিয়ে প্রশ্নগুলোর উত্তর দিন।
# en: A nurse talks on a phone
a-nurse-speaking-on = একজন নার্স ফোনে কথা বলছেন
# en: The website tells you what to do next.
the-website-tells-you = এরপর কী করতে হবে, ওয়েবসাইটটি তা আপনাকে বলে দেয়।
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = এটি আপনাকে ফার্মাসিস্ট বা আপনার GP-র কাছে যেতে বলতে পারে। GP হলেন পারিবারিক ডাক্তার। সাহায্যের জন্য কোথায় যাবেন, এটি তাও বলতে পারে।
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = একজন নার্স আপনাকে ফিরতি ফোন করতে পারেন। ফোনটি অচেনা নম্বর থেকে আসতে পারে। ফোনটি ধরুন।
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = আসল NHS নার্স কখনো আপনার ব্যাংকের তথ্য চান না। জেনে নিন [কীভাবে NHS-এর নামে প্রতারণা চিনবেন]({ $link1 })।
# en: If it is serious or you get worse
if-it-is-serious = যদি গুরুতর হয় বা আপনার অবস্থা আরও খারাপ হয়
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = ওয়েবসাইট কি 999-এ কল করতে বা A\&E-তে যেতে বলছে? তাহলে এখনই তা করুন। A\&E হলো হাসপাতালের ইমার্জেন্সি বিভাগ।
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = অপেক্ষার সময় অবস্থা আরও খারাপ হলে 111-এ কল করুন। ইমার্জেন্সি হয়ে গেলে 999-এ কল করুন।
# en: Keep safe
keep-safe = নিরাপদ থাকুন
# en: Answer every question as well as you can.
answer-every-question-as = যতটা ভালোভাবে পারেন, প্রতিটি প্রশ্নের উত্তর দিন।
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = কলের জন্য অপেক্ষা করলে ফোন সাথে রাখুন।
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = ইমার্জেন্সিতে NHS 111 অনলাইন ব্যবহার করবেন না। 999-এ কল করুন।
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = দীর্ঘদিনের কোনো সমস্যায় সাহায্য দরকার? আপনার GP-কে জিজ্ঞেস করুন। দেখুন: [কীভাবে GP অ্যাপয়েন্টমেন্ট বুক করবেন]({ $link1 })।
# en: pharmacist
pharmacist = ফার্মাসিস্ট
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = ওষুধ বিশেষজ্ঞ, যিনি ফার্মেসিতে কাজ করেন
