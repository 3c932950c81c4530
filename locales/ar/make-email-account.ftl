# العربية: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = أنشئ حساب بريد إلكتروني
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = احصل على عنوان بريد إلكتروني مجاني. تحتاج إليه لتطبيق NHS App ولأشياء كثيرة أخرى على الإنترنت.
# en: About 15 minutes
about-15-minutes = 15 دقيقة تقريبًا
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = هاتف أو جهاز لوحي أو كمبيوتر متصل بالإنترنت
# en: Your mobile phone, to get a code
your-mobile-phone-to = هاتفك المحمول، لتستلم رمزًا
# en: A pen and paper
a-pen-and-paper = قلم وورقة
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (مع NCSC): Be Cyber Aware – احمِ بريدك الإلكتروني
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: هل أمّنت حساب بريدك الإلكتروني؟ (من NCSC Cyber Aware)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC و CyberScotland: كلمات المرور والتحقق بخطوتين
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: صفحة تسجيل الدخول إلى Gmail (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: كيف تنشئ عنوان بريد إلكتروني (رقم هاتف لاستعادة الحساب)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = عنوان البريد الإلكتروني مثل العنوان البريدي، لكنه للرسائل على الإنترنت. يبدو هكذا: **name@example.com**.
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = تحتاج إلى عنوان بريد إلكتروني لتحصل على تطبيق NHS App. خدمات بريد إلكتروني مجانية كثيرة تتيح لك أن تنشئ عنوانًا.
# en: Choose a free email service
choose-a-free-email = اختر خدمة بريد إلكتروني مجانية
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = ظرفان بلونين مختلفين جنبًا إلى جنب، لخدمتين من خدمات البريد الإلكتروني
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = اختر خدمة بريد إلكتروني مجانية. من هذه الخدمات Gmail من Google، و Outlook من Microsoft.
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = اسأل صديقًا أو مساعدًا في المكتبة أي خدمة يستخدم. يستطيع أن يساعدك فيها.
# en: A phone with a button at the bottom of the screen
a-phone-with-a = هاتف في أسفل شاشته زر
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = افتح تطبيق البريد الإلكتروني، أو اذهب إلى موقع الخدمة. اضغط على **Create account** (إنشاء حساب).
# en: Tell them about you
tell-them-about-you = أخبرهم عن نفسك
# en: A form with lines for a name and a date of birth
a-form-with-lines = نموذج فيه سطور للاسم وتاريخ الميلاد
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = اكتب اسمك الأول واسم عائلتك. ثم اكتب تاريخ ميلادك.
# en: Choose your email address
choose-your-email-address = اختر عنوان بريدك الإلكتروني
# en: A letter with an @ sign made of lines
a-letter-with-an = ظرف عليه علامة @ مرسومة بخطوط
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = اختر الجزء الأول من عنوان بريدك الإلكتروني. مثلًا: اسمك وبعض الأرقام.
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = قد يكون شخص آخر أخذه من قبل. عندها جرّب عنوانًا آخر. اكتب عنوان بريدك الجديد على ورقة.
# en: Make a strong password
make-a-strong-password = أنشئ كلمة مرور قوية
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = 3 بطاقات في صف، لـ 3 كلمات عشوائية
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = اصنع كلمة مرور من 3 كلمات عشوائية. مثلًا: فكّر في 3 أشياء تراها الآن.
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = لا تستخدم اسمك، أو تاريخ ميلادك، أو اسم حيوانك الأليف. لا تستخدم كلمة المرور هذه في أي مكان آخر.
# en: A notebook in a drawer, kept at home
a-notebook-in-a = دفتر في درج، محفوظ في البيت
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = اكتب كلمة المرور على ورقة إذا احتجت إلى ذلك. احفظها في مكان آمن في البيت.
# en: Add your phone number
add-your-phone-number = أضف رقم هاتفك
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = هاتف عليه فقاعة كلام. في الفقاعة 6 نقاط مكان أرقام الرمز.
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = اكتب رقم هاتفك المحمول. ترسل لك الخدمة رمزًا في رسالة نصية. اكتب الرمز.
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = رقم هاتفك يساعدك على الدخول مرة أخرى إذا نسيت كلمة المرور.
# en: Turn on 2-step verification
turn-on-2-step = شغّل التحقق بخطوتين (2-step verification)
# en: A padlock and a phone with a tick
a-padlock-and-a = قفل وهاتف عليه علامة صح
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = شغّل **2-step verification** (التحقق بخطوتين). ابحث عنه في الإعدادات، في حسابك.
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = بعد ذلك، على هاتف أو كمبيوتر جديد، تحتاج إلى كلمة المرور ورمز. لا يستطيع اللص أن يدخل بكلمة المرور وحدها.
# en: Send a test email
send-a-test-email = أرسل رسالة تجربة
# en: A letter flying from one phone to another
a-letter-flying-from = ظرف يطير من هاتف إلى آخر
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = أرسل رسالة بريد إلكتروني إلى صديق. اطلب منه أن يرد. الآن تعرف أن البريد يعمل.
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = بعد ذلك، يمكنك أن [تحصل على تطبيق NHS App]({ $link1 }). وتعلّم أيضًا كيف [تكشف رسائل البريد الإلكتروني المزيفة باسم NHS]({ $link2 }).
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = لا تخبر أحدًا بكلمة المرور. ولا حتى من يساعدك.
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = لا تفتح رسائل لم تتوقعها من أشخاص لا تعرفهم.
# en: verification
verification = verification
# en: a check that it is really you
a-check-that-it = تأكيد أنك أنت فعلًا
# en: settings
settings = الإعدادات
# en: the part of an app or phone where you choose how it works
the-part-of-an = جزء في التطبيق أو الهاتف تختار فيه كيف يعمل
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
