# Română: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Folosiți NHS 111 online
# en: Get help for a health problem that is urgent but not an emergency.
get-help-for-a = Cereți ajutor pentru o problemă de sănătate care nu poate aștepta, dar nu e urgentă.
# en: About 10 to 20 minutes
about-10-to-20 = Aproximativ 10 până la 20 de minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# en: Your age, sex and symptoms
your-age-sex-and = Vârsta, sexul și simptomele dumneavoastră
# en: nhs.uk: When to use 111
nhs-uk-when-to = nhs.uk: Când să folosiți 111
# en: nhs.uk: When to call 999
nhs-uk-when-to-2 = nhs.uk: Când să sunați la 999
# en: 111.nhs.uk: NHS 111 online
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 online
# en: **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
call-999-now-if = **Sunați acum la 999** dacă cineva este foarte bolnav sau grav rănit și viața lui poate fi în pericol. De exemplu, dacă are dureri în piept, nu poate respira sau nu se trezește. Nu folosiți NHS 111 online pentru așa ceva.
# en: When to use NHS 111 online
when-to-use-nhs = Când să folosiți NHS 111 online
# en: A phone showing a question mark inside a speech bubble
a-phone-showing-a = Un telefon care arată un semn de întrebare într-un balon de vorbire
# en: Use NHS 111 online when you need help fast, but it is not an emergency.
use-nhs-111-online-2 = Folosiți NHS 111 online când aveți nevoie repede de ajutor, dar nu este o urgență.
# en: It is free. It is open all day and all night.
it-is-free-it = Este gratuit. Este deschis zi și noapte.
# en: You can also call **111** on any phone. The call is free.
you-can-also-call = Puteți suna și la **111** de pe orice telefon. Apelul este gratuit.
# en: NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 online este pentru persoanele de 5 ani și peste. Pentru un copil sub 5 ani, sunați la 111.
# en: Get help
get-help = Obțineți ajutor
# en: A web browser showing the address 111.nhs.uk
a-web-browser-showing = Un browser web care arată adresa 111.nhs.uk
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Intrați pe [111.nhs.uk]({ $link1 }) de pe telefon, tabletă sau calculator.
# en: A list of questions with tick boxes
a-list-of-questions = O listă de întrebări cu căsuțe de bifat
# en: Answer the questions about your symptoms.
answer-the-questions-about = Răspundeți la întrebări despre cum vă simțiți.
# en: Your symptoms are what is wrong, like pain or a high temperature.
your-symptoms-are-what = Simptomele sunt ceea ce nu este în regulă, cum ar fi durerea sau febra mare.
# en: A nurse speaking on a phone
a-nurse-speaking-on = O asistentă care vorbește la telefon
# en: The website tells you what to do next.
the-website-tells-you = Site-ul vă spune ce să faceți mai departe.
# en: It may tell you to see a pharmacist or go to a GP.
it-may-tell-you = Vă poate spune să mergeți la farmacist sau la medicul de familie (GP).
# en: A nurse or doctor may call you back.
a-nurse-or-doctor = O asistentă sau un medic vă poate suna înapoi.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Dacă vă simțiți mai rău în timp ce așteptați, sunați la 111. Dacă devine o urgență, sunați la 999.
# en: Keep safe
keep-safe = Fiți în siguranță
# en: Answer every question as well as you can.
answer-every-question-as = Răspundeți la fiecare întrebare cât de bine puteți.
# en: Have your phone with you if you are waiting for a call.
have-your-phone-with = Țineți telefonul aproape dacă așteptați un apel.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Nu folosiți NHS 111 online pentru o urgență. Sunați la 999.
