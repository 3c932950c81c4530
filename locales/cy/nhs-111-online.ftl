# Cymraeg: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Defnyddio GIG 111 ar-lein
# en: Get help fast for a health problem that is urgent but not an emergency.
# stale: the words above changed; before, they were: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = Cael help gyda phroblem iechyd sy'n frys ond nad yw'n argyfwng.
# en: About 10 to 20 minutes
about-10-to-20 = Tua 10 i 20 munud
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Ffôn, llechen neu gyfrifiadur gyda'r rhyngrwyd
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Your age, sex and symptoms
your-age-sex-and = Eich oed, eich rhyw a'ch symptomau

# en: The age and sex of the person who needs help
# the-age-and-sex =


# en: Their symptoms: what is wrong
# their-symptoms-what-is =

# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: Pryd i ddefnyddio 111

# en: nhs.uk: How NHS 111 online works
# nhs-uk-how-nhs =

# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: Pryd i ffonio 999

# en: nhs.uk: When to go to A\&E
# nhs-uk-when-to-3 =


# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
# call-999-now-if-2 =


# en: have pain in their chest
# have-pain-in-their =


# en: cannot breathe well
# cannot-breathe-well =


# en: will not wake up
# will-not-wake-up =


# en: are bleeding a lot and it will not stop
# are-bleeding-a-lot =


# en: have a face that drops on one side
# have-a-face-that =


# en: cannot lift both arms
# cannot-lift-both-arms =


# en: cannot speak clearly
# cannot-speak-clearly =

# en: Do not use NHS 111 online for this.
# stale: the words above changed; before, they were: 111.nhs.uk: NHS 111 online
text-111-nhs-uk-nhs = 111.nhs.uk: GIG 111 ar-lein
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **Ffoniwch 999 nawr** os yw rhywun yn sâl iawn neu wedi'i anafu'n ddrwg a bod ei fywyd mewn perygl. Er enghraifft, os oes ganddo boen yn y frest, os na all anadlu, neu os na fydd yn deffro. Peidiwch â defnyddio GIG 111 ar-lein ar gyfer hyn.
# en: When to use NHS 111
# stale: the words above changed; before, they were: When to use NHS 111 online
when-to-use-nhs = Pryd i ddefnyddio GIG 111 ar-lein
# en: A phone with a question mark inside a speech bubble
# stale: the words above changed; before, they were: A phone showing a question mark inside a speech bubble
a-phone-showing-a = Ffôn yn dangos marc cwestiwn mewn swigen siarad
# en: Use NHS 111 when you need help fast but it is not an emergency.
# stale: the words above changed; before, they were: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = Defnyddiwch GIG 111 ar-lein os oes angen help cyflym arnoch, ond nid yw'n argyfwng.

# en: It can help when you feel ill and do not know what to do.
# it-can-help-when =


# en: A man sits at home at night. He talks on his phone by the light of a lamp.
# a-man-sits-at =

# en: NHS 111 is free. It is open all day and all night, every day.
# stale: the words above changed; before, they were: It is free. It is open all day and all night.
it-is-free-it = Mae am ddim. Mae ar agor drwy'r dydd a thrwy'r nos.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
# stale: the words above changed; before, they were: You can also call **111** on any phone. The call is free.
you-can-also-call = Gallwch chi hefyd ffonio **111** ar unrhyw ffôn. Mae'r alwad am ddim.
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
# stale: the words above changed; before, they were: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = Mae GIG 111 ar-lein ar gyfer pobl 5 oed a hŷn. Ar gyfer plentyn dan 5 oed, ffoniwch 111.
# en: Get help online
# stale: the words above changed; before, they were: Get help
get-help = Cael help
# en: A web browser with an address bar and a big blue button
# stale: the words above changed; before, they were: A web browser showing the address 111.nhs.uk
a-web-browser-showing = Porwr gwe yn dangos y cyfeiriad 111.nhs.uk
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Ewch i [111.nhs.uk]({ $link1 }) ar eich ffôn, llechen neu gyfrifiadur.

# en: The website asks some questions first. For example, where you are, who needs help, and their age.
# the-website-asks-some =

# en: A list of questions with tick boxes
a-list-of-questions = Rhestr o gwestiynau gyda blychau ticio
# en: Answer the questions about the symptoms.
# stale: the words above changed; before, they were: Answer the questions about your symptoms.
answer-the-questions-about = Atebwch y cwestiynau am eich symptomau.
# en: Symptoms are what is wrong, like pain or a high temperature.
# stale: the words above changed; before, they were: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = Eich symptomau yw beth sydd o'i le, fel poen neu dymheredd uchel.
# en: A nurse talks on a phone
# stale: the words above changed; before, they were: A nurse speaking on a phone
a-nurse-speaking-on = Nyrs yn siarad ar ffôn
# en: The website tells you what to do next.
the-website-tells-you = Mae'r wefan yn dweud wrthych chi beth i'w wneud nesaf.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
# stale: the words above changed; before, they were: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = Efallai y bydd yn dweud wrthych chi am weld fferyllydd neu fynd at feddyg teulu.
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = Efallai y bydd nyrs neu feddyg yn eich ffonio chi'n ôl.

# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
# a-nurse-may-phone =


# en: If it is serious or you get worse
# if-it-is-serious =


# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
# if-the-website-says =

# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Os byddwch chi'n gwaethygu wrth aros, ffoniwch 111. Os daw'n argyfwng, ffoniwch 999.
# en: Keep safe
keep-safe = Cadw'n ddiogel
# en: Answer every question as well as you can.
answer-every-question-as = Atebwch bob cwestiwn cystal ag y gallwch chi.
# en: Keep your phone with you if you wait for a call.
# stale: the words above changed; before, they were: Have your phone with you if you are waiting for a call.
have-your-phone-with = Cadwch eich ffôn gyda chi os ydych chi'n aros am alwad.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Peidiwch â defnyddio GIG 111 ar-lein mewn argyfwng. Ffoniwch 999.

# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
# need-help-with-a =

