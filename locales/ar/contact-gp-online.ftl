# العربية: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = تواصل مع عيادة طبيبك العام عبر الإنترنت
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = استخدم نموذج عيادة طبيبك العام على الإنترنت لتطلب مساعدة أو موعدًا أو دواءً.
# en: About 10 minutes
about-10-minutes = 10 دقائق تقريبًا
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = هاتف أو جهاز لوحي أو كمبيوتر متصل بالإنترنت
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = موقع عيادة طبيبك العام على الإنترنت، أو تطبيق NHS App
# en: A few words about what you need
a-few-words-about = بضع كلمات عمّا تحتاج إليه
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: عقد الأطباء العامين – ما تحتاج إلى معرفته (29 سبتمبر 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: أنت وعيادة طبيبك العام (ميثاق المرضى)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: يجب أن تبقى نماذج العيادات مفتوحة من 8 صباحًا إلى 6:30 مساءً، من 1 أكتوبر 2025
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: على الأطباء العامين فرز طلبات المرضى (ما يحدث خلال يوم عمل واحد)
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: الإشعارات والرسائل في تطبيق NHS App
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: متى تتصل بالرقم 999
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = لعيادة طبيبك العام نموذج على الإنترنت. يمكنك أن تستخدمه لتطلب المساعدة دون أن تتصل بالهاتف. الطبيب العام (GP) هو طبيب العائلة.
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = النموذج مفتوح من 8 صباحًا إلى 6:30 مساءً، من الاثنين إلى الجمعة. يجب على كل عيادة طبيب عام في إنجلترا أن تُبقيه مفتوحًا في هذه الأوقات.
# en: An ambulance with its blue lights on
an-ambulance-with-its = سيارة إسعاف أضواؤها الزرقاء مضاءة
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = النموذج ليس لحالات الطوارئ. **اتصل بالرقم 999** إذا كانت حياة شخص ما في خطر. اقرأ [متى تتصل بالرقم 999]({ $link1 }).
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = هل تحتاج إلى مساعدة سريعة، وعيادتك مغلقة؟ استخدم [خدمة NHS 111 عبر الإنترنت]({ $link1 }) أو اتصل بالرقم **111**.
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** اسألهم كيف تتواصل معهم عبر الإنترنت. القواعد في هذه الصفحة خاصة بإنجلترا.
# en: Find the form
find-the-form = ابحث عن النموذج
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = متصفح إنترنت يعرض موقع عيادة طبيب عام
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = اذهب إلى موقع عيادة طبيبك العام على الإنترنت. ابحث عن زر التواصل مع العيادة عبر الإنترنت.
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = يمكنك أيضًا أن تجده في تطبيق NHS App. افتح التطبيق ثم سجّل الدخول. ابحث عن خيار التواصل مع عيادة طبيبك العام.
# en: Fill in the form
fill-in-the-form = املأ النموذج
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = هاتف يعرض نموذجًا فيه 3 خيارات: دواء، وسؤال، وتقويم
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = اختر ما تحتاج إلى مساعدة فيه. مثلًا: مشكلة صحية، أو دواء، أو رسالة من العيادة.
# en: A phone with a form and a pencil
a-phone-with-a = هاتف عليه نموذج وقلم رصاص
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = أجب عن الأسئلة. قل ما المشكلة، ومنذ متى تعاني منها.
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = الكلمات القليلة تكفي. مثلًا: «ألم في الركبة منذ أسبوعين».
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = هاتف عليه فقاعة كلام وعلم، للغة أخرى
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = أخبرهم إذا كنت تحتاج إلى مترجم. وأخبرهم أيضًا إذا كنت تحتاج إلى مساعدة إضافية. مثلًا: موعد أطول، أو مكان هادئ.
# en: A phone and a clock, for when you can talk
a-phone-and-a = هاتف وساعة، للوقت الذي تستطيع أن تتكلم فيه
# en: Say how they can contact you, and when you are free.
say-how-they-can = قل كيف يمكنهم التواصل معك، ومتى تكون متفرغًا.
# en: Check your phone number is right. They may call you.
check-your-phone-number = تأكد أن رقم هاتفك صحيح. قد يتصلون بك.
# en: Send it
send-it = أرسل النموذج
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = هاتف عليه علامة صح خضراء كبيرة وطائرة ورقية
# en: Check your answers. Then send the form.
check-your-answers-then = راجع إجاباتك. ثم أرسل النموذج.
# en: You get a message to say that your surgery has it.
you-get-a-message = تصلك رسالة تقول إن عيادتك استلمت النموذج.
# en: What happens next
what-happens-next = ماذا يحدث بعد ذلك
# en: A calendar with a tick on the next day
a-calendar-with-a = تقويم عليه علامة صح على اليوم التالي
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = تخبرك عيادتك بما سيحدث بعد ذلك خلال يوم عمل واحد. أيام العمل من الاثنين إلى الجمعة، ما عدا العطل الرسمية.
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = قد يعرضون عليك موعدًا، أو يتصلون بك. قد يرسلون لك رسالة، أو يطلبون منك أن تذهب إلى الصيدلي.
# en: A phone with a message in the NHS App
a-phone-with-a-4 = هاتف عليه رسالة في تطبيق NHS App
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = أبقِ هاتفك معك. انتبه لرسالة نصية، أو مكالمة، أو رسالة في تطبيق NHS App.
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = اقرأ [الرسائل في تطبيق NHS App]({ $link1 }).
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = هل تشعر أنك أسوأ وأنت تنتظر؟ استخدم [خدمة NHS 111 عبر الإنترنت]({ $link1 }) أو اتصل بالرقم **111**.
# en: Remember
remember = تذكّر
# en: Use the form for things that are not urgent.
use-the-form-for = استخدم النموذج للأمور غير العاجلة.
# en: Say clearly what is wrong.
say-clearly-what-is = قل بوضوح ما المشكلة.
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = لا تستخدم النموذج في حالة طارئة. اتصل بالرقم 999.
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: pharmacist
pharmacist = الصيدلي
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = خبير في الأدوية يعمل في الصيدلية
