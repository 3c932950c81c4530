# Română: the guide "gp-appointment", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Book, check or cancel a GP appointment online
book-check-or-cancel = Faceți, verificați sau anulați online o programare la medicul de familie
# en: Ask for a GP appointment online, or book one in the NHS App. Check or cancel it.
use-the-nhs-app = Cereți online o programare la medicul de familie sau faceți una în NHS App. Verificați-o sau anulați-o.
# en: About 5 to 10 minutes
about-5-to-10 = În jur de 5 până la 10 minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# en: The NHS App with your NHS login, if you want to book in the app
the-nhs-app-with = NHS App, cu contul NHS login, dacă vreți să faceți programarea în aplicație
# en: Your diary or calendar, to see when you are free
your-diary-or-calendar = Agenda sau calendarul, ca să vedeți când aveți timp
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Contractul medicilor de familie – ce trebuie să știți (29 septembrie 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Dumneavoastră și cabinetul medicului de familie (carta pacientului)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: cabinetele trebuie să țină formularele online deschise 8:00–18:30, din 1 octombrie 2025
# en: Kirton Medical Centre: NHS App – all you need to know (appointments)
nhs-uk-nhs-app = Kirton Medical Centre: NHS App – tot ce trebuie să știți (programări)
# en: South Western Ambulance Service: When to call 999
nhs-uk-when-to = South Western Ambulance Service: Când sunați la 999
# en: A GP is a family doctor. Your GP surgery is the place where your GP works.
a-gp-is-a = În engleză, medicul de familie se numește GP. Cabinetul medicului de familie este locul unde lucrează medicul dumneavoastră.
# en: You can ask for an appointment online in 2 ways. Use your surgery’s online form. Or book in the NHS App, if your surgery lets you.
you-can-ask-for = Puteți cere online o programare în 2 feluri. Folosiți formularul online de la cabinet. Sau faceți programarea în NHS App, dacă vă lasă cabinetul.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }).
in-the-nhs-app = Nu aveți încă aplicația? Mai întâi, vedeți [cum instalați NHS App]({ $link1 }).
# en: An ambulance with its blue lights on
an-ambulance-with-its = O ambulanță cu lumini albastre aprinse
# en: **Call 999** if someone’s life may be in danger.
call-999-if-someone = **Sunați la 999** dacă viața cuiva poate fi în pericol.
# en: See [when to call 999]({ $link1 }).
see-when-to-call = Vedeți [când sunați la 999]({ $link1 }).
# en: Need help fast, but it is not an emergency? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-but = Aveți nevoie repede de ajutor, dar nu este o urgență? Folosiți [NHS 111 online]({ $link1 }) sau sunați la **111**.
# en: **Is your GP surgery in Wales?** Ask them how to book online. You may be able to use the NHS Wales App.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Întrebați-i cum faceți programări online. Poate puteți folosi NHS Wales App.
# en: Ask with the online form
ask-with-the-online = Cereți cu formularul online
# en: A phone showing a form with boxes to fill in
a-phone-showing-a = Un telefon cu un formular cu căsuțe de completat
# en: Every GP surgery in England has an online form. It is open from 8am to 6:30pm, Monday to Friday.
every-gp-surgery-in = Fiecare cabinet de medicină de familie din Anglia are un formular online. Este deschis de luni până vineri, între 8:00 și 18:30.
# en: Find it on your surgery’s website, or in the NHS App. Say what is wrong and what you need.
find-it-on-your = Îl găsiți pe site-ul cabinetului sau în NHS App. Spuneți ce problemă aveți și de ce aveți nevoie.
# en: A clock and a phone with a message
a-clock-and-a = Un ceas și un telefon cu un mesaj
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday.
your-surgery-tells-you = Cabinetul vă spune ce urmează în cel mult 1 zi lucrătoare. Zilele lucrătoare sunt de luni până vineri.
# en: They may offer an appointment, phone you, or send you a message.
they-may-offer-an = Vă pot oferi o programare, vă pot suna sau vă pot trimite un mesaj.
# en: See [how to contact your GP surgery online]({ $link1 }).
see-how-to-contact = Vedeți [cum contactați online cabinetul medicului de familie]({ $link1 }).
# en: Book in the NHS App
book-in-the-nhs = Faceți programarea în NHS App
# en: A phone with a calendar on its screen
a-phone-with-a = Un telefon cu un calendar pe ecran
# en: Open the NHS App and log in. Tap **Appointments**.
open-the-nhs-app = Deschideți NHS App și intrați în cont. Apăsați **Appointments** (programări).
# en: Then tap the option for your GP surgery.
then-tap-the-option = Apoi apăsați pe opțiunea pentru cabinetul medicului de familie.
# en: A phone with a speech bubble and a keyboard, for typing a message
a-phone-with-a-2 = Un telefon cu un balon de vorbire și o tastatură, pentru a scrie un mesaj
# en: Tap to book an appointment.
tap-to-book-an = Apăsați ca să faceți o programare.
# en: The app may ask what the appointment is for. Write a few words. For example, “a cough for 3 weeks”.
the-app-may-ask = Aplicația vă poate întreba pentru ce este programarea. Scrieți câteva cuvinte. De exemplu, „tuse de 3 săptămâni”.
# en: A calendar page with one day circled, and a clock
a-calendar-page-with = O pagină de calendar cu o zi încercuită și un ceas
# en: Choose the type of appointment. It may be in person, on the phone or by video.
choose-the-type-of = Alegeți tipul de programare. Poate fi față în față, la telefon sau prin video.
# en: Then choose a day and a time that suit you.
then-choose-a-day = Apoi alegeți o zi și o oră care vă convin.
# en: A phone with a calendar and a big green tick
a-phone-with-a-3 = Un telefon cu un calendar și o bifă mare, verde
# en: Check the day, the time and the place. Then tap the button to book.
check-the-day-the = Verificați ziua, ora și locul. Apoi apăsați pe butonul de programare.
# en: Write the day and time on your calendar. Or put it in your diary.
write-the-day-and = Scrieți ziua și ora în calendar. Sau notați-le în agendă.
# en: Check your appointments
check-your-appointments = Vedeți programările
# en: A phone with a list of 2 appointments, each with a small calendar
a-phone-with-a-4 = Un telefon cu o listă de 2 programări, fiecare cu un mic calendar
# en: Tap **Appointments** to see the ones you have booked.
tap-appointments-to-see = Apăsați **Appointments** (programări) ca să vedeți programările făcute.
# en: You can see the day, the time and the type of each one.
you-can-see-the = Vedeți ziua, ora și tipul fiecărei programări.
# en: Cancel an appointment
cancel-an-appointment = Anulați o programare
# en: Cancel as soon as you know you cannot go. Then someone else can have it.
cancel-as-soon-as = Anulați imediat ce știți că nu puteți merge. Așa, o poate primi altcineva.
# en: A calendar page with a big red cross on one day
a-calendar-page-with-2 = O pagină de calendar cu un X mare, roșu, pe o zi
# en: Find the appointment in the app. Tap to cancel it.
find-the-appointment-in = Găsiți programarea în NHS App. Apăsați ca să o anulați.
# en: The app may ask why. Then tap the button to say yes, cancel it.
the-app-may-ask-2 = Aplicația vă poate întreba de ce. Apoi apăsați pe butonul prin care confirmați anularea.
# en: Cannot cancel in the app? Phone your GP surgery.
cannot-cancel-in-the = Nu puteți anula în aplicație? Sunați la medicul de familie.
# en: Ask for help you need
ask-for-help-you = Cereți ajutorul de care aveți nevoie
# en: Two people talk. One speech bubble has a flag, for another language.
two-people-talk-one = Două persoane vorbesc. Un balon de vorbire are un steag, pentru altă limbă.
# en: Do you need an interpreter? Ask when you book. The surgery can find one for you.
do-you-need-an = Aveți nevoie de un interpret? Spuneți când faceți programarea. Cabinetul vă poate găsi unul.
# en: A quiet room with a chair and a clock
a-quiet-room-with = O cameră liniștită, cu un scaun și un ceas
# en: Do you need extra help? For example, a longer appointment or a quiet place to wait. Tell your surgery.
do-you-need-extra = Aveți nevoie de ajutor în plus? De exemplu, o programare mai lungă sau un loc liniștit de așteptare. Spuneți-le la cabinet.
# en: On the day
on-the-day = În ziua programării
# en: A waiting room at a GP surgery. A man in a wheelchair and an older woman wait for their turn.
a-waiting-room-at = O sală de așteptare la un cabinet de medicină de familie. Un bărbat în scaun cu rotile și o femeie în vârstă își așteaptă rândul.
# en: Get to your GP surgery a few minutes early. Tell the front desk that you are there.
get-to-your-gp = Ajungeți la cabinet cu câteva minute mai devreme. Spuneți la recepție că ați sosit.
# en: Is it a phone appointment? Keep your phone with you and turn the sound on. The call may come a little late.
is-it-a-phone = Programarea este la telefon? Țineți telefonul la îndemână și porniți sunetul. Apelul poate veni puțin mai târziu.
# en: Remember
remember = De reținut
# en: Write a list of what you want to say.
write-a-list-of = Faceți o listă cu ce vreți să spuneți.
# en: Take your list of medicines with you.
take-your-list-of = Luați cu dumneavoastră lista de medicamente.
# en: Do not book more than you need. Other people need appointments too.
do-not-book-more = Nu faceți mai multe programări decât aveți nevoie. Și alți oameni au nevoie de programări.
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
