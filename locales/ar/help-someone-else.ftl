# العربية: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = ساعد شخصًا آخر في استخدام خدمات طبيبه العام عبر الإنترنت
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = هل أنت مقدّم رعاية، أو أحد الوالدين، أو فرد من العائلة؟ قد تستطيع أن تساعده في تطبيق NHS App.
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = 15 دقيقة تقريبًا لتطلب ذلك. قد تحتاج عيادة الطبيب العام إلى بضعة أيام لتجهّزه.
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = تطبيق NHS App الخاص بك، مع حساب NHS login الخاص بك
# en: The person you help, if they can agree to it
the-person-you-help = الشخص الذي تساعده، إذا كان يستطيع أن يوافق
# en: Photo ID, for you and maybe for them
photo-id-for-you = إثبات هوية فيه صورة، لك، وربما له أيضًا
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: كيف تحصل على وصول العائلة ومقدّمي الرعاية (proxy access) للبالغين
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: معلومات لمن هم دون 16 سنة – عندما يستخدم أحد الوالدين أو الوصي خدمات طبيبك
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: الوصول بالنيابة (proxy access) – استخدام الملفات المرتبطة
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: كيف تجهّز الوصول بالنيابة (proxy access)
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: تطبيق NHS App – كل ما تحتاج إلى معرفته (تبديل الملفات)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = ربما تعتني بشخص ما. أو ربما تساعد طفلًا، أو أحد والديك، أو صديقًا.
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = يمكنك أن تطلب استخدام خدمات طبيبه العام عبر الإنترنت نيابةً عنه. يُسمّى هذا **proxy access** (الوصول بالنيابة).
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = بعد ذلك ترى في تطبيق NHS App **linked profile** (ملفه المرتبط) بجانب ملفك. الملف هو جزء التطبيق الذي فيه معلومات شخص واحد.
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** اسألهم كيف تساعد شخصًا عبر الإنترنت. هذا الدليل عن تطبيق NHS App في إنجلترا.
# en: What you may be able to do
what-you-may-be = ما قد تستطيع فعله
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = عيادة الطبيب العام تقرر ما يمكنك فعله. قد تستطيع أن:
# en: A calendar with one day circled
a-calendar-with-one = تقويم عليه يوم محاط بدائرة
# en: book and cancel their appointments
book-and-cancel-their = تحجز مواعيده وتلغيها
# en: A medicine box and a pill
a-medicine-box-and = علبة دواء وحبة دواء
# en: order their repeat prescriptions
order-their-repeat-prescriptions = تطلب وصفاته الطبية المتكررة
# en: A folder with a heart on it
a-folder-with-a = ملف عليه قلب
# en: see some or all of their GP health record
see-some-or-all = ترى جزءًا من سجله الصحي لدى الطبيب العام، أو السجل كله
# en: Ask for access
ask-for-access = اطلب صلاحية الوصول
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = شخصان عند مكتب الاستقبال في عيادة طبيب عام: مقدّم رعاية ورجل كبير في السن
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = تواصل مع عيادة الطبيب العام للشخص الذي تساعده. اطلب الوصول بالنيابة (proxy access).
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = لاستخدام تطبيق NHS App، يجب أن تكونا مريضين في عيادة الطبيب العام نفسها. إذا لم تكونا كذلك، تخبرك العيادة بما تستخدمه بدلًا منه.
# en: A form and a passport
a-form-and-a = نموذج وجواز سفر
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = قد يجب على كل منكما أن يملأ نموذجًا. وقد تحتاج أيضًا إلى أن تُظهر إثبات هوية فيه صورة.
# en: A person nods and signs a form
a-person-nods-and = شخص يومئ برأسه موافقًا ويوقّع نموذجًا
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = تتأكد العيادة أن الشخص الذي تساعده موافق.
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = هل لا يستطيع أن يفهم أو يوافق، مثلًا بسبب الخرف؟ قد تعطيك العيادة صلاحية الوصول مع ذلك. هي تقرر ما هو الأفضل له.
# en: A phone with a tick: access is ready
a-phone-with-a = هاتف عليه علامة صح: صلاحية الوصول جاهزة
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = تجهّز العيادة صلاحية الوصول. وتخبرك عندما تصبح جاهزة.
# en: Use their profile
use-their-profile = استخدم ملفه
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = هاتف عليه وجهان. سهم يذهب من وجه إلى الآخر.
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = افتح تطبيق NHS App ثم سجّل الدخول بحساب NHS login الخاص بك.
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = اختر اسم الشخص الذي تساعده. الآن يمكنك أن تحجز أو تطلب له.
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = هاتف في أعلاه شريط ملوّن، يبيّن صاحب الملف
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = يبيّن التطبيق ملف من تستخدم. تأكد من الاسم قبل أن تحجز أو تطلب.
# en: Go back to your own profile when you finish.
go-back-to-your = عُد إلى ملفك الخاص عندما تنتهي.
# en: What you cannot do
what-you-cannot-do = ما لا تستطيع فعله
# en: You cannot do more than the surgery allows.
you-cannot-do-more = لا تستطيع أن تفعل أكثر مما تسمح به العيادة.
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = لا تستخدم حساب NHS login الخاص به أو كلمة مروره. استخدم حسابك.
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = تتوقف صلاحية وصول الوالد عندما يبلغ الطفل 16 سنة. بعدها يستطيع الطفل أن يختار من يساعده.
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = يستطيع الشخص الذي تساعده أن يطلب من العيادة تغيير صلاحية وصولك. ويستطيع أن يطلب إيقافها أيضًا.
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = هل تريد أن ترى سجلك أنت؟ اقرأ [كيف ترى سجلك الصحي]({ $link1 }).
# en: proxy access
proxy-access = proxy access
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = عندما تسمح لك عيادة الطبيب العام باستخدام بعض خدماتها على الإنترنت نيابةً عن غيرك
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
