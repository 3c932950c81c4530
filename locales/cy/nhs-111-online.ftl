# Cymraeg: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Defnyddio GIG 111 ar-lein
# en: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = Cael help gyda phroblem iechyd sy'n frys ond nad yw'n argyfwng.
# en: About 10 to 20 minutes
about-10-to-20 = Tua 10 i 20 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# en: Your age, sex and symptoms
your-age-sex-and = Eich oed, eich rhyw a'ch symptomau
# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: Pryd i ddefnyddio 111
# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: Pryd i ffonio 999
# en: 111.nhs.uk: NHS 111 online
text-111-nhs-uk-nhs = 111.nhs.uk: GIG 111 ar-lein
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **Ffoniwch 999 nawr** os yw rhywun yn sâl iawn neu wedi'i anafu'n ddrwg a bod ei fywyd mewn perygl. Er enghraifft, os oes ganddo boen yn y frest, os na all anadlu, neu os na fydd yn deffro. Peidiwch â defnyddio GIG 111 ar-lein ar gyfer hyn.
# en: When to use NHS 111 online
when-to-use-nhs = Pryd i ddefnyddio GIG 111 ar-lein
# en: A phone showing a question mark inside a speech bubble
a-phone-showing-a = Ffôn yn dangos marc cwestiwn mewn swigen siarad
# en: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = Defnyddiwch GIG 111 ar-lein os oes angen help cyflym arnoch, ond nid yw'n argyfwng.
# en: It is free. It is open all day and all night.
it-is-free-it = Mae am ddim. Mae ar agor drwy'r dydd a thrwy'r nos.
# en: You can also call **111** on any phone. The call is free.
you-can-also-call = Gallwch chi hefyd ffonio **111** ar unrhyw ffôn. Mae'r alwad am ddim.
# en: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = Mae GIG 111 ar-lein ar gyfer pobl 5 oed a hŷn. Ar gyfer plentyn dan 5 oed, ffoniwch 111.
# en: Get help
get-help = Cael help
# en: A web browser showing the address 111.nhs.uk
a-web-browser-showing = Porwr gwe yn dangos y cyfeiriad 111.nhs.uk
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Ewch i [111.nhs.uk]({ $link1 }) ar eich ffôn, llechen neu gyfrifiadur.
# en: A list of questions with tick boxes
a-list-of-questions = Rhestr o gwestiynau gyda blychau ticio
# en: Answer the questions about your symptoms.
answer-the-questions-about = Atebwch y cwestiynau am eich symptomau.
# en: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = Eich symptomau yw beth sydd o'i le, fel poen neu dymheredd uchel.
# en: A nurse speaking on a phone
a-nurse-speaking-on = Nyrs yn siarad ar ffôn
# en: The website tells you what to do next.
the-website-tells-you = Mae'r wefan yn dweud wrthych chi beth i'w wneud nesaf.
# en: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = Efallai y bydd yn dweud wrthych chi am weld fferyllydd neu fynd at feddyg teulu.
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = Efallai y bydd nyrs neu feddyg yn eich ffonio chi'n ôl.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Os byddwch chi'n gwaethygu wrth aros, ffoniwch 111. Os daw'n argyfwng, ffoniwch 999.
# en: Keep safe
keep-safe = Cadw'n ddiogel
# en: Answer every question as well as you can.
answer-every-question-as = Atebwch bob cwestiwn cystal ag y gallwch chi.
# en: Have your phone with you if you are waiting for a call.
have-your-phone-with = Cadwch eich ffôn gyda chi os ydych chi'n aros am alwad.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Peidiwch â defnyddio GIG 111 ar-lein mewn argyfwng. Ffoniwch 999.
