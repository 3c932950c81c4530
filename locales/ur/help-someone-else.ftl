# اردو: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = کسی اور کی GP سروسز میں آن لائن مدد کریں
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = کیا آپ کسی کی دیکھ بھال کرتے ہیں؟ یا آپ ماں باپ یا گھر کے فرد ہیں؟ ہو سکتا ہے آپ NHS App میں ان کی مدد کر سکیں۔
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = پوچھنے میں تقریباً 15 منٹ۔ آپ کی GP سرجری کو اسے شروع کرنے میں چند دن لگ سکتے ہیں۔
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = آپ کی اپنی NHS App، آپ کے اپنے NHS login کے ساتھ
# en: The person you help, if they can agree to it
the-person-you-help = جس شخص کی آپ مدد کرتے ہیں، اگر وہ اس پر راضی ہو سکے
# en: Photo ID, for you and maybe for them
photo-id-for-you = تصویر والی شناخت، آپ کی اور شاید ان کی بھی
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: بالغوں کے لیے گھر والوں اور دیکھ بھال کرنے والوں کی رسائی (پراکسی رسائی) کیسے لیں
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: 16 سال سے کم عمر کے لیے معلومات – والدین یا سرپرست آپ کے ڈاکٹر کی سروسز استعمال کریں
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: پراکسی رسائی – لنکڈ پروفائل کا استعمال
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: پراکسی رسائی کیسے شروع کریں
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: NHS App – جو کچھ آپ کو جاننا ہے (پروفائل بدلنا)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: استعمال کی شرائط (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = ہو سکتا ہے آپ کسی کی دیکھ بھال کرتے ہوں۔ یا آپ کسی بچے، اپنے ماں باپ یا کسی دوست کی مدد کرتے ہوں۔
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = کیا آپ ان کی GP سروسز ان کے لیے آن لائن استعمال کرنا چاہتے ہیں؟ آپ اس کی اجازت مانگ سکتے ہیں۔ اسے **پراکسی رسائی** (proxy access) کہتے ہیں۔
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = پھر NHS App میں ان کی **لنکڈ پروفائل** (linked profile) بھی نظر آتی ہے۔ پروفائل ایپ کا وہ حصہ ہے جس میں ایک شخص کی تفصیلات ہوتی ہیں۔
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **کیا آپ کی GP سرجری ویلز میں ہے؟** ان سے پوچھیں کہ آپ کسی کی آن لائن مدد کیسے کر سکتے ہیں۔ یہ گائیڈ انگلینڈ کی NHS App کے بارے میں ہے۔
# en: What you may be able to do
what-you-may-be = آپ کیا کر سکتے ہیں
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = آپ کیا کر سکتے ہیں، یہ GP سرجری طے کرتی ہے۔ ہو سکتا ہے آپ یہ کر سکیں:
# en: A calendar with one day circled
a-calendar-with-one = ایک کیلنڈر جس میں ایک دن پر دائرہ ہے
# en: book and cancel their appointments
book-and-cancel-their = ان کی اپائنٹمنٹس بک اور کینسل کرنا
# en: A medicine box and a pill
a-medicine-box-and = دوا کا ایک ڈبہ اور ایک گولی
# en: order their repeat prescriptions
order-their-repeat-prescriptions = ان کے ریپیٹ پریسکرپشن منگوانا
# en: A folder with a heart on it
a-folder-with-a = ایک فولڈر جس پر دل بنا ہے
# en: see some or all of their GP health record
see-some-or-all = ان کا کچھ یا پورا GP صحت کا ریکارڈ دیکھنا
# en: Ask for access
ask-for-access = رسائی مانگیں
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = GP سرجری کے ڈیسک پر دو لوگ: دیکھ بھال کرنے والا اور ایک بزرگ آدمی
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = جس شخص کی آپ مدد کرتے ہیں، اس کی GP سرجری سے رابطہ کریں۔ پراکسی رسائی مانگیں۔
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = NHS App کے لیے آپ دونوں ایک ہی GP سرجری کے مریض ہونے چاہییں۔ ایسا نہیں ہے؟ تو سرجری بتا سکتی ہے کہ اس کی جگہ کیا استعمال کریں۔
# en: A form and a passport
a-form-and-a = ایک فارم اور ایک پاسپورٹ
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = ہو سکتا ہے آپ دونوں کو ایک فارم بھرنا پڑے۔ ہو سکتا ہے آپ کو تصویر والی شناخت بھی دکھانی پڑے۔
# en: A person nods and signs a form
a-person-nods-and = ایک شخص سر ہلا کر ہاں کہتا ہے اور فارم پر دستخط کرتا ہے
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = سرجری چیک کرتی ہے کہ جس شخص کی آپ مدد کرتے ہیں، وہ راضی ہے۔
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = کیا وہ سمجھ نہیں سکتے یا ہاں نہیں کہہ سکتے، مثلاً ڈیمنشیا کی وجہ سے؟ سرجری پھر بھی آپ کو رسائی دے سکتی ہے۔ وہ طے کرتی ہے کہ ان کے لیے کیا بہتر ہے۔
# en: A phone with a tick: access is ready
a-phone-with-a = ٹک کے نشان والا ایک فون: رسائی تیار ہے
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = سرجری اسے شروع کر دیتی ہے۔ تیار ہونے پر وہ آپ کو بتاتی ہے۔
# en: Use their profile
use-their-profile = ان کی پروفائل استعمال کریں
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = ایک فون جس پر 2 چہرے ہیں۔ ایک تیر ایک چہرے سے دوسرے کی طرف جاتا ہے۔
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = NHS App کھولیں اور اپنے NHS login سے لاگ ان کریں۔
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = جس شخص کی آپ مدد کرتے ہیں اس کا نام چنیں۔ اب آپ ان کے لیے بک کر سکتے ہیں یا دوا منگوا سکتے ہیں۔
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = ایک فون جس کے اوپر رنگین پٹی ہے۔ یہ دکھاتی ہے کہ پروفائل کس کی ہے۔
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = ایپ دکھاتی ہے کہ آپ کس کی پروفائل استعمال کر رہے ہیں۔ بک کرنے یا منگوانے سے پہلے نام چیک کریں۔
# en: Go back to your own profile when you finish.
go-back-to-your = کام ختم کر کے اپنی پروفائل پر واپس جائیں۔
# en: What you cannot do
what-you-cannot-do = آپ کیا نہیں کر سکتے
# en: You cannot do more than the surgery allows.
you-cannot-do-more = سرجری جتنی اجازت دے، آپ اس سے زیادہ نہیں کر سکتے۔
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = ان کا NHS login یا پاس ورڈ استعمال نہ کریں۔ اپنا استعمال کریں۔
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = بچہ 16 سال کا ہو جائے تو ماں باپ کی رسائی ختم ہو جاتی ہے۔ پھر بچہ خود چن سکتا ہے کہ کون اس کی مدد کرے۔
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = جس کی آپ مدد کرتے ہیں، وہ سرجری سے آپ کی رسائی بدلوا سکتا ہے۔ وہ اسے بند بھی کروا سکتا ہے۔
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = اپنا ریکارڈ دیکھنا چاہتے ہیں؟ دیکھیں: [اپنا صحت کا ریکارڈ کیسے دیکھیں]({ $link1 })۔
# en: proxy access
proxy-access = پراکسی رسائی
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = جب GP سرجری آپ کو کسی اور کی کچھ آن لائن سروسز استعمال کرنے دے
# en: log in
log-in = لاگ ان
# en: type your email address and password to get into your account
type-your-email-address = اپنے اکاؤنٹ میں جانے کے لیے اپنا ای میل ایڈریس اور پاس ورڈ ٹائپ کرنا
