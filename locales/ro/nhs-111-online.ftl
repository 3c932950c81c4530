# Română: the guide "nhs-111-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Use NHS 111 online
use-nhs-111-online = Folosiți NHS 111 online
# en: Get help fast for a health problem that is urgent but not an emergency.
get-help-for-a = Primiți ajutor rapid când aveți o problemă de sănătate care nu poate aștepta. Nu e pentru urgențe.
# en: About 10 to 20 minutes
about-10-to-20 = În jur de 10 până la 20 de minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# en: The age and sex of the person who needs help
the-age-and-sex = Vârsta și sexul persoanei care are nevoie de ajutor
# en: Their symptoms: what is wrong
their-symptoms-what-is = Simptomele ei: ce nu este în regulă
# en: swast.nhs.uk (South Western Ambulance Service): emergencies to call an ambulance for
swast-nhs-uk-south = swast.nhs.uk (South Western Ambulance Service): urgențe pentru care chemați o ambulanță
# en: 111.nhs.uk: How 111 online works
text-111-nhs-uk-how = 111.nhs.uk: Cum funcționează 111 online
# en: nhs.uk: How NHS 111 online works
nhs-uk-how-nhs = nhs.uk: Cum funcționează NHS 111 online
# en: Lincolnshire Partnership NHS Foundation Trust: Need help now? (111, the mental health option)
lincolnshire-partnership-nhs-foundation = Lincolnshire Partnership NHS Foundation Trust: Aveți nevoie de ajutor acum? (111, opțiunea pentru sănătate mintală)
# en: Tees, Esk and Wear Valleys NHS Foundation Trust: Crisis advice (111, SignVideo)
tees-esk-and-wear = Tees, Esk and Wear Valleys NHS Foundation Trust: Sfaturi în caz de criză (111, SignVideo)
# en: NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreters)
nhs-in-london-myhealth = NHS in London (myhealth.london.nhs.uk): NHS 111 (textphone 18001 111, interpreți)
# en: Aneurin Bevan University Health Board: Mental health crisis (NHS 111 Wales, option 2)
aneurin-bevan-university-health = Aneurin Bevan University Health Board: Criză de sănătate mintală (NHS 111 Wales, opțiunea 2)
# en: NHS 111 Wales: 111.wales.nhs.uk
nhs-111-wales-111 = NHS 111 Wales: 111.wales.nhs.uk
# en: An ambulance with its blue lights on
an-ambulance-with-its = O ambulanță cu lumini albastre aprinse
# en: **Call 999 now** if someone’s life may be in danger. For example, if they:
call-999-now-if-2 = **Sunați acum la 999** dacă viața cuiva poate fi în pericol. De exemplu, dacă persoana:
# en: have pain in their chest
have-pain-in-their = are dureri în piept
# en: cannot breathe well
cannot-breathe-well = nu poate respira bine
# en: will not wake up
will-not-wake-up = nu se trezește
# en: are bleeding a lot and it will not stop
are-bleeding-a-lot = sângerează mult și sângele nu se oprește
# en: have a face that drops on one side
have-a-face-that = are fața căzută pe o parte
# en: have one arm that is weak or will not go up
have-one-arm-that = are un braț slab, sau un braț care nu se ridică
# en: cannot speak clearly
cannot-speak-clearly = nu poate vorbi clar
# en: have a fit that is not stopping
have-a-fit-that = are o criză de convulsii care nu se oprește
# en: have a bad allergic reaction, like a swollen face or lips
have-a-bad-allergic = are o reacție alergică gravă, de exemplu fața sau buzele umflate
# en: suddenly become confused
suddenly-become-confused = devine brusc confuză
# en: have a serious head injury
have-a-serious-head = are o lovitură gravă la cap
# en: have a bad burn
have-a-bad-burn = are o arsură gravă
# en: have seriously hurt themselves, or may end their life
have-seriously-hurt-themselves = și-a făcut singură un rău grav sau și-ar putea lua viața
# en: A face that drops, a weak arm or unclear speech may mean a stroke. Call 999 at once.
a-face-that-drops = Fața căzută, un braț slab sau vorbirea neclară pot însemna un atac cerebral. Sunați imediat la 999.
# en: Is it a mental health crisis? Call **111** and choose the mental health option. You can call 24 hours a day, every day.
is-it-a-mental = Este o criză de sănătate mintală? Sunați la **111** și alegeți opțiunea pentru sănătate mintală. Puteți suna 24 de ore din 24, în fiecare zi.
# en: In a mental health crisis in Wales, call **111** and choose option 2.
in-a-mental-health = În Țara Galilor, într-o criză de sănătate mintală, sunați la **111**. Alegeți opțiunea 2.
# en: When to use NHS 111
when-to-use-nhs = Când să folosiți NHS 111
# en: A phone with a question mark inside a speech bubble
a-phone-showing-a = Un telefon cu un semn de întrebare într-un balon de vorbire
# en: Use NHS 111 when you need help fast but it is not an emergency.
use-nhs-111-online-2 = Folosiți NHS 111 când aveți nevoie repede de ajutor, dar nu este o urgență.
# en: It can help when you feel ill and do not know what to do.
it-can-help-when = Vă poate ajuta când vă simțiți rău și nu știți ce să faceți.
# en: A man sits at home at night. He talks on his phone by the light of a lamp.
a-man-sits-at = Un bărbat stă acasă, noaptea. Vorbește la telefon la lumina unei lămpi.
# en: NHS 111 is free. It is open all day and all night, every day.
it-is-free-it = NHS 111 este gratuit. Este deschis zi și noapte, în fiecare zi.
# en: You can also call **111** on any phone. The call is free. You can ask for someone who speaks your language.
you-can-also-call = Puteți suna și la **111** de pe orice telefon. Apelul este gratuit. Puteți cere pe cineva care vorbește limba dumneavoastră.
# en: Two hands signing next to a laptop with a video call
two-hands-signing-next = Două mâini care vorbesc în limbajul semnelor, lângă un laptop cu un apel video
# en: Are you deaf? You can use NHS 111 in British Sign Language. An interpreter joins you on a video call.
are-you-deaf-you = Sunteți surd? Puteți folosi NHS 111 în limbajul semnelor britanic (British Sign Language). Un interpret vă ajută printr-un apel video.
# en: You can also call **18001 111** from a textphone.
you-can-also-call-2 = Puteți suna și la **18001 111** de pe un textphone (un telefon pentru text).
# en: NHS 111 online is for people in England, aged 5 and over. For a child under 5, call 111.
nhs-111-online-is = NHS 111 online este pentru persoanele din Anglia, de 5 ani și peste. Pentru un copil sub 5 ani, sunați la 111.
# en: **In Wales, use NHS 111 Wales.** Go to [111.wales.nhs.uk]({ $link1 }) or call **111**. The call is free.
in-wales-use-nhs = **În Țara Galilor, folosiți NHS 111 Wales.** Intrați pe [111.wales.nhs.uk]({ $link1 }) sau sunați la **111**. Apelul este gratuit.
# en: Get help online
get-help = Cereți ajutor online
# en: A web browser with an address bar and a big blue button
a-web-browser-showing = Un browser web cu o bară de adresă și un buton mare, albastru
# en: Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
go-to-111-nhs = Intrați pe [111.nhs.uk]({ $link1 }) de pe telefon, tabletă sau calculator.
# en: The website asks some questions first. For example, where you are, who needs help, and their age. You can answer for yourself or for someone else.
the-website-asks-some = Mai întâi, site-ul vă pune câteva întrebări. De exemplu, unde sunteți, cine are nevoie de ajutor și ce vârstă are. Puteți răspunde pentru dumneavoastră sau pentru altcineva.
# en: A list of questions with tick boxes
a-list-of-questions = O listă de întrebări cu căsuțe de bifat
# en: Choose the symptom that worries you most. The website checks 1 symptom at a time.
choose-the-symptom-that = Alegeți simptomul care vă îngrijorează cel mai mult. Site-ul verifică pe rând câte 1 simptom.
# en: Symptoms are what is wrong, like pain or a high temperature. Answer the questions about the symptom.
answer-the-questions-about = Simptomele sunt ce nu este în regulă, cum ar fi durerea sau febra mare. Răspundeți la întrebările despre simptom.
# en: A nurse talks on a phone
a-nurse-speaking-on = O asistentă vorbește la telefon
# en: The website tells you what to do next.
the-website-tells-you = Site-ul vă spune ce să faceți mai departe.
# en: It may tell you to see a pharmacist or your GP. A GP is a family doctor. It may tell you where to go for help.
it-may-tell-you = Vă poate spune să mergeți la un farmacist sau la medicul de familie. În engleză, medicul de familie se numește GP. Vă poate spune și unde să mergeți pentru ajutor.
# en: A nurse may phone you back. The call may come from a number you do not know. Answer it.
a-nurse-may-phone = O asistentă vă poate suna înapoi. Apelul poate veni de la un număr pe care nu îl știți. Răspundeți la telefon.
# en: A real NHS nurse never asks for your bank details. Learn how to [spot NHS scams]({ $link1 }).
a-real-nhs-nurse = O asistentă adevărată de la NHS nu vă cere niciodată datele bancare. Aflați [cum recunoașteți înșelătoriile în numele NHS]({ $link1 }).
# en: If it is serious or you get worse
if-it-is-serious = Dacă e grav sau vă simțiți mai rău
# en: If the website says call 999 or go to A\&E, do it now. A\&E is the emergency part of a hospital.
if-the-website-says = Site-ul vă spune să sunați la 999 sau să mergeți la A\&E? Faceți asta acum. A\&E este secția de urgențe a spitalului.
# en: If you get worse while you wait, call 111. If it becomes an emergency, call 999.
if-you-get-worse = Dacă vă simțiți mai rău în timp ce așteptați, sunați la 111. Dacă devine o urgență, sunați la 999.
# en: Keep safe
keep-safe = Fiți în siguranță
# en: Answer every question as well as you can.
answer-every-question-as = Răspundeți la fiecare întrebare cât de bine puteți.
# en: Keep your phone with you if you wait for a call.
have-your-phone-with = Țineți telefonul la îndemână dacă așteptați un apel.
# en: Do not use NHS 111 online for an emergency. Call 999.
do-not-use-nhs = Nu folosiți NHS 111 online pentru o urgență. Sunați la 999.
# en: Need help with a long-term problem? Ask your GP. See [how to book a GP appointment]({ $link1 }).
need-help-with-a = Aveți nevoie de ajutor pentru o problemă de lungă durată? Întrebați medicul de familie. Vedeți [cum faceți o programare la medicul de familie]({ $link1 }).
# en: pharmacist
pharmacist = farmacist
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = un specialist în medicamente, care lucrează într-o farmacie
