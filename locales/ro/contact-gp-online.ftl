# Română: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = Contactați online medicul de familie
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = Folosiți formularul online de la medicul de familie. Cu el cereți ajutor, o programare sau un medicament.
# en: About 10 minutes
about-10-minutes = În jur de 10 minute
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Un telefon, o tabletă sau un calculator cu internet
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = Site-ul cabinetului medicului de familie sau NHS App
# en: A few words about what you need
a-few-words-about = Câteva cuvinte despre ce aveți nevoie
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Contractul medicilor de familie – ce trebuie să știți (29 septembrie 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Dumneavoastră și cabinetul medicului de familie (carta pacientului)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: cabinetele trebuie să țină formularele online deschise 8:00–18:30, din 1 octombrie 2025
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: medicii de familie trebuie să analizeze cererile pacienților în 1 zi lucrătoare
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Notificări și mesaje în NHS App
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: Când sunați la 999
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = Cabinetul medicului de familie are un formular online. Îl puteți folosi ca să cereți ajutor fără să sunați. În engleză, medicul de familie se numește GP.
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = Formularul este deschis de luni până vineri, între 8:00 și 18:30. Fiecare cabinet de medicină de familie din Anglia trebuie să îl țină deschis atunci.
# en: An ambulance with its blue lights on
an-ambulance-with-its = O ambulanță cu lumini albastre aprinse
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = Formularul nu este pentru urgențe. **Sunați la 999** dacă viața cuiva poate fi în pericol. Vedeți [când sunați la 999]({ $link1 }).
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = Aveți nevoie repede de ajutor și cabinetul este închis? Folosiți [NHS 111 online]({ $link1 }) sau sunați la **111**.
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Întrebați-i cum îi puteți contacta online. Regulile de pe această pagină sunt pentru Anglia.
# en: Find the form
find-the-form = Găsiți formularul
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = Un browser web care arată site-ul unui cabinet de medicină de familie
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = Intrați pe site-ul cabinetului medicului de familie. Căutați butonul pentru a contacta cabinetul online.
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = Îl găsiți și în NHS App. Deschideți aplicația și intrați în cont. Căutați opțiunea pentru a contacta cabinetul medicului de familie.
# en: Fill in the form
fill-in-the-form = Completați formularul
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = Un telefon cu un formular cu 3 variante: un medicament, o întrebare și un calendar
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = Alegeți la ce aveți nevoie de ajutor. De exemplu, o problemă de sănătate, un medicament sau o scrisoare de la cabinet.
# en: A phone with a form and a pencil
a-phone-with-a = Un telefon cu un formular și un creion
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = Răspundeți la întrebări. Spuneți ce problemă aveți și de cât timp o aveți.
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = Puteți scrie pe scurt. De exemplu, „mă doare genunchiul de 2 săptămâni”.
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = Un telefon cu un balon de vorbire și un steag, pentru altă limbă
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = Spuneți-le dacă aveți nevoie de un interpret. Spuneți-le și dacă aveți nevoie de ajutor în plus. De exemplu, o programare mai lungă sau un loc liniștit.
# en: A phone and a clock, for when you can talk
a-phone-and-a = Un telefon și un ceas, pentru când puteți vorbi
# en: Say how they can contact you, and when you are free.
say-how-they-can = Spuneți cum vă pot contacta și când aveți timp.
# en: Check your phone number is right. They may call you.
check-your-phone-number = Verificați dacă numărul de telefon este corect. S-ar putea să vă sune.
# en: Send it
send-it = Trimiteți formularul
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = Un telefon cu o bifă mare, verde, și un avion de hârtie
# en: Check your answers. Then send the form.
check-your-answers-then = Citiți din nou ce ați scris. Apoi trimiteți formularul.
# en: You get a message to say that your surgery has it.
you-get-a-message = Primiți un mesaj care vă spune că formularul a ajuns la cabinet.
# en: What happens next
what-happens-next = Ce se întâmplă după aceea
# en: A calendar with a tick on the next day
a-calendar-with-a = Un calendar cu o bifă pe ziua următoare
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = Cabinetul vă spune ce urmează în cel mult 1 zi lucrătoare. Zilele lucrătoare sunt de luni până vineri, fără sărbătorile legale.
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = Vă pot oferi o programare sau vă pot suna. Vă pot trimite un mesaj sau vă pot spune să mergeți la un farmacist.
# en: A phone with a message in the NHS App
a-phone-with-a-4 = Un telefon cu un mesaj în NHS App
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = Țineți telefonul la îndemână. Urmăriți dacă primiți un SMS, un apel sau un mesaj în NHS App.
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = Vedeți [mesajele din NHS App]({ $link1 }).
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = Vă simțiți mai rău cât așteptați? Folosiți [NHS 111 online]({ $link1 }) sau sunați la **111**.
# en: Remember
remember = De reținut
# en: Use the form for things that are not urgent.
use-the-form-for = Folosiți formularul pentru lucruri care nu sunt urgente.
# en: Say clearly what is wrong.
say-clearly-what-is = Spuneți clar ce problemă aveți.
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = Nu folosiți formularul când este o urgență. Sunați la 999.
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: pharmacist
pharmacist = farmacist
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = un specialist în medicamente, care lucrează într-o farmacie
