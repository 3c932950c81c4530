# বাংলা: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = অনলাইনে আপনার GP সার্জারির সাথে যোগাযোগ করুন
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = সাহায্য, অ্যাপয়েন্টমেন্ট বা ওষুধ চাইতে আপনার GP সার্জারির অনলাইন ফর্ম ব্যবহার করুন।
# en: About 10 minutes
about-10-minutes = প্রায় 10 মিনিট
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = ইন্টারনেট আছে এমন ফোন, ট্যাবলেট বা কম্পিউটার
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = আপনার GP সার্জারির ওয়েবসাইট, বা NHS App
# en: A few words about what you need
a-few-words-about = আপনার কী দরকার, তা নিয়ে কয়েকটি শব্দ
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: GP চুক্তি – আপনার যা জানা দরকার (29 সেপ্টেম্বর 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: আপনি ও আপনার GP সার্জারি (রোগীদের সনদ)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: 1 অক্টোবর 2025 থেকে সার্জারিগুলোকে অনলাইন ফর্ম সকাল 8টা থেকে সন্ধ্যা 6:30 পর্যন্ত খোলা রাখতে হবে
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: GP-দের রোগীদের অনুরোধ বাছাই করতে হবে (1 কার্যদিবসের মধ্যে কী হয়)
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: NHS App-এ নোটিফিকেশন ও মেসেজ
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: কখন 999-এ কল করবেন
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = আপনার GP সার্জারির একটি অনলাইন ফর্ম আছে। ফোন না করেই এটি দিয়ে সাহায্য চাইতে পারেন। GP হলেন পারিবারিক ডাক্তার।
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = ফর্মটি সোমবার থেকে শুক্রবার, সকাল 8টা থেকে সন্ধ্যা 6:30 পর্যন্ত খোলা থাকে। ইংল্যান্ডের প্রতিটি GP সার্জারিকে এই সময়ে এটি খোলা রাখতে হয়।
# en: An ambulance with its blue lights on
an-ambulance-with-its = নীল বাতি জ্বলা একটি অ্যাম্বুলেন্স
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = ফর্মটি ইমার্জেন্সির জন্য নয়। কারও জীবন বিপদে থাকতে পারলে **999-এ কল করুন**। দেখুন: [কখন 999-এ কল করবেন]({ $link1 })।
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = দ্রুত সাহায্য দরকার, আর আপনার সার্জারি বন্ধ? [NHS 111 অনলাইন]({ $link1 }) ব্যবহার করুন বা **111**-এ কল করুন।
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** অনলাইনে কীভাবে যোগাযোগ করবেন, তা তাদের জিজ্ঞেস করুন। এই পাতার নিয়মগুলো ইংল্যান্ডের জন্য।
# en: Find the form
find-the-form = ফর্মটি খুঁজুন
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = একটি ওয়েব ব্রাউজারে একটি GP সার্জারির ওয়েবসাইট খোলা
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = আপনার GP সার্জারির ওয়েবসাইটে যান। অনলাইনে সার্জারির সাথে যোগাযোগের বোতামটি খুঁজুন।
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = এটি NHS App-এও পাবেন। অ্যাপটি খুলুন এবং লগ ইন করুন। আপনার GP সার্জারির সাথে যোগাযোগের অপশনটি খুঁজুন।
# en: Fill in the form
fill-in-the-form = ফর্মটি পূরণ করুন
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = একটি ফোনে 3টি বিকল্পসহ একটি ফর্ম: একটি ওষুধ, একটি প্রশ্ন আর একটি ক্যালেন্ডার
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = কী বিষয়ে সাহায্য দরকার, বেছে নিন। যেমন, কোনো স্বাস্থ্য সমস্যা, কোনো ওষুধ, বা সার্জারির কোনো চিঠি।
# en: A phone with a form and a pencil
a-phone-with-a = একটি ফর্মসহ ফোন আর একটি পেন্সিল
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = প্রশ্নগুলোর উত্তর দিন। কী সমস্যা, আর কতদিন ধরে হচ্ছে, তা লিখুন।
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = ছোট করে লিখলেই চলবে। যেমন, “2 সপ্তাহ ধরে হাঁটুতে ব্যথা”।
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = কথার বুদবুদ আর একটি পতাকাসহ একটি ফোন, অন্য ভাষা বোঝাতে
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = দোভাষী দরকার হলে তাদের বলুন। বাড়তি সাহায্য দরকার হলে তাও বলুন। যেমন, লম্বা অ্যাপয়েন্টমেন্ট বা শান্ত জায়গা।
# en: A phone and a clock, for when you can talk
a-phone-and-a = একটি ফোন আর একটি ঘড়ি, কখন কথা বলতে পারবেন তা বোঝাতে
# en: Say how they can contact you, and when you are free.
say-how-they-can = তারা কীভাবে আপনার সাথে যোগাযোগ করবে, আর আপনি কখন ফাঁকা থাকেন, তা লিখুন।
# en: Check your phone number is right. They may call you.
check-your-phone-number = আপনার ফোন নম্বর ঠিক আছে কি না, দেখে নিন। তারা হয়তো আপনাকে ফোন করবে।
# en: Send it
send-it = পাঠিয়ে দিন
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = একটি ফোনে বড় সবুজ টিক আর একটি কাগজের প্লেন
# en: Check your answers. Then send the form.
check-your-answers-then = আপনার উত্তরগুলো দেখে নিন। তারপর ফর্মটি পাঠিয়ে দিন।
# en: You get a message to say that your surgery has it.
you-get-a-message = আপনি একটি মেসেজ পাবেন যে আপনার সার্জারি ফর্মটি পেয়েছে।
# en: What happens next
what-happens-next = এরপর কী হয়
# en: A calendar with a tick on the next day
a-calendar-with-a = একটি ক্যালেন্ডার, পরের দিনে টিক চিহ্ন
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = আপনার সার্জারি 1 কার্যদিবসের মধ্যে জানায়, এরপর কী হবে। কার্যদিবস মানে সোমবার থেকে শুক্রবার, তবে ব্যাংক হলিডে (bank holiday) বাদে।
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = তারা আপনাকে অ্যাপয়েন্টমেন্ট দিতে পারে বা ফোন করতে পারে। তারা মেসেজ পাঠাতে পারে, বা ফার্মাসিস্ট দেখাতে বলতে পারে।
# en: A phone with a message in the NHS App
a-phone-with-a-4 = NHS App-এ একটি মেসেজসহ একটি ফোন
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = ফোন সাথে রাখুন। টেক্সট, কল বা NHS App-এ মেসেজের দিকে নজর রাখুন।
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = দেখুন: [NHS App-এ মেসেজ]({ $link1 })।
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = অপেক্ষার সময় আরও খারাপ লাগছে? [NHS 111 অনলাইন]({ $link1 }) ব্যবহার করুন বা **111**-এ কল করুন।
# en: Remember
remember = মনে রাখবেন
# en: Use the form for things that are not urgent.
use-the-form-for = জরুরি নয় এমন বিষয়ে ফর্মটি ব্যবহার করুন।
# en: Say clearly what is wrong.
say-clearly-what-is = কী সমস্যা, তা পরিষ্কার করে লিখুন।
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = ইমার্জেন্সিতে ফর্মটি ব্যবহার করবেন না। 999-এ কল করুন।
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
# en: pharmacist
pharmacist = ফার্মাসিস্ট
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = ওষুধ বিশেষজ্ঞ, যিনি ফার্মেসিতে কাজ করেন
