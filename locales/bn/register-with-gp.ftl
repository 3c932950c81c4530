# বাংলা: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = একটি GP সার্জারিতে নাম লেখান
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = ইংল্যান্ডে যে কেউ বিনামূল্যে GP সার্জারিতে নাম লেখাতে পারেন। ঠিকানা বা পরিচয়পত্র লাগবে না।
# en: About 15 minutes to fill in the form
about-15-minutes-to = ফর্ম পূরণ করতে প্রায় 15 মিনিট
# en: Your name and date of birth
your-name-and-date = আপনার নাম আর জন্মতারিখ
# en: An address where you can get letters, if you have one
an-address-where-you = এমন একটি ঠিকানা, যেখানে আপনি চিঠি পেতে পারেন, যদি থাকে
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = ফোন, ট্যাবলেট বা কম্পিউটার, যদি অনলাইনে নাম লেখান
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: কীভাবে GP সার্জারিতে নাম লেখাবেন (Arcadian Gardens Surgery-র উদ্ধৃতি অনুযায়ী)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: কীভাবে GP সার্জারিতে নাম লেখাবেন (না বলার কারণ, লিখিতভাবে)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: GP-র কাছে নাম লেখানো – আপনার অধিকার বুঝুন
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: আপনি ও আপনার GP সার্জারি (রোগীদের সনদ)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: নাম লেখানোর নীতি (গৃহহীন রোগীদের জন্য অস্থায়ী ঠিকানা)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: নতুন রোগী (কাগজপত্র লাগে না; নাম লেখানোর নিশ্চয়তা)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: কীভাবে GP সার্জারিতে নাম লেখাবেন (ফর্মে সাহায্য, দোভাষী)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = GP হলেন পারিবারিক ডাক্তার। GP সার্জারি হলো সেই জায়গা, যেখানে GP-রা কাজ করেন।
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = আপনার কাছাকাছি একটি GP সার্জারিতে নাম লেখান। তাহলে দরকার হলে GP দেখাতে পারবেন।
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = ইংল্যান্ডে যে কেউ GP সার্জারিতে নাম লেখাতে পারেন। এটি বিনামূল্যে।
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **আপনি কি ওয়েলসে থাকেন?** কাছাকাছি কোনো GP সার্জারিকে জিজ্ঞেস করুন, কীভাবে নাম লেখাবেন। এই পাতার নিয়মগুলো ইংল্যান্ডের জন্য।
# en: You do not need
you-do-not-need = আপনার এগুলো লাগবে না
# en: A house with a cross next to it
a-house-with-a = একটি বাড়ি, পাশে একটি ক্রস চিহ্ন
# en: a fixed address
a-fixed-address = স্থায়ী ঠিকানা
# en: An ID card with a cross next to it
an-id-card-with = একটি পরিচয়পত্র, পাশে একটি ক্রস চিহ্ন
# en: ID, like a passport or a driving licence
id-like-a-passport = পরিচয়পত্র, যেমন পাসপোর্ট বা ড্রাইভিং লাইসেন্স
# en: A folder of papers with a cross next to it
a-folder-of-papers = কাগজপত্রের একটি ফোল্ডার, পাশে একটি ক্রস চিহ্ন
# en: papers about your immigration status
papers-about-your-immigration = আপনার অভিবাসন অবস্থার কাগজপত্র
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = একটি কার্ডে একটি নম্বরের জন্য 10টি বিন্দু, পাশে একটি ক্রস চিহ্ন
# en: your NHS number
your-nhs-number = আপনার NHS নম্বর
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = পরিচয়পত্র থাকলে সার্জারি আপনার পুরোনো রেকর্ড খুঁজে পেতে পারে। কিন্তু এটি না থাকার কারণে তারা না বলতে পারে না।
# en: Find a surgery
find-a-surgery = একটি সার্জারি খুঁজুন
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = একটি মানচিত্রে 3টি পিন, কাছাকাছি GP সার্জারি বোঝাতে
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = আপনার কাছাকাছি GP সার্জারি খুঁজুন। NHS-এর ওয়েবসাইট ব্যবহার করুন, বা কোনো লাইব্রেরি বা কমিউনিটি সেন্টারে জিজ্ঞেস করুন।
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = আপনি যেখানে থাকেন, তার কাছাকাছি একটি বেছে নিন। আপনি সার্জারির এলাকার বাইরে থাকলে তারা না বলতে পারে।
# en: Register
register = নাম লেখান
# en: A phone with a form, and a paper form next to it
a-phone-with-a = ফর্মসহ একটি ফোন, পাশে একটি কাগজের ফর্ম
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = সার্জারিকে জিজ্ঞেস করুন, কীভাবে নাম লেখাবেন। সাধারণত আপনি অনলাইনে একটি ফর্ম পূরণ করতে পারেন। অথবা সামনের ডেস্কে কাগজের ফর্ম চান।
# en: A form with lines for name, date of birth and address
a-form-with-lines = নাম, জন্মতারিখ আর ঠিকানার জন্য দাগ টানা একটি ফর্ম
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = আপনার নাম, জন্মতারিখ আর ঠিকানা লিখুন।
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = আপনার কি স্থায়ী ঠিকানা নেই? কোনো বন্ধুর ঠিকানা, কোনো ডে সেন্টারের ঠিকানা বা সার্জারির নিজের ঠিকানা দিন।
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = দুজন মানুষ কথা বলছেন। একটি কথার বুদবুদে একটি পতাকা, অন্য ভাষা বোঝাতে।
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = ফর্ম পূরণে সাহায্য দরকার? সার্জারিকে জিজ্ঞেস করুন। আপনি দোভাষীও চাইতে পারেন।
# en: What happens next
what-happens-next = এরপর কী হয়
# en: A letter with a tick on it
a-letter-with-a = টিক চিহ্ন দেওয়া একটি চিঠি
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = নাম লেখানো হয়ে গেলে আপনি একটি চিঠি বা মেসেজ পাবেন।
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = তারপর সাহায্য দরকার হলে তাদের সাথে যোগাযোগ করতে পারেন। দেখুন: [কীভাবে অনলাইনে আপনার GP সার্জারির সাথে যোগাযোগ করবেন]({ $link1 })।
# en: A letter with a cross and a pen
a-letter-with-a-2 = ক্রস দেওয়া একটি চিঠি আর একটি কলম
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = সার্জারি কি না বলেছে? তাদের লিখিতভাবে কারণ জানাতে হবে।
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = যেমন, তাদের হয়তো নতুন রোগী নেওয়ার জায়গা নেই। তাহলে কাছাকাছি অন্য কোনো সার্জারিকে জিজ্ঞেস করুন।
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = নাম লেখাতে সাহায্য দরকার? কোনো লাইব্রেরি, কমিউনিটি সেন্টার বা দাতব্য সংস্থায় জিজ্ঞেস করুন। দেখুন: [কীভাবে ইন্টারনেট ব্যবহারে সাহায্য পাবেন]({ $link1 })।
