# العربية: the guide "register-with-gp", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Register with a GP surgery
register-with-a-gp = سجّل في عيادة طبيب عام
# en: Anyone in England can register with a GP surgery for free. You do not need an address or ID.
anyone-in-england-can = يستطيع أي شخص في إنجلترا أن يسجّل مجانًا في عيادة طبيب عام. لا تحتاج إلى عنوان أو إثبات هوية.
# en: About 15 minutes to fill in the form
about-15-minutes-to = 15 دقيقة تقريبًا لتملأ النموذج
# en: Your name and date of birth
your-name-and-date = اسمك وتاريخ ميلادك
# en: An address where you can get letters, if you have one
an-address-where-you = عنوان تستطيع أن تستلم عليه الرسائل، إذا كان لديك عنوان
# en: A phone, tablet or computer, if you register online
a-phone-tablet-or = هاتف أو جهاز لوحي أو كمبيوتر، إذا كنت ستسجّل عبر الإنترنت
# en: nhs.uk: How to register with a GP surgery (as quoted by Arcadian Gardens Surgery)
nhs-uk-how-to = nhs.uk: كيف تسجّل في عيادة طبيب عام (كما نقلته Arcadian Gardens Surgery)
# en: nhs.uk: How to register with a GP practice (reasons to refuse, in writing)
nhs-uk-how-to-2 = nhs.uk: كيف تسجّل في عيادة طبيب عام (أسباب الرفض، كتابةً)
# en: Healthwatch England: Registering with your GP – understanding your rights
healthwatch-england-registering-with = Healthwatch England: التسجيل لدى طبيبك العام – اعرف حقوقك
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: أنت وعيادة طبيبك العام (ميثاق المرضى)
# en: Andaman Surgery: Registration policy (a temporary address for homeless patients)
andaman-surgery-registration-policy = Andaman Surgery: سياسة التسجيل (عنوان مؤقت للمرضى الذين لا مأوى لهم)
# en: Heathrow Medical Centre: New patients (documents are not required; confirming registration)
heathrow-medical-centre-new = Heathrow Medical Centre: المرضى الجدد (الوثائق غير مطلوبة؛ تأكيد التسجيل)
# en: Birmingham Mind: How to register with a GP practice (help with the form, interpreters)
birmingham-mind-how-to = Birmingham Mind: كيف تسجّل في عيادة طبيب عام (المساعدة في النموذج، المترجمون)
# en: A GP is a family doctor. A GP surgery is the place where GPs work.
a-gp-is-a = الطبيب العام (GP) هو طبيب العائلة. عيادة الطبيب العام هي المكان الذي يعمل فيه الأطباء العامون.
# en: Register with a GP surgery near you. Then you can see a GP when you need to.
register-with-a-gp-2 = سجّل في عيادة طبيب عام قريبة منك. بعدها تستطيع أن ترى طبيبًا عامًا عندما تحتاج.
# en: Anyone in England can register with a GP surgery. It is free.
anyone-in-england-can-2 = يستطيع أي شخص في إنجلترا أن يسجّل في عيادة طبيب عام. التسجيل مجاني.
# en: **Do you live in Wales?** Ask a GP surgery near you how to register. The rules on this page are for England.
do-you-live-in = **هل تعيش في ويلز؟** اسأل عيادة طبيب عام قريبة منك كيف تسجّل. القواعد في هذه الصفحة خاصة بإنجلترا.
# en: You do not need
you-do-not-need = لا تحتاج إلى
# en: A house with a cross next to it
a-house-with-a = بيت بجانبه علامة ×
# en: a fixed address
a-fixed-address = عنوان ثابت
# en: An ID card with a cross next to it
an-id-card-with = بطاقة هوية بجانبها علامة ×
# en: ID, like a passport or a driving licence
id-like-a-passport = إثبات هوية، مثل جواز السفر أو رخصة القيادة
# en: A folder of papers with a cross next to it
a-folder-of-papers = ملف أوراق بجانبه علامة ×
# en: papers about your immigration status
papers-about-your-immigration = أوراق عن وضعك في الهجرة أو الإقامة
# en: A card with 10 dots for a number, and a cross next to it
a-card-with-10 = بطاقة عليها 10 نقاط مكان رقم، وبجانبها علامة ×
# en: your NHS number
your-nhs-number = رقم NHS الخاص بك
# en: ID can help the surgery find your old records. But they cannot say no because you do not have it.
id-can-help-the = إثبات الهوية قد يساعد العيادة في إيجاد سجلاتك القديمة. لكن لا يحق لها أن ترفضك لأنه ليس لديك.
# en: Find a surgery
find-a-surgery = ابحث عن عيادة
# en: A map with 3 pins, for GP surgeries near you
a-map-with-3 = خريطة عليها 3 دبابيس، لعيادات أطباء عامين قريبة منك
# en: Find GP surgeries near you. Use the NHS website, or ask at a library or a community centre.
find-gp-surgeries-near = ابحث عن عيادات أطباء عامين قريبة منك. استخدم موقع NHS، أو اسأل في مكتبة عامة أو مركز مجتمعي.
# en: Choose one near where you live or stay. A surgery may say no if you live outside its area.
choose-one-near-where = اختر عيادة قريبة من المكان الذي تعيش أو تقيم فيه. قد ترفضك العيادة إذا كنت تعيش خارج منطقتها.
# en: Register
register = سجّل
# en: A phone with a form, and a paper form next to it
a-phone-with-a = هاتف عليه نموذج، وبجانبه نموذج ورقي
# en: Ask the surgery how to register. You can usually fill in a form online. Or ask for a paper form at the front desk.
ask-the-surgery-how = اسأل العيادة كيف تسجّل. عادةً تستطيع أن تملأ نموذجًا على الإنترنت. أو اطلب نموذجًا ورقيًا من مكتب الاستقبال.
# en: A form with lines for name, date of birth and address
a-form-with-lines = نموذج فيه سطور للاسم وتاريخ الميلاد والعنوان
# en: Fill in your name, your date of birth and your address.
fill-in-your-name = اكتب اسمك وتاريخ ميلادك وعنوانك.
# en: Do you have no fixed address? Give a friend’s address, a day centre or the surgery’s own address.
do-you-have-no = ليس لديك عنوان ثابت؟ أعطِ عنوان صديق، أو عنوان مركز نهاري، أو عنوان العيادة نفسها.
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = شخصان يتكلمان. في إحدى فقاعتي الكلام علم، للغة أخرى.
# en: Need help with the form? Ask the surgery. You can ask for an interpreter too.
need-help-with-the = تحتاج إلى مساعدة في النموذج؟ اسأل العيادة. يمكنك أن تطلب مترجمًا أيضًا.
# en: What happens next
what-happens-next = ماذا يحدث بعد ذلك
# en: A letter with a tick on it
a-letter-with-a = رسالة عليها علامة صح
# en: You get a letter or a message when you are registered.
the-surgery-tells-you = تصلك رسالة بالبريد أو على الهاتف عندما يتم تسجيلك.
# en: Then you can contact them when you need help. See [how to contact your GP surgery online]({ $link1 }).
then-you-can-contact = بعدها تستطيع أن تتواصل معهم عندما تحتاج إلى مساعدة. اقرأ [كيف تتواصل مع عيادة طبيبك العام عبر الإنترنت]({ $link1 }).
# en: A letter with a cross and a pen
a-letter-with-a-2 = رسالة عليها علامة × وقلم
# en: Did the surgery say no? It must tell you why in writing.
did-the-surgery-say = هل رفضتك العيادة؟ يجب أن تخبرك كتابةً بالسبب.
# en: For example, it may have no space for new patients. Then ask another surgery near you.
for-example-it-may = مثلًا، قد لا يكون لديها مكان لمرضى جدد. عندها اسأل عيادة أخرى قريبة منك.
# en: Need help to register? Ask at a library, a community centre or a charity. See [how to get help to get online]({ $link1 }).
need-help-to-register = تحتاج إلى مساعدة لتسجّل؟ اسأل في مكتبة عامة، أو مركز مجتمعي، أو جمعية خيرية. اقرأ [كيف تحصل على مساعدة لاستخدام الإنترنت]({ $link1 }).
