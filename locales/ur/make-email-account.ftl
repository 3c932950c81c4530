# اردو: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = ای میل اکاؤنٹ بنائیں
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = مفت ای میل ایڈریس بنائیں۔ یہ NHS App کے لیے اور آن لائن بہت سے دوسرے کاموں کے لیے چاہیے۔
# en: About 15 minutes
about-15-minutes = تقریباً 15 منٹ
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = انٹرنیٹ والا فون، ٹیبلیٹ یا کمپیوٹر
# en: Your mobile phone, to get a code
your-mobile-phone-to = آپ کا موبائل فون، کوڈ حاصل کرنے کے لیے
# en: A pen and paper
a-pen-and-paper = قلم اور کاغذ
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (NCSC کے ساتھ): Be Cyber Aware – اپنی ای میل محفوظ رکھیں
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: کیا آپ نے اپنا ای میل اکاؤنٹ محفوظ کیا ہے؟ (NCSC Cyber Aware سے)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC اور CyberScotland: پاس ورڈ اور 2 مرحلوں والی تصدیق
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: Gmail میں سائن ان کا صفحہ (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: ای میل ایڈریس کیسے بنائیں (اکاؤنٹ واپس لینے کے لیے فون نمبر)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = ای میل ایڈریس انٹرنیٹ پر پیغاموں کے لیے ڈاک کے پتے جیسا ہوتا ہے۔ یہ **name@example.com** جیسا دکھتا ہے۔
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = NHS App لینے کے لیے آپ کو ای میل ایڈریس چاہیے۔ بہت سی مفت ای میل سروسز پر آپ یہ بنا سکتے ہیں۔
# en: Choose a free email service
choose-a-free-email = مفت ای میل سروس چنیں
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = مختلف رنگوں کے دو خط ساتھ ساتھ، 2 ای میل سروسز کے لیے
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = مفت ای میل سروس چنیں۔ Google کی Gmail اور Microsoft کی Outlook ان میں سے 2 ہیں۔
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = کسی دوست یا لائبریری کے مددگار سے پوچھیں کہ وہ کون سی استعمال کرتے ہیں۔ وہ اس میں آپ کی مدد کر سکتے ہیں۔
# en: A phone with a button at the bottom of the screen
a-phone-with-a = ایک فون جس کی اسکرین کے نیچے ایک بٹن ہے
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = ای میل ایپ کھولیں، یا سروس کی ویب سائٹ پر جائیں۔ **Create account** (اکاؤنٹ بنائیں) دبائیں۔
# en: Tell them about you
tell-them-about-you = اپنے بارے میں بتائیں
# en: A form with lines for a name and a date of birth
a-form-with-lines = ایک فارم جس میں نام اور تاریخ پیدائش کے لیے لکیریں ہیں
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = اپنا پہلا نام اور آخری نام ٹائپ کریں۔ پھر اپنی تاریخ پیدائش ٹائپ کریں۔
# en: Choose your email address
choose-your-email-address = اپنا ای میل ایڈریس چنیں
# en: A letter with an @ sign made of lines
a-letter-with-an = ایک خط جس پر لکیروں سے @ کا نشان بنا ہے
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = اپنے ای میل ایڈریس کا پہلا حصہ چنیں۔ مثلاً آپ کا نام اور کچھ نمبر۔
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = ہو سکتا ہے یہ کسی اور نے پہلے ہی لے لیا ہو۔ پھر کوئی دوسرا آزمائیں۔ اپنا نیا ای میل ایڈریس کاغذ پر لکھ لیں۔
# en: Make a strong password
make-a-strong-password = مضبوط پاس ورڈ بنائیں
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = ایک قطار میں 3 کارڈ، 3 الگ الگ لفظوں کے لیے
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = 3 ایسے لفظوں سے پاس ورڈ بنائیں جن کا آپس میں کوئی تعلق نہ ہو۔ مثلاً 3 ایسی چیزیں سوچیں جو آپ کو ابھی نظر آ رہی ہیں۔
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = اپنا نام، اپنی سالگرہ یا پالتو جانور کا نام استعمال نہ کریں۔ یہ پاس ورڈ کہیں اور استعمال نہ کریں۔
# en: A notebook in a drawer, kept at home
a-notebook-in-a = دراز میں رکھی ایک کاپی، گھر پر
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = ضرورت ہو تو اپنا پاس ورڈ لکھ لیں۔ اسے گھر پر کسی محفوظ جگہ رکھیں۔
# en: Add your phone number
add-your-phone-number = اپنا فون نمبر شامل کریں
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = ایک فون جس پر بات کا غبارہ ہے۔ غبارے میں کوڈ کے 6 نقطے ہیں۔
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = اپنا موبائل فون نمبر ٹائپ کریں۔ سروس آپ کو ٹیکسٹ میسج میں ایک کوڈ بھیجتی ہے۔ وہ کوڈ ٹائپ کریں۔
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = پاس ورڈ بھول جائیں تو فون نمبر سے آپ دوبارہ اکاؤنٹ میں جا سکتے ہیں۔
# en: Turn on 2-step verification
turn-on-2-step = 2 مرحلوں والی تصدیق آن کریں
# en: A padlock and a phone with a tick
a-padlock-and-a = ایک تالا، اور ٹک کے نشان والا ایک فون
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = **2 مرحلوں والی تصدیق** (2-step verification) آن کریں۔ اسے اپنے اکاؤنٹ کی سیٹنگز میں ڈھونڈیں۔
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = پھر نئے فون یا کمپیوٹر پر آپ کو پاس ورڈ اور ایک کوڈ، دونوں چاہییں۔ چور صرف پاس ورڈ سے اندر نہیں جا سکتا۔
# en: Send a test email
send-a-test-email = آزمائشی ای میل بھیجیں
# en: A letter flying from one phone to another
a-letter-flying-from = ایک خط جو ایک فون سے دوسرے فون کی طرف اڑ رہا ہے
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = کسی دوست کو ای میل بھیجیں۔ ان سے جواب دینے کو کہیں۔ اب آپ جانتے ہیں کہ یہ کام کرتی ہے۔
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = اس کے بعد آپ [NHS App حاصل کر سکتے ہیں]({ $link1 })۔ یہ بھی سیکھیں کہ [NHS کے نام پر جعلی ای میلز کیسے پہچانیں]({ $link2 })۔
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = کسی کو اپنا پاس ورڈ نہ بتائیں۔ کسی مددگار کو بھی نہیں۔
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = انجان لوگوں کی ایسی ای میلز نہ کھولیں جن کی آپ کو توقع نہیں تھی۔
# en: verification
verification = تصدیق
# en: a check that it is really you
a-check-that-it = یہ جانچ کہ واقعی آپ ہی ہیں
# en: settings
settings = سیٹنگز
# en: the part of an app or phone where you choose how it works
the-part-of-an = ایپ یا فون کا وہ حصہ جہاں آپ چنتے ہیں کہ وہ کیسے کام کرے
# en: tap
tap = دبائیں
# en: touch the screen with your finger
touch-the-screen-with = اپنی انگلی سے اسکرین کو چھونا
