# বাংলা: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = ইন্টারনেট ব্যবহার করতে সাহায্য নিন
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = ইন্টারনেট আর NHS App ব্যবহার করতে আপনার কাছেই বিনামূল্যে সাহায্য খুঁজুন।
# en: A few minutes to ask for help
a-few-minutes-to = সাহায্য চাইতে কয়েক মিনিট
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = শুরুতে কিছুই লাগবে না। এই নির্দেশিকার সাহায্য বিনামূল্যে।
# en: Your phone or tablet, if you have one
your-phone-or-tablet = আপনার ফোন বা ট্যাবলেট, যদি থাকে
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = vodafone.co.uk-এর খবর: 200,000 জনের জন্য বিনামূল্যে ডেটা সিম কার্ড
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: লাইব্রেরিগুলো National Databank থেকে বিনামূল্যে সিম কার্ড দেয়
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: দান করা ল্যাপটপ ও ট্যাবলেট কীভাবে দরকারি মানুষের কাছে পৌঁছায়
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: কীভাবে ব্রডব্যান্ডের সোশ্যাল ট্যারিফে যাবেন
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: স্বেচ্ছাসেবকদের জন্য নির্দেশিকা – কাউকে NHS App চালু করতে সাহায্য করা
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = প্রথমে ইন্টারনেট ব্যবহার করা কঠিন লাগতে পারে। আপনাকে একা একা শিখতে হবে না। আপনার কাছেই বিনামূল্যে সাহায্য আছে।
# en: Where to get free help
where-to-get-free = বিনামূল্যে সাহায্য কোথায় পাবেন
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = একজন তরুণ লাইব্রেরিতে একজন বয়স্ক নারীকে কম্পিউটার ব্যবহারে সাহায্য করছেন।
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = আপনার এলাকার লাইব্রেরিতে যান। বেশিরভাগ লাইব্রেরিতে কম্পিউটার আর ওয়াই-ফাই আছে। আপনি এগুলো বিনামূল্যে ব্যবহার করতে পারেন।
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = ওয়াই-ফাই দিয়ে আপনার ফোন বা কম্পিউটার তার ছাড়াই ইন্টারনেট ব্যবহার করতে পারে।
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = লাইব্রেরির কর্মীরা দেখিয়ে দিতে পারেন, কীভাবে শুরু করবেন। অনেক লাইব্রেরিতে বিনামূল্যে ক্লাসও হয়।
# en: A community centre with 3 people of different ages outside
a-community-centre-with = একটি কমিউনিটি সেন্টার, বাইরে আলাদা বয়সের 3 জন মানুষ
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = কমিউনিটি সেন্টার আর দাতব্য সংস্থাও সাহায্য করতে পারে। কিছু GP সার্জারিও পারে, যেখানে পারিবারিক ডাক্তাররা কাজ করেন।
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = তাঁদের জিজ্ঞেস করুন: “আপনারা কি মানুষকে ইন্টারনেট ব্যবহারে সাহায্য করেন?”
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = হুইলচেয়ারে বসা একজন পুরুষ একজন নারীকে ট্যাবলেট ব্যবহার করা দেখাচ্ছেন
# en: Ask for a **digital champion**.
ask-for-a-digital = একজন **ডিজিটাল চ্যাম্পিয়ন** চেয়ে নিন।
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = তিনি আপনাকে ধাপে ধাপে NHS App পেতে সাহায্য করতে পারেন।
# en: Free data and devices
free-data-and-devices = বিনামূল্যে ডেটা ও ডিভাইস
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = সিগন্যাল দাগসহ একটি ফোনের পাশে একটি ছোট সিম কার্ড
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = কিছু লাইব্রেরি আর কমিউনিটি সেন্টার বিনামূল্যে মোবাইল ডেটা দেয়। ডেটা থাকলে বাইরে থাকার সময়ও আপনার ফোনে ইন্টারনেট চলে।
# en: The data comes on a SIM card.
the-data-comes-on = ডেটা একটি সিম কার্ডে দেওয়া হয়।
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = ফিতা বাঁধা একটি ট্যাবলেট আর একটি ফোন, উপহারের মতো
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = কিছু জায়গা আপনাকে বিনামূল্যে ফোন, ট্যাবলেট বা ল্যাপটপ দিতে পারে। এটি হয়তো আগে কেউ ব্যবহার করেছে।
# en: Ask what they have. There may be a wait.
ask-what-they-have = তাঁদের কাছে কী আছে, জিজ্ঞেস করুন। হয়তো অপেক্ষা করতে হতে পারে।
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = ওয়াই-ফাই চিহ্নের পাশে একটি মাটির ব্যাংক, কম দামের ইন্টারনেট বোঝাতে
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = আপনি কি বেনিফিট পান, যেমন Universal Credit বা Pension Credit? আপনার ফোন বা ইন্টারনেট কোম্পানির কাছে **সোশ্যাল ট্যারিফ** চান।
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = সোশ্যাল ট্যারিফ হলো কিছু বেনিফিট পাওয়া মানুষের জন্য কম দামের একটি প্যাকেজ।
# en: Where to ask
where-to-ask = কোথায় জিজ্ঞেস করবেন
# en: A person asks a helper for help at a desk
a-person-asks-a = একজন মানুষ একটি ডেস্কে একজন সাহায্যকারীর কাছে সাহায্য চাইছেন
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = আপনার লাইব্রেরি বা GP সার্জারিতে জিজ্ঞেস করুন। কমিউনিটি সেন্টারেও জিজ্ঞেস করতে পারেন।
# en: Say: “I want help to get online.”
say-i-want-help = বলুন: “আমি ইন্টারনেট ব্যবহার করতে সাহায্য চাই।”
# en: You can also ask family or friends that you trust.
you-can-also-ask = বিশ্বাস করেন এমন পরিবারের লোক বা বন্ধুদেরও জিজ্ঞেস করতে পারেন।
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = এই নির্দেশিকার শেষে **সাহায্য দরকার?** নামে একটি বক্স থাকতে পারে। সেখানে লেখা থাকে, আপনার কাছে কোথায় সাহায্য পাবেন।
# en: Remember
remember = মনে রাখবেন
# en: Ask as many questions as you like.
ask-as-many-questions = যত খুশি প্রশ্ন করুন।
# en: Write down what you learn, to help you next time.
write-down-what-you = যা শিখছেন তা লিখে রাখুন, পরের বার কাজে লাগবে।
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = সাহায্যকারীকে আপনার পাসওয়ার্ড বা PIN বলবেন না। নিজেই টাইপ করুন।
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = PIN হলো একটি গোপন নম্বর, যেমন আপনার ব্যাংক কার্ডের PIN।
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = প্রস্তুত হলে দেখুন: [কীভাবে NHS App পাবেন]({ $link1 })। [NHS-এর নামে ভুয়া টেক্সট, ইমেইল ও কল চেনা]({ $link2 })-ও শিখে নিন।
# en: SIM card
sim-card = সিম কার্ড
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = ফোনের ভেতরে রাখা একটি ছোট কার্ড। এটি দিয়ে আপনার ফোন মোবাইল নেটওয়ার্ক ব্যবহার করতে পারে।
# en: digital champion
digital-champion = ডিজিটাল চ্যাম্পিয়ন
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = একজন সাহায্যকারী, যিনি মানুষকে ইন্টারনেট ব্যবহার করা দেখিয়ে দেন। অনেকেই স্বেচ্ছাসেবক।
