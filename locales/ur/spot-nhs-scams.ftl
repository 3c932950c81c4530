# اردو: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = NHS کے نام سے جعلی ٹیکسٹ، ای میل اور کال پہچانیں
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = کچھ فراڈ کرنے والے خود کو NHS بتاتے ہیں۔ جانیں کہ انہیں کیسے پہچانیں۔ اور جانیں کہ اگر آپ نے لنک دبا دیا تو کیا کریں۔
# en: About 10 minutes to read
about-10-minutes-to = پڑھنے میں تقریباً 10 منٹ
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = کچھ نہیں۔ ضرورت پڑنے سے پہلے یہ گائیڈ پڑھ لیں۔
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): مشکوک سرگرمی کی رپورٹ کیسے کریں
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): فشنگ (دھوکے والے پیغامات)
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: Report Fraud سروس شروع ہو گئی (4 دسمبر 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: فراڈ والے ٹیکسٹ اور موبائل کالز کی 7726 پر رپورٹ کیسے کریں
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: فراڈ سے بچیں (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: پیسے منتقل کرنے کی درخواستوں کے بارے میں مشورہ
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: کیا واقعی آپ کا بینک فون کر رہا ہے؟ (159 سروس)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = Metropolitan Police neighbourhood alert: بینک یا پولیس بن کر کی جانے والی فراڈ فون کالز
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: فراڈ سے ہوشیار رہیں (NHS کبھی کیا نہیں مانگے گا)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = فراڈ ایک دھوکا ہے، جس سے کوئی آپ کے پیسے یا معلومات چراتا ہے۔ فراڈ کرنے والے کچھ لوگ خود کو NHS بتاتے ہیں۔ وہ ٹیکسٹ اور ای میل بھیجتے ہیں، یا آپ کو فون کرتے ہیں۔
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = NHS کبھی ٹیکسٹ، ای میل یا فون پر بینک کی تفصیلات نہیں مانگے گا۔
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = NHS کبھی آپ کا پاس ورڈ یا PIN نہیں مانگے گا۔ PIN ایک خفیہ نمبر ہوتا ہے۔
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = NHS App مفت ہے۔ اسے استعمال کرنے کے لیے آپ کو کبھی پیسے نہیں دینے پڑتے۔
# en: Spot a scam
spot-a-scam = فراڈ کو پہچانیں
# en: Be careful with any text, email or call that:
be-careful-with-any = کسی ٹیکسٹ، ای میل یا کال سے ہوشیار رہیں، اگر:
# en: A bank card next to a question mark
a-bank-card-next-2 = ایک بینک کارڈ، اور ساتھ سوالیہ نشان
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = وہ آپ کے بینک کی تفصیلات، پاس ورڈ یا PIN مانگے
# en: A hand holding out coins
a-hand-holding-out = ایک ہاتھ جو سکے آگے بڑھا رہا ہے
# en: asks you to pay money
asks-you-to-pay = وہ آپ سے پیسے دینے کو کہے
# en: A clock next to a warning sign
a-clock-next-to = ایک گھڑی، اور ساتھ خطرے کا نشان
# en: says you must act fast, or something bad will happen
says-you-must-act = وہ کہے کہ فوراً کچھ کریں، ورنہ کچھ برا ہو جائے گا
# en: A chain link next to a question mark
a-chain-link-next = زنجیر کی ایک کڑی، اور ساتھ سوالیہ نشان
# en: has a link to a website you do not know
has-a-link-to = اس میں کسی ایسی ویب سائٹ کا لنک ہو جسے آپ نہیں جانتے
# en: A page of writing with some words crossed out
a-page-of-writing = لکھائی والا ایک صفحہ، جس میں کچھ الفاظ کٹے ہوئے ہیں
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = اس میں ہجے کی غلطیاں ہوں، یا وہ کچھ عجیب سا لگے
# en: Texts, emails and calls
texts-emails-and-calls = ٹیکسٹ، ای میل اور کالز
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = ایک فون، جس کی اسکرین پر ایک پیغام اور ایک پیلا خطرے کا نشان ہے
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = فراڈ والا ٹیکسٹ ایسا لگ سکتا ہے جیسے NHS سے آیا ہو۔
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = لنک دبانے سے آپ کسی ویب سائٹ پر پہنچ جاتے ہیں۔ فراڈ کا لنک NHS کے اصلی لنک جیسا لگ سکتا ہے۔ اگر آپ کو یقین نہ ہو تو اسے نہ دبائیں۔
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = اس کی جگہ خود NHS App کھولیں۔ یا خود [nhs.uk]({ $link1 }) پر جائیں۔
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = ایک خط، جس میں ایک پیلا خطرے کا نشان اور ایک لنک ہے
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = فراڈ کی ای میل اصلی لگ سکتی ہے۔ اس میں NHS کا نام اور رنگ ہو سکتے ہیں۔
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = جس ای میل کی توقع نہ تھی، اس کے لنک یا فائلیں نہ کھولیں۔
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = فون کی اسکرین پر ایک کال، اور ایک پیلا خطرے کا نشان
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = کوئی آپ کو فون کر کے کہہ سکتا ہے کہ وہ NHS سے ہے۔ یا آپ کی GP سرجری یا بینک سے۔
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = GP سرجری وہ جگہ ہے جہاں آپ کا فیملی ڈاکٹر کام کرتا ہے۔
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = اصلی فون کرنے والا آپ کو جانچنے کا وقت دیتا ہے۔ اگر آپ کو یقین نہ ہو تو فون بند کر دیں۔ پھر انہیں کسی ایسے نمبر پر فون کریں جو آپ پہلے سے جانتے ہیں۔
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = فراڈ کرنے والے آپ کے فون پر جعلی نمبر دکھا سکتے ہیں۔ اس لیے صرف نمبر دیکھ کر بھروسہ نہ کریں۔
# en: What to do with a scam
what-to-do-with = فراڈ والے پیغام کا کیا کریں
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = ایک فون جس پر پیغام اور ایک تیر ہے۔ تیر دکھاتا ہے کہ آپ پیغام آگے بھیجتے ہیں۔
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = کیا آپ کو فراڈ والا ٹیکسٹ ملا ہے؟ اسے **7726** پر آگے بھیج دیں۔ یہ مفت ہے۔
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = پھر آپ کو جواب میں ایک ٹیکسٹ آتا ہے۔ اس میں پوچھا جاتا ہے کہ فراڈ والا ٹیکسٹ کس نمبر سے آیا تھا۔ وہ نمبر بھی بھیج دیں۔
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = اس سے فون کمپنیوں کو فراڈ روکنے میں مدد ملتی ہے۔ پھر ٹیکسٹ ڈیلیٹ کر دیں۔
# en: A letter going into a bin
a-bin-with-a = ایک خط جو کوڑے دان میں جا رہا ہے
# en: Got a scam email? Do not reply to it.
got-a-scam-email = کیا آپ کو فراڈ والی ای میل ملی ہے؟ اس کا جواب نہ دیں۔
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = اسے [report@phishing.gov.uk]({ $link1 }) پر آگے بھیج دیں۔ پھر اسے ڈیلیٹ کر دیں۔ آپ اسے جنک (junk) یا اسپام (spam) میں بھی ڈال سکتے ہیں۔
# en: If you tapped a link or gave your details
if-you-tapped-a = اگر آپ نے لنک دبا دیا یا اپنی معلومات دے دیں
# en: Do not panic, but act fast.
do-not-panic-but = گھبرائیں نہیں، مگر جلدی کریں۔
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = یہ آپ کی غلطی نہیں ہے۔ فراڈ سے کوئی بھی دھوکا کھا سکتا ہے۔
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = لال رنگ کا رکنے کا نشان، جس پر سفید ہاتھ ہے۔ ساتھ میں ایک فون ہے۔
# en: Close the website. Do not type anything into it.
close-the-website-do = ویب سائٹ بند کر دیں۔ اس میں کچھ بھی ٹائپ نہ کریں۔
# en: A bank card next to a phone: call your bank
a-bank-card-next = فون کے ساتھ ایک بینک کارڈ: اپنے بینک کو فون کریں
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = کیا آپ نے اپنے بینک کی تفصیلات دیں یا پیسے دیے؟ ابھی اپنے بینک کو فون کریں۔
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = اپنے بینک کارڈ کی پچھلی طرف لکھا فون نمبر استعمال کریں۔ یا **159** پر کال کریں۔ اس سے آپ محفوظ طریقے سے زیادہ تر بینکوں تک پہنچ جاتے ہیں۔
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = اپنے پیسے کبھی کسی «محفوظ اکاؤنٹ» (safe account) میں منتقل نہ کریں۔ اصلی بینک آپ سے کبھی ایسا کرنے کو نہیں کہتا۔
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = ایک تالا جس کے گرد 2 تیر گھوم رہے ہیں، نئے پاس ورڈ کے لیے
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = کیا آپ نے پاس ورڈ ٹائپ کیا تھا؟ اسے ابھی بدلیں۔ جن اکاؤنٹس میں یہی پاس ورڈ ہے، ان سب میں اسے بدلیں۔
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = ایک بڑی عمر کی خاتون ایک نوجوان سے بات کر رہی ہیں۔ وہ سنتا ہے اور ان کی مدد کرتا ہے۔
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = کسی ایسے شخص کو بتائیں جس پر آپ بھروسہ کرتے ہیں۔ وہ یہ جاننے میں مدد کر سکتا ہے کہ آگے کیا کرنا ہے۔
# en: A police officer’s hat next to a phone
a-police-officer-s = پولیس افسر کی ٹوپی، اور ساتھ ایک فون
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = فراڈ کی رپورٹ **Report Fraud** کو کریں۔ [reportfraud.police.uk]({ $link1 }) پر جائیں یا **0300 123 2040** پر کال کریں۔
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = دسمبر 2025 میں Report Fraud نے Action Fraud کی جگہ لے لی۔
# en: Remember
remember = یاد رکھیں
# en: Stop and think before you tap a link.
stop-and-think-before = لنک دبانے سے پہلے رکیں اور سوچیں۔
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = اگر یقین نہ ہو تو کسی بھروسے والے شخص سے پوچھیں۔
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = جو بھی رابطہ کرے، اسے بینک کی تفصیلات، پاس ورڈ یا PIN نہ دیں۔
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = ایسے ٹیکسٹ یا ای میل کا جواب نہ دیں جو فراڈ ہو سکتا ہو۔
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = مزید سیکھنے کے لیے مدد چاہیے؟ دیکھیں: [آن لائن ہونے کے لیے مدد کیسے لیں]({ $link1 })۔
# en: junk
junk = جنک
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = ان ای میلز کا فولڈر جو غیر ضروری یا غیر محفوظ لگتی ہیں
# en: spam
spam = اسپام
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = ایسے پیغامات جو آپ نے نہیں مانگے۔ ان میں سے بہت سے فراڈ ہوتے ہیں۔
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
