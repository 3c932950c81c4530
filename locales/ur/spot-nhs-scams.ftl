# اردو: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = NHS کے نام سے جعلی ٹیکسٹ، ای میل اور کال پہچانیں
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
# stale: the words above changed; before, they were: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you clicked a link.
some-scams-pretend-to = کچھ فراڈ کرنے والے خود کو NHS بتاتے ہیں۔ جانیں کہ انہیں کیسے پہچانیں۔ اور جانیں کہ اگر آپ نے لنک دبا دیا تو کیا کریں۔
# en: About 10 minutes to read
about-10-minutes-to = پڑھنے میں تقریباً 10 منٹ
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = کچھ نہیں۔ ضرورت پڑنے سے پہلے یہ گائیڈ پڑھ لیں۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: National Cyber Security Centre: Phishing: spot and report scam emails, texts, websites and calls
national-cyber-security-centre = National Cyber Security Centre: فشنگ۔ جعلی ای میل، ٹیکسٹ، ویب سائٹ اور کال پہچانیں اور رپورٹ کریں۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: nhs.uk: NHS App help and support
nhs-uk-nhs-app = nhs.uk: NHS App کے بارے میں مدد اور معلومات

# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
# report-fraud-reportfraud-police =


# en: Report Fraud (reportfraud.police.uk): Phishing
# report-fraud-reportfraud-police-2 =


# en: City of London Police: Report Fraud service goes live (4 December 2025)
# city-of-london-police =


# en: Ofcom: How to report scam texts and mobile calls to 7726
# ofcom-how-to-report =


# en: Mobile UK: Protect against fraud (7726)
# mobile-uk-protect-against =

# en: Take Five to Stop Fraud: advice on requests to move money
# stale: the words above changed; before, they were: Take Five to Stop Fraud: advice on scam texts, emails and calls
take-five-to-stop = Take Five to Stop Fraud: جعلی ٹیکسٹ، ای میل اور کال کے بارے میں مشورہ

# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
# matthew-barber-mp-is =


# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
# metropolitan-police-neighbourhood-alert =


# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
# nhs-lancashire-and-south =

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
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a = ایک فون، جس کی اسکرین پر ایک پیغام اور ایک پیلا خطرے کا نشان ہے
# en: Be careful with any text, email or call that:
be-careful-with-any = کسی ٹیکسٹ، ای میل یا کال سے ہوشیار رہیں، اگر:

# en: A bank card next to a question mark
# a-bank-card-next-2 =

# en: asks for your bank details, a password or a PIN
asks-for-your-bank = وہ آپ کے بینک کی تفصیلات، پاس ورڈ یا PIN مانگے

# en: A hand holding out coins
# a-hand-holding-out =

# en: asks you to pay money
asks-you-to-pay = وہ آپ سے پیسے دینے کو کہے

# en: A clock next to a warning sign
# a-clock-next-to =

# en: says you must act fast, or something bad will happen
says-you-must-act = وہ کہے کہ فوراً کچھ کریں، ورنہ کچھ برا ہو جائے گا

# en: A chain link next to a question mark
# a-chain-link-next =

# en: has a link to a website you do not know
has-a-link-to = اس میں کسی ایسی ویب سائٹ کا لنک ہو جسے آپ نہیں جانتے

# en: A page of writing with some words crossed out
# a-page-of-writing =

# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = اس میں ہجے کی غلطیاں ہوں، یا وہ کچھ عجیب سا لگے
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A phone showing a link. A fish hook hangs from it, like a trap.
a-phone-showing-a = ایک فون جس پر لنک ہے۔ اس سے مچھلی پکڑنے کا کانٹا لٹک رہا ہے، جیسے کوئی پھندا۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Take care with links. A link takes you to a website when you tap it.
take-care-with-links = لنک سے ہوشیار رہیں۔ لنک دبانے سے آپ کسی ویب سائٹ پر پہنچ جاتے ہیں۔

# en: Texts, emails and calls
# texts-emails-and-calls =


# en: A phone with a message on the screen and a yellow warning sign
# a-phone-with-a-3 =


# en: A scam text can look like it comes from the NHS.
# a-scam-text-can =

# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
# stale: the words above changed; before, they were: A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = فراڈ کا لنک NHS کے اصلی لنک جیسا لگ سکتا ہے۔ اگر آپ کو یقین نہ ہو تو اسے نہ دبائیں۔
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = اس کی جگہ خود NHS App کھولیں۔ یا خود [nhs.uk]({ $link1 }) پر جائیں۔

# en: A letter with a yellow warning sign and a link in it
# a-letter-with-a-2 =


# en: A scam email can look real. It may use the NHS name and colours.
# a-scam-email-can-2 =


