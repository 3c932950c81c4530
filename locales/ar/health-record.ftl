# العربية: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = اطّلع على سجلك الصحي ونتائج فحوصاتك
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = اطّلع على سجلك الصحي لدى الطبيب العام ونتائج فحوصاتك في تطبيق NHS App.
# en: About 5 to 10 minutes
about-5-to-10 = من 5 إلى 10 دقائق تقريبًا
# en: The NHS App, with your NHS login
the-nhs-app-with = تطبيق NHS App، مع حساب NHS login الخاص بك
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = مكان هادئ لا يستطيع فيه الآخرون رؤية شاشتك
# en: NHS England Digital: Patient records in the NHS App (guidance for GP practices)
nhs-england-digital-patient = NHS England Digital: سجلات المرضى في تطبيق NHS App (إرشادات لعيادات الأطباء العامين)
# en: Ansdell Medical Centre: Your GP health record (what is not in it)
ansdell-medical-centre-your = Ansdell Medical Centre: سجلك الصحي لدى الطبيب العام (ما ليس فيه)
# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
st-luke-s-surgery = St Luke's Surgery, Guildford: كيف ترى سجلاتك لدى الطبيب العام في تطبيق NHS App
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: الإشعارات والرسائل في تطبيق NHS App
# en: nhs.uk: How to get proxy access (family and carer access)
nhs-uk-how-to = nhs.uk: كيف تحصل على صلاحية الوصول نيابةً عن شخص آخر (وصول العائلة ومقدّمي الرعاية)
# en: NHS England Digital support: What are the age restrictions for the NHS App?
nhs-uk-nhs-app = NHS England Digital support: ما حدود العمر لاستخدام تطبيق NHS App؟
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: شروط الاستخدام (apphelp.nhs.wales)
# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = **سجلك الصحي لدى الطبيب العام** هو ما تكتبه عيادة طبيبك العام عن صحتك. الطبيب العام (GP) هو طبيب العائلة.
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = يعرض أشياء مثل أدويتك، وأنواع الحساسية عندك، ونتائج فحوصاتك. الحساسية هي عندما يجعلك شيء ما مريضًا، مثل طعام أو دواء.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = ليس لديك التطبيق بعد؟ اقرأ أولًا [كيف تنزّل تطبيق NHS App]({ $link1 }). يجب أن تثبت هويتك لترى سجلك.
# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
is-your-gp-surgery = **هل عيادة طبيبك العام في ويلز؟** يمكنك أن ترى سجلك لدى الطبيب العام في تطبيق NHS Wales App.
# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = عيادة طبيبك العام تقرر ما يمكنك رؤيته. قد لا ترى كل شيء. عمرك أقل من 16 سنة؟ اسأل عيادة طبيبك العام.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = التطبيق يتغير من وقت لآخر. قد تبدو الشاشات عندك مختلفة قليلًا عن هذا الدليل.
# en: Open your health record
open-your-health-record = افتح سجلك الصحي
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = هاتف على شاشته ملف. على الملف قلب.
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = افتح تطبيق NHS App ثم سجّل الدخول. اضغط على **Your health** (صحتك). ثم اضغط على **GP health record** (السجل الصحي لدى الطبيب العام).
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = ملف عليه قلب، وفيه أقسام للأدوية واللقاحات والفحوصات
# en: Choose what you want to see. For example:
choose-what-you-want = اختر ما تريد أن تراه. مثلًا:
# en: your medicines
your-medicines = أدويتك
# en: your allergies
your-allergies = أنواع الحساسية عندك
# en: your vaccinations
your-vaccinations = تطعيماتك
# en: your test results
your-test-results = نتائج فحوصاتك
# en: notes from your appointments
notes-from-your-appointments = ملاحظات من مواعيدك
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = التطعيمات هي حُقن تحميك من الأمراض، مثل لقاح الإنفلونزا.
# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
your-gp-record-does = سجلك لدى الطبيب العام ليس فيه كل شيء. بعض الرسائل من المستشفى أو طبيب الأسنان أو أخصائي النظارات ليست فيه.
# en: They are only in it if the sender gave your GP a copy.
they-are-only-in = تكون فيه فقط إذا أعطى المُرسِل طبيبك العام نسخة منها.
# en: Ask them for anything else.
ask-them-for-anything = لأي شيء آخر، اسأل المستشفى أو طبيب الأسنان أو أخصائي النظارات.
# en: A page of notes with a magnifying glass over it
a-page-of-notes = صفحة ملاحظات فوقها عدسة مكبّرة
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = اقرأ سجلك. قد تكون بعض الكلمات صعبة. إنها كلمات طبية.
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = اسأل عيادة طبيبك العام إذا لم تفهم معنى شيء ما.
# en: See your test results
see-your-test-results = اطّلع على نتائج فحوصاتك
# en: A phone with a list of results, next to a test tube
a-phone-with-a-2 = هاتف عليه قائمة نتائج، بجانب أنبوب فحص
# en: In your health record, tap **Test results**. Then tap a test to see more.
in-your-health-record = في سجلك الصحي، اضغط على **Test results** (نتائج الفحوصات). ثم اضغط على فحص لترى المزيد.
# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
a-doctor-or-nurse = قد يضيف الطبيب أو الممرضة ملاحظة قصيرة إلى النتيجة. مثلًا: «طبيعي، لا حاجة لفعل شيء».
# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
your-gp-surgery-may = قد ترسل لك عيادة طبيبك العام النتيجة أيضًا في رسالة في تطبيق NHS App. اقرأ [الرسائل في تطبيق NHS App]({ $link1 }).
# en: A phone with a result, and a speech bubble with a question mark
a-phone-with-a-3 = هاتف عليه نتيجة، وفقاعة كلام فيها علامة استفهام
# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
you-may-see-a = قد ترى النتيجة قبل أن يكلمك الطبيب عنها. قد يحدث هذا عندما تكون عيادة طبيبك العام مغلقة.
# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
worried-about-a-result = هل أنت قلق بسبب نتيجة؟ تواصل مع عيادة طبيبك العام. يمكنهم أن يشرحوا لك معناها.
# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
feel-very-unwell-do = هل تشعر بتعب شديد؟ لا تنتظر. استخدم [خدمة NHS 111 عبر الإنترنت]({ $link1 }) أو اتصل بالرقم **111**. اتصل بالرقم **999** إذا كانت حياة شخص ما في خطر.
# en: If something looks wrong
if-something-looks-wrong = إذا بدا لك شيء خطأ
# en: A page of notes with a pencil, for putting a mistake right
a-page-of-notes-2 = صفحة ملاحظات وقلم رصاص، لتصحيح خطأ
# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
does-something-look-wrong = هل يبدو شيء خطأ أو ناقصًا؟ أخبر عيادة طبيبك العام. يمكنهم أن يتحققوا منه.
# en: Tell them too if you see details about someone else.
tell-them-too-if = أخبرهم أيضًا إذا رأيت معلومات عن شخص آخر.
# en: Keep your record private
keep-your-record-private = حافظ على خصوصية سجلك
# en: An older man reads his tablet alone in his armchair at home
an-older-man-reads = رجل كبير في السن يقرأ على جهازه اللوحي وحده، في كرسيه في البيت
# en: Your record is private. Read it where other people cannot see your screen.
your-record-is-private = سجلك خاص بك. اقرأه في مكان لا يرى فيه الآخرون شاشتك.
# en: Log out when you finish, if other people use your phone, tablet or computer.
log-out-when-you = سجّل الخروج عندما تنتهي، إذا كان آخرون يستخدمون هاتفك أو جهازك اللوحي أو الكمبيوتر.
# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
is-someone-making-you = هل يجبرك شخص على أن تريه سجلك؟ لست مضطرًا لذلك. أخبر عيادة طبيبك العام.
# en: Remember
remember = تذكّر
# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
do-you-care-for = هل تعتني بشخص ما؟ قد تسمح لك عيادة طبيبه العام أن ترى سجله نيابةً عنه. اقرأ [كيف تساعد شخصًا آخر]({ $link1 }).
# en: Keep your NHS login password secret.
keep-your-nhs-login = احتفظ بكلمة مرور NHS login سرًّا.
# en: Want someone you trust to help with your record? Ask your GP surgery.
want-someone-you-trust = هل تريد أن يساعدك شخص تثق به في سجلك؟ اسأل عيادة طبيبك العام.
# en: log in
log-in = سجّل الدخول
# en: type your email address and password to get into your account
type-your-email-address = اكتب عنوان بريدك الإلكتروني وكلمة المرور لتدخل إلى حسابك
# en: tap
tap = اضغط
# en: touch the screen with your finger
touch-the-screen-with = المس الشاشة بإصبعك
