# اردو: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = ریپیٹ پریسکرپشن آن لائن منگوائیں
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = NHS App سے اپنی معمول کی دوا دوبارہ منگوائیں۔
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = منگوانے میں تقریباً 5 منٹ۔ دوا ملنے میں چند دن لگ سکتے ہیں۔
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App، آپ کے NHS login کے ساتھ
# en: The names of the medicines you need
the-names-of-the = آپ کو جن دواؤں کی ضرورت ہے، ان کے نام

# en: NHS England Digital: Prescriptions in the NHS App
# nhs-england-digital-prescriptions =


# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
# school-lane-surgery-prescriptions =


# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
# hampshire-and-isle-of =


# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
# department-of-health-and =


# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
# hm-treasury-prescription-charge =


# en: NHS Business Services Authority: What are NHS penalty charges?
# nhs-business-services-authority =


# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
# uk-parliament-written-answer =


# en: Welsh Government: Free prescriptions in Wales
# nhs-uk-how-to =


# en: NHS Wales App: terms of use (apphelp.nhs.wales)
# nhs-wales-app-terms =

# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = پریسکرپشن (نسخہ) ڈاکٹر یا نرس کی لکھی ہوئی ایک پرچی ہے۔ اس سے آپ فارمیسی سے دوا لے سکتے ہیں۔
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = فارمیسی دواؤں کی دکان ہوتی ہے۔
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = **ریپیٹ پریسکرپشن** اس دوا کے لیے ہوتا ہے جو آپ مستقل لیتے ہیں۔ آپ ہر بار ڈاکٹر سے ملے بغیر مزید دوا منگوا سکتے ہیں۔
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = آپ کی GP سرجری آپ کے ریپیٹ پریسکرپشن سنبھالتی ہے۔ GP فیملی ڈاکٹر ہوتا ہے۔
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = آپ NHS App میں اپنی دوا منگوا سکتے ہیں۔ ابھی ایپ نہیں ہے؟ پہلے دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔

# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
# is-your-gp-surgery =

# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = ایپ کبھی کبھی بدل جاتی ہے۔ آپ کی اسکرینیں اس گائیڈ سے تھوڑی مختلف لگ سکتی ہیں۔
# en: Check your pharmacy
check-your-pharmacy = اپنی فارمیسی چیک کریں
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = ایک فون جس کی اسکرین پر ایک گولی اور دوا کا ڈبہ ہے
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = NHS App کھولیں اور لاگ ان کریں۔ **Prescriptions** دبائیں۔
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = ایک فارمیسی، جس پر ہرے کراس کا نشان ہے۔ اس کی کھڑکی میں دوائیں ہیں۔
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = اپنی **نامزد فارمیسی** چیک کریں۔
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = ایپ اسے پریسکرپشن والے صفحے پر دکھاتی ہے۔ اسے بدلنے کے لیے، فارمیسی بدلنے والا لنک دبائیں۔
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = کوئی فارمیسی یا آپ کی GP سرجری بھی اسے آپ کے لیے بدل سکتی ہے۔
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = آپ اپنے قریب کی کوئی فارمیسی چن سکتے ہیں۔ یا آپ آن لائن فارمیسی چن سکتے ہیں۔ آن لائن فارمیسی آپ کی دوا ڈاک سے بھیجتی ہے۔
# en: Order your medicine
order-your-medicine = اپنی دوا منگوائیں

# en: A phone with a list of 3 medicines. 2 of them have a tick.
# a-phone-with-a-2 =


# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
# tap-to-order-a =


# en: Tick the medicines you need. Only order what you need.
# tick-the-medicines-you =


# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
# some-medicines-may-say =


# en: A phone with a note on the screen, and a pencil
# a-phone-with-a-3 =


# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
# you-can-add-a =


# en: A phone with a big green tick and a paper plane
# a-phone-with-a-4 =


# en: Check your order. Then tap the button to send it.
# check-your-order-then =


# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
# you-cannot-order-every =


# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
# does-your-pharmacy-send =

# en: What happens next
what-happens-next = اس کے بعد کیا ہوتا ہے

# en: A calendar: a tick on the first day, a pill 1 week later
# a-calendar-a-tick =


# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
# your-gp-surgery-checks =


# en: Order about 7 days before your medicine runs out.
# order-about-7-days =


# en: A phone with 3 dots in a row. The first 2 dots are green.
# a-phone-with-3 =


# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
# your-gp-surgery-sends =


# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
# the-app-may-show =


# en: A pharmacist gives a bag of medicine to an older man with a stick
# a-pharmacist-gives-a =


# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
# go-to-your-pharmacy =


# en: What it costs
# what-it-costs =


# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
# prescriptions-are-free-in =


# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
# you-may-need-to =


# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
# do-you-need-a =


# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
# only-say-you-get =


# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
# in-wales-your-prescriptions =

# en: When to ask your GP surgery instead
when-to-ask-your = ایپ کی جگہ GP سرجری سے کب پوچھیں

# en: Talk to your GP surgery if:
# talk-to-your-gp =


# en: your medicine is not on the list in the app
# your-medicine-is-not =


# en: you need a new medicine
# you-need-a-new =


# en: your medicine makes you feel unwell
# your-medicine-makes-you =


# en: the app says you need a medicine review
# the-app-says-you =


# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
# a-medicine-review-is =


# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
# have-you-run-out =


# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
# you-can-also-use =


# en: Check the name on the box when you get your medicine.
# check-the-name-on =


# en: Ask the pharmacist if you have a question about your medicine.
# ask-the-pharmacist-if =


# en: Do not order medicine you do not need.
# do-not-order-medicine =


# en: Do not wait until you have no medicine left.
# do-not-wait-until =

# en: nominated pharmacy
nominated-pharmacy = نامزد فارمیسی
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = وہ فارمیسی جسے آپ دوائیں لینے کے لیے چنتے ہیں۔ آپ کی GP سرجری آپ کے پریسکرپشن وہاں بھیجتی ہے۔

# en: prepayment certificate
# prepayment-certificate =


# en: a certificate you buy to get all your NHS prescriptions for one price
# a-certificate-you-buy =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: pharmacist
# pharmacist =


# en: an expert in medicines who works in a pharmacy
# an-expert-in-medicines =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

