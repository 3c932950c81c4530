# Română: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Folosiți NHS 111 online
# en: Get help fast for a health problem that is urgent but not an emergency.
# stale: the words above changed; before, they were: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = Cereți ajutor pentru o problemă de sănătate care nu poate aștepta, dar nu e urgentă.
# en: About 10 to 20 minutes
about-10-to-20 = Aproximativ 10 până la 20 de minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: Your age, sex and symptoms
your-age-sex-and = Vârsta, sexul și simptomele dumneavoastră

# en: The age and sex of the person who needs help
# the-age-and-sex =


# en: Their symptoms: what is wrong
# their-symptoms-what-is =

# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: Când să folosiți 111

# en: nhs.uk: How NHS 111 online works
# nhs-uk-how-nhs =

# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: Când să sunați la 999

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
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 online
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **Sunați acum la 999** dacă cineva este foarte bolnav sau grav rănit și viața lui poate fi în pericol. De exemplu, dacă are dureri în piept, nu poate respira sau nu se trezește. Nu folosiți NHS 111 online pentru așa ceva.
# en: When to use NHS 111
# stale: the words above changed; before, they were: When to use NHS 111 online
when-to-use-nhs = Când să folosiți NHS 111 online
# en: A phone with a question mark inside a speech bubble
# stale: the words above changed; before, they were: A phone showing a question mark inside a speech bubble
a-phone-showing-a = Un telefon care arată un semn de întrebare într-un balon de vorbire
# en: Use NHS 111 when you need help fast but it is not an emergency.
# stale: the words above changed; before, they were: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = Folosiți NHS 111 online când aveți nevoie repede de ajutor, dar nu este o urgență.

# en: It can help when you feel ill and do not know what to do.
# it-can-help-when =


# en: A man sits at home at night. He talks on his phone by the light of a lamp.
# a-man-sits-at =

# en: NHS 111 is free. It is open all day and all night, every day.
# stale: the words above changed; before, they were: It is free. It is open all day and all night.
it-is-free-it = Este gratuit. Este deschis zi și noapte.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
# stale: the words above changed; before, they were: You can also call **111** on any phone. The call is free.
you-can-also-call = Puteți suna și la **111** de pe orice telefon. Apelul este gratuit.
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
# stale: the words above changed; before, they were: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 online este pentru persoanele de 5 ani și peste. Pentru un copil sub 5 ani, sunați la 111.
# en: Get help online
# stale: the words above changed; before, they were: Get help
get-help = Obțineți ajutor
# en: A web browser with an address bar and a big blue button
# stale: the words above changed; before, they were: A web browser showing the address 111.nhs.uk
a-web-browser-showing = Un browser web care arată adresa 111.nhs.uk
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Intrați pe [111.nhs.uk]({ $link1 }) de pe telefon, tabletă sau calculator.

# en: The website asks some questions first. For example, where you are, who needs help, and their age.
# the-website-asks-some =

# en: A list of questions with tick boxes
a-list-of-questions = O listă de întrebări cu căsuțe de bifat
# en: Answer the questions about the symptoms.
# stale: the words above changed; before, they were: Answer the questions about your symptoms.
answer-the-questions-about = Răspundeți la întrebări despre cum vă simțiți.
# en: Symptoms are what is wrong, like pain or a high temperature.
# stale: the words above changed; before, they were: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = Simptomele sunt ceea ce nu este în regulă, cum ar fi durerea sau febra mare.
# en: A nurse talks on a phone
# stale: the words above changed; before, they were: A nurse speaking on a phone
a-nurse-speaking-on = O asistentă care vorbește la telefon
# en: The website tells you what to do next.
the-website-tells-you = Site-ul vă spune ce să faceți mai departe.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
# stale: the words above changed; before, they were: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = Vă poate spune să mergeți la farmacist sau la medicul de familie (GP).
# obsolete: this piece is no longer in the guide; delete this message when you no longer need it
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = O asistentă sau un medic vă poate suna înapoi.

# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
# a-nurse-may-phone =


# en: If it is serious or you get worse
# if-it-is-serious =


# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
# if-the-website-says =

# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Dacă vă simțiți mai rău în timp ce așteptați, sunați la 111. Dacă devine o urgență, sunați la 999.
# en: Keep safe
keep-safe = Fiți în siguranță
# en: Answer every question as well as you can.
answer-every-question-as = Răspundeți la fiecare întrebare cât de bine puteți.
# en: Keep your phone with you if you wait for a call.
# stale: the words above changed; before, they were: Have your phone with you if you are waiting for a call.
have-your-phone-with = Țineți telefonul aproape dacă așteptați un apel.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Nu folosiți NHS 111 online pentru o urgență. Sunați la 999.

# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
# need-help-with-a =

