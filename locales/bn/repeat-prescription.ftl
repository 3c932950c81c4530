# বাংলা: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = অনলাইনে রিপিট প্রেসক্রিপশন অর্ডার করুন
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = NHS App দিয়ে আপনার নিয়মিত ওষুধ আবার অর্ডার করুন।
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = অর্ডার করতে প্রায় 5 মিনিট। ওষুধ পেতে কয়েক দিন লাগতে পারে।
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App, আপনার NHS login সহ
# en: The names of the medicines you need
the-names-of-the = যে ওষুধগুলো দরকার, সেগুলোর নাম
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: NHS App-এ প্রেসক্রিপশন
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: প্রেসক্রিপশন (একবারের প্রেসক্রিপশন আর ইলেকট্রনিক রিপিট ডিসপেন্সিং)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: রিপিট প্রেসক্রিপশন অর্ডার করা (ফার্মেসি মনোনীত করা)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: 2025 থেকে 2026 সালের জন্য প্রেসক্রিপশনের দাম বাড়েনি
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: 2026 থেকে 2027 সালেও প্রেসক্রিপশনের দাম বাড়বে না
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: NHS-এর জরিমানা কী?
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = UK Parliament-এর লিখিত উত্তর 223505: প্রেসক্রিপশনের ভুল দাবির জন্য জরিমানা
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Welsh Government: ওয়েলসে বিনামূল্যে প্রেসক্রিপশন
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: ব্যবহারের শর্ত (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = প্রেসক্রিপশন হলো ডাক্তার বা নার্সের লেখা একটি কাগজ। এটি দিয়ে আপনি ফার্মেসি থেকে ওষুধ নিতে পারেন।
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = ফার্মেসি হলো ওষুধের দোকান।
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = **রিপিট প্রেসক্রিপশন** হলো এমন ওষুধের জন্য, যা আপনি সবসময় নেন। প্রতিবার ডাক্তার না দেখিয়েই আপনি আরও ওষুধ অর্ডার করতে পারেন।
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = আপনার GP সার্জারি আপনার রিপিট প্রেসক্রিপশন দেখাশোনা করে। GP হলেন পারিবারিক ডাক্তার।
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = আপনি NHS App-এ আপনার ওষুধ অর্ডার করতে পারেন। এখনো অ্যাপ নেই? আগে দেখুন: [কীভাবে NHS App পাবেন]({ $link1 })।
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** এর বদলে আপনি NHS Wales App-এ অর্ডার করতে পারেন।
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = অ্যাপটি মাঝে মাঝে বদলায়। আপনার স্ক্রিন এই নির্দেশিকা থেকে একটু আলাদা দেখাতে পারে।
# en: Check your pharmacy
check-your-pharmacy = আপনার ফার্মেসি দেখে নিন
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = একটি ফোন, যার স্ক্রিনে একটি বড়ি আর একটি ওষুধের বাক্স
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = NHS App খুলুন এবং লগ ইন করুন। **Prescriptions**-এ চাপ দিন।
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = একটি ফার্মেসির দোকান, তাতে সবুজ ক্রস চিহ্ন, আর জানালায় ওষুধ
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = আপনার **মনোনীত ফার্মেসি** দেখে নিন।
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = অ্যাপটি প্রেসক্রিপশনের পাতায় এটি দেখায়। এটি বদলাতে, ফার্মেসি বদলানোর লিংকে চাপ দিন।
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = কোনো ফার্মেসি বা আপনার GP সার্জারিও আপনার হয়ে এটি বদলে দিতে পারে।
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = আপনি কাছের কোনো ফার্মেসি বেছে নিতে পারেন। অথবা একটি অনলাইন ফার্মেসি বেছে নিতে পারেন। অনলাইন ফার্মেসি আপনার ওষুধ ডাকে পাঠায়।
# en: Order your medicine
order-your-medicine = আপনার ওষুধ অর্ডার করুন
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = একটি ফোনে 3টি ওষুধের তালিকা। এর 2টিতে টিক চিহ্ন।
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = রিপিট প্রেসক্রিপশন অর্ডার করতে চাপ দিন। অ্যাপটি আপনার রিপিট ওষুধের তালিকা দেখায়।
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = যে ওষুধগুলো দরকার, সেগুলোতে টিক দিন। শুধু যা দরকার, তা-ই অর্ডার করুন।
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = কিছু ওষুধের পাশে লেখা থাকতে পারে যে আপনি এগুলো এখনো অর্ডার করতে পারবেন না। অ্যাপটি কারণ জানায়। যেমন, আবার অর্ডার করার সময় হয়তো এখনো হয়নি।
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = স্ক্রিনে একটি নোটসহ একটি ফোন, আর একটি পেন্সিল
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = আপনি আপনার GP সার্জারির জন্য একটি ছোট নোট যোগ করতে পারেন। যেমন, “আমি শিগগির বাইরে যাচ্ছি।”
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = একটি ফোনে বড় সবুজ টিক আর একটি কাগজের প্লেন
# en: Check your order. Then tap the button to send it.
check-your-order-then = আপনার অর্ডার দেখে নিন। তারপর এটি পাঠানোর বোতামে চাপ দিন।
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = আপনি অ্যাপে সব ওষুধ অর্ডার করতে পারবেন না। একবারের ওষুধ আপনার রিপিট তালিকায় থাকে না।
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = আপনার ফার্মেসি কি অর্ডার ছাড়াই প্রতি মাসে একই ওষুধ পাঠায়? তাহলে এটি অ্যাপে অর্ডার করবেন না।
# en: What happens next
what-happens-next = এরপর কী হয়
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = একটি ক্যালেন্ডার: প্রথম দিনে একটি টিক, 1 সপ্তাহ পরে একটি বড়ি
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = আপনার GP সার্জারি আপনার অর্ডার যাচাই করে। এতে কয়েক কার্যদিবস লাগতে পারে। কার্যদিবস মানে সোমবার থেকে শুক্রবার।
# en: Order about 7 days before your medicine runs out.
order-about-7-days = ওষুধ শেষ হওয়ার প্রায় 7 দিন আগে অর্ডার করুন।
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = একটি ফোনে এক সারিতে 3টি বিন্দু। প্রথম 2টি বিন্দু সবুজ।
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = আপনার GP সার্জারি অর্ডারটি আপনার ফার্মেসিতে পাঠায়। ফার্মেসি আপনার ওষুধ তৈরি করে রাখে।
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = অর্ডার কোন অবস্থায় আছে, অ্যাপটি হয়তো তা দেখাবে। কিছু ফার্মেসি ওষুধ তৈরি হলে টেক্সট মেসেজ পাঠায়।
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = একজন ফার্মাসিস্ট লাঠি হাতে এক বয়স্ক পুরুষকে ওষুধের একটি ব্যাগ দিচ্ছেন
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = ওষুধ নিতে আপনার ফার্মেসিতে যান। অনলাইন ফার্মেসি ব্যবহার করলে ওষুধ ডাকে আসে।
# en: What it costs
what-it-costs = কত খরচ হয়
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = ওয়েলস, স্কটল্যান্ড আর নর্দান আয়ারল্যান্ডে প্রেসক্রিপশন বিনামূল্যে।
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = ইংল্যান্ডে প্রতিটি ওষুধের দাম **£9.90**। অনেকে বিনামূল্যে ওষুধ পান। যেমন, যাঁদের বয়স 60 বা তার বেশি, বা 16-র কম।
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = আপনার কি অনেক ওষুধ লাগে? **প্রিপেমেন্ট সার্টিফিকেট** (prepayment certificate) নিলে আপনার খরচ কম হতে পারে। এর দাম 3 মাসের জন্য £32.05, বা 12 মাসের জন্য £114.50।
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = সত্যি হলে তবেই বলুন যে আপনি বিনামূল্যে ওষুধ পান। ভুল বললে আপনাকে £100 পর্যন্ত জরিমানা দিতে হতে পারে। ওষুধের দামও দিতে হবে।
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = ওয়েলসে, আপনার GP ওয়েলসে হলে আপনার প্রেসক্রিপশন বিনামূল্যে। আপনাকে এগুলো ওয়েলসের কোনো ফার্মেসি থেকে নিতে হবে।
# en: When to ask your GP surgery instead
when-to-ask-your = কখন এর বদলে আপনার GP সার্জারিকে জিজ্ঞেস করবেন
# en: Talk to your GP surgery if:
talk-to-your-gp = আপনার GP সার্জারির সাথে কথা বলুন, যদি:
# en: your medicine is not on the list in the app
your-medicine-is-not = আপনার ওষুধ অ্যাপের তালিকায় না থাকে
# en: you need a new medicine
you-need-a-new = আপনার নতুন ওষুধ দরকার হয়
# en: your medicine makes you feel unwell
your-medicine-makes-you = ওষুধ খেয়ে আপনার শরীর খারাপ লাগে
# en: the app says you need a medicine review
the-app-says-you = অ্যাপ বলে যে আপনার ওষুধ পর্যালোচনা (medicine review) দরকার
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = ওষুধ পর্যালোচনা মানে আপনার ওষুধগুলো যাচাই করা। একজন ডাক্তার, নার্স বা ফার্মাসিস্ট এটি করেন।
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = আজই দরকার এমন কোনো ওষুধ কি ফুরিয়ে গেছে? কোনো ফার্মাসিস্টের কাছে সাহায্য চান। তাঁরা হয়তো আপনাকে কিছু ওষুধ দিতে পারবেন।
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = আপনি [NHS 111 অনলাইন]({ $link1 })-ও ব্যবহার করতে পারেন, বা **111**-এ কল করতে পারেন।
# en: Check the name on the box when you get your medicine.
check-the-name-on = ওষুধ পেলে বাক্সের গায়ে লেখা নামটি দেখে নিন।
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = ওষুধ নিয়ে কোনো প্রশ্ন থাকলে ফার্মাসিস্টকে জিজ্ঞেস করুন।
# en: Do not order medicine you do not need.
do-not-order-medicine = যে ওষুধ দরকার নেই, তা অর্ডার করবেন না।
# en: Do not wait until you have no medicine left.
do-not-wait-until = ওষুধ একেবারে শেষ হওয়া পর্যন্ত অপেক্ষা করবেন না।
# en: nominated pharmacy
nominated-pharmacy = মনোনীত ফার্মেসি
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = যে ফার্মেসি থেকে ওষুধ নিতে আপনি বেছে নেন। আপনার GP সার্জারি আপনার প্রেসক্রিপশন সেখানে পাঠায়।
# en: prepayment certificate
prepayment-certificate = প্রিপেমেন্ট সার্টিফিকেট
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = একটি সার্টিফিকেট, যা কিনলে আপনি NHS-এর সব প্রেসক্রিপশন এক দামে পান
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
# en: pharmacist
pharmacist = ফার্মাসিস্ট
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = ওষুধ বিশেষজ্ঞ, যিনি ফার্মেসিতে কাজ করেন
# en: tap
tap = চাপ দিন
# en: touch the screen with your finger
touch-the-screen-with = আঙুল দিয়ে স্ক্রিন ছোঁয়া