# en: Do not open links or files in an email you did not expect.
# do-not-open-links-2 =

# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = فون کی اسکرین پر ایک کال، اور ایک پیلا خطرے کا نشان
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
# stale: the words above changed; before, they were: Someone may phone and say they are from the NHS or your GP surgery. A GP surgery is where your family doctor works.
someone-may-phone-and = کوئی آپ کو فون کر سکتا ہے۔ وہ کہہ سکتا ہے کہ وہ NHS یا آپ کی GP سرجری سے ہے۔ GP سرجری وہ جگہ ہے جہاں آپ کا فیملی ڈاکٹر کام کرتا ہے۔

# en: A GP surgery is where your family doctor works.
# a-gp-surgery-is =

# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
# stale: the words above changed; before, they were: If you are not sure, hang up. Then phone your GP surgery on a number you already know.
if-you-are-not = اگر آپ کو یقین نہ ہو تو فون بند کر دیں۔ پھر اپنی GP سرجری کو کسی جانے پہچانے نمبر پر فون کریں۔
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = فراڈ کرنے والے آپ کے فون پر جعلی نمبر دکھا سکتے ہیں۔ اس لیے صرف نمبر دیکھ کر بھروسہ نہ کریں۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A letter with a fish hook in it, like a trap
a-letter-with-a = ایک خط جس میں مچھلی پکڑنے کا کانٹا ہے، جیسے کوئی پھندا
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can = فراڈ کی ای میل اصلی لگ سکتی ہے۔ اس میں NHS کا نام اور رنگ ہو سکتے ہیں۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Do not open links or files in an email you did not expect.
do-not-open-links = جس ای میل کی توقع نہ تھی، اس کے لنک یا فائلیں نہ کھولیں۔
# en: What to do with a scam
what-to-do-with = فراڈ والے پیغام کا کیا کریں
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = ایک فون جس پر پیغام اور ایک تیر ہے۔ تیر دکھاتا ہے کہ آپ پیغام آگے بھیجتے ہیں۔
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = کیا آپ کو فراڈ والا ٹیکسٹ ملا ہے؟ اسے **7726** پر آگے بھیج دیں۔ یہ مفت ہے۔

# en: You then get a text back. It asks for the number the scam came from. Send that number too.
# you-then-get-a =

# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = اس سے فون کمپنیوں کو فراڈ روکنے میں مدد ملتی ہے۔ پھر ٹیکسٹ ڈیلیٹ کر دیں۔
# en: A letter going into a bin
# stale: the words above changed; before, they were: A bin with a letter going into it
a-bin-with-a = ایک کوڑے دان، جس میں ایک خط جا رہا ہے
# en: Got a scam email? Do not reply to it.
got-a-scam-email = کیا آپ کو فراڈ والی ای میل ملی ہے؟ اس کا جواب نہ دیں۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Mark it as junk or spam. Then delete it.
mark-it-as-junk = اسے جنک یا اسپام کے طور پر نشان زد کریں۔ پھر اسے ڈیلیٹ کر دیں۔

# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
# forward-it-to-report =

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
# stale: the words above changed; before, they were: Use the phone number on the back of your bank card.
use-the-phone-number = اپنے بینک کارڈ کی پچھلی طرف لکھا فون نمبر استعمال کریں۔

# en: Never move your money to a “safe account”. A real bank never asks you to do this.
# never-move-your-money =

# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = ایک تالا جس کے گرد 2 تیر گھوم رہے ہیں، نئے پاس ورڈ کے لیے
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = کیا آپ نے پاس ورڈ ٹائپ کیا تھا؟ اسے ابھی بدلیں۔ جن اکاؤنٹس میں یہی پاس ورڈ ہے، ان سب میں اسے بدلیں۔
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = ایک بڑی عمر کی خاتون ایک نوجوان سے بات کر رہی ہیں۔ وہ سنتا ہے اور ان کی مدد کرتا ہے۔
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = کسی ایسے شخص کو بتائیں جس پر آپ بھروسہ کرتے ہیں۔ وہ یہ جاننے میں مدد کر سکتا ہے کہ آگے کیا کرنا ہے۔
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: You can also report the scam. Your bank or the police can tell you how.
you-can-also-report = آپ فراڈ کی رپورٹ بھی کر سکتے ہیں۔ آپ کا بینک یا پولیس بتا سکتی ہے کہ کیسے۔

# en: A police officer’s hat next to a phone
# a-police-officer-s =


# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
# report-the-scam-to =


# en: Report Fraud took over from Action Fraud in December 2025.
# report-fraud-took-over =

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
# junk =


# en: a folder for emails that look unwanted or unsafe
# a-folder-for-emails =


# en: spam
# spam =


# en: messages you did not ask for. Many of them are scams.
# messages-you-did-not =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

