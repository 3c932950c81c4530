# Română: the guide "health-record", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: See your health record and test results
see-your-health-record = Vedeți dosarul medical și rezultatele testelor
# en: See your GP health record and your test results in the NHS App.
see-your-gp-health = Vedeți în NHS App dosarul medical de la medicul de familie și rezultatele testelor.
# en: About 5 to 10 minutes
about-5-to-10 = În jur de 5 până la 10 minute
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App, cu contul NHS login
# en: A quiet place where other people cannot see your screen
a-quiet-place-where = Un loc liniștit, unde alții nu vă pot vedea ecranul
# en: NHS England Digital: Patient records in the NHS App (guidance for GP practices)
nhs-england-digital-patient = NHS England Digital: Dosarele pacienților în NHS App (ghid pentru cabinetele medicilor de familie)
# en: Ansdell Medical Centre: Your GP health record (what is not in it)
ansdell-medical-centre-your = Ansdell Medical Centre: Dosarul medical de la medicul de familie (ce nu conține)
# en: St Luke's Surgery, Guildford: Accessing your GP-held records via the NHS App
st-luke-s-surgery = St Luke's Surgery, Guildford: Cum vedeți în NHS App dosarele de la medicul de familie
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Notificări și mesaje în NHS App
# en: nhs.uk: How to get proxy access (family and carer access)
nhs-uk-how-to = nhs.uk: Cum obțineți acces în numele altcuiva (acces pentru familie și îngrijitori)
# en: NHS England Digital support: What are the age restrictions for the NHS App?
nhs-uk-nhs-app = NHS England Digital support: Care sunt limitele de vârstă pentru NHS App?
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: Your **GP health record** is what your GP surgery writes about your health. A GP is a family doctor.
your-gp-health-record = **Dosarul medical de la medicul de familie** are date despre sănătatea dumneavoastră. Le scrie medicul de familie. În engleză, medicul de familie se numește GP.
# en: It shows things like your medicines, your allergies and your test results. An allergy is when something, like a food or a medicine, makes you ill.
it-shows-things-like = Arată, de pildă, ce medicamente luați, ce alergii aveți și rezultatele testelor. O alergie este când ceva vă face rău, ca un aliment sau un medicament.
# en: No app yet? First, see [how to get the NHS App]({ $link1 }). You must prove who you are to see your record.
no-app-yet-first = Nu aveți încă aplicația? Mai întâi, vedeți [cum instalați NHS App]({ $link1 }). Trebuie să dovediți cine sunteți ca să vedeți dosarul.
# en: **Is your GP surgery in Wales?** You can see your GP record in the NHS Wales App.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Puteți vedea dosarul medical în NHS Wales App.
# en: Your GP surgery decides what you can see. You may not see everything. Under 16? Ask your GP surgery.
your-gp-surgery-decides = Cabinetul medicului de familie decide ce puteți vedea. S-ar putea să nu vedeți tot. Aveți sub 16 ani? Întrebați la cabinet.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplicația se schimbă din când în când. Ecranele pot arăta puțin altfel decât în acest ghid.
# en: Open your health record
open-your-health-record = Deschideți dosarul medical
# en: A phone with a folder on its screen. The folder has a heart on it.
a-phone-with-a = Un telefon cu un dosar pe ecran. Pe dosar este o inimă.
# en: Open the NHS App and log in. Tap **Your health**. Then tap **GP health record**.
open-the-nhs-app = Deschideți NHS App și intrați în cont. Apăsați pe **Your health**, adică sănătatea dumneavoastră. Apoi apăsați **GP health record** (dosarul medical de la medicul de familie).
# en: A folder with a heart, and tabs for medicines, jabs and tests
a-folder-with-a = Un dosar cu o inimă și cu etichete pentru medicamente, vaccinuri și teste
# en: Choose what you want to see. For example:
choose-what-you-want = Alegeți ce vreți să vedeți. De exemplu:
# en: your medicines
your-medicines = medicamentele
# en: your allergies
your-allergies = alergiile
# en: your vaccinations
your-vaccinations = vaccinurile
# en: your test results
your-test-results = rezultatele testelor
# en: notes from your appointments
notes-from-your-appointments = notițe de la consultații
# en: Vaccinations are jabs that protect you from illness, like the flu jab.
vaccinations-are-jabs-that = Vaccinurile sunt injecții care vă apără de boli, ca cel contra gripei.
# en: Your GP record does not have everything. Some letters from a hospital, dentist or optician are not in it.
your-gp-record-does = Dosarul de la medicul de familie nu are tot. Unele scrisori de la spital, dentist sau optician nu sunt în el.
# en: They are only in it if the sender gave your GP a copy.
they-are-only-in = Sunt în el doar dacă expeditorul i-a dat o copie medicului de familie.
# en: Ask them for anything else.
ask-them-for-anything = Pentru restul, întrebați spitalul, dentistul sau opticianul.
# en: A page of notes with a magnifying glass over it
a-page-of-notes = O pagină de notițe cu o lupă deasupra
# en: Read your record. Some words may be hard. They are medical words.
read-your-record-some = Citiți dosarul. Unele cuvinte pot fi grele. Sunt cuvinte medicale.
# en: Ask your GP surgery if you do not know what something means.
ask-your-gp-surgery = Întrebați la cabinetul medicului de familie dacă nu știți ce înseamnă ceva.
# en: See your test results
see-your-test-results = Vedeți rezultatele testelor
# en: A phone with a list of results, next to a test tube
a-phone-with-a-2 = Un telefon cu o listă de rezultate, lângă o eprubetă
# en: In your health record, tap **Test results**. Then tap a test to see more.
in-your-health-record = În dosarul medical, apăsați **Test results** (rezultatele testelor). Apoi apăsați pe un test ca să vedeți mai mult.
# en: A doctor or nurse may add a short note to a result. For example, “normal, no action needed”.
a-doctor-or-nurse = Un medic sau o asistentă poate scrie o notă scurtă la un rezultat. De exemplu, „normal, nu trebuie făcut nimic”.
# en: Your GP surgery may also send a result as a message in the NHS App. See [messages in the NHS App]({ $link1 }).
your-gp-surgery-may = Cabinetul vă poate trimite un rezultat și printr-un mesaj în NHS App. Vedeți [mesajele din NHS App]({ $link1 }).
# en: A phone with a result, and a speech bubble with a question mark
a-phone-with-a-3 = Un telefon cu un rezultat și un balon de vorbire cu un semn de întrebare
# en: You may see a result before a doctor talks to you about it. This can be when your GP surgery is closed.
you-may-see-a = Poate vedeți un rezultat înainte să vă vorbească medicul despre el. Se poate întâmpla când cabinetul este închis.
# en: Worried about a result? Contact your GP surgery. They can tell you what it means.
worried-about-a-result = Vă îngrijorează un rezultat? Contactați medicul de familie. Vă pot spune ce înseamnă.
# en: Feel very unwell? Do not wait. Use [NHS 111 online]({ $link1 }) or call **111**. Call **999** if someone’s life may be in danger.
feel-very-unwell-do = Vă simțiți foarte rău? Nu așteptați. Folosiți [NHS 111 online]({ $link1 }) sau sunați la **111**. Sunați la **999** dacă viața cuiva poate fi în pericol.
# en: If something looks wrong
if-something-looks-wrong = Dacă ceva pare greșit
# en: A page of notes with a pencil, for putting a mistake right
a-page-of-notes-2 = O pagină de notițe cu un creion, pentru a corecta o greșeală
# en: Does something look wrong or missing? Tell your GP surgery. They can check it.
does-something-look-wrong = Ceva pare greșit sau lipsește? Spuneți-le la cabinetul medicului de familie. Ei pot verifica.
# en: Tell them too if you see details about someone else.
tell-them-too-if = Spuneți-le și dacă vedeți date despre altă persoană.
# en: Keep your record private
keep-your-record-private = Păstrați dosarul privat
# en: An older man reads his tablet alone in his armchair at home
an-older-man-reads = Un bărbat în vârstă citește pe tabletă, singur, în fotoliul lui de acasă
# en: Your record is private. Read it where other people cannot see your screen.
your-record-is-private = Dosarul dumneavoastră este privat. Citiți-l unde alții nu vă pot vedea ecranul.
# en: Log out when you finish, if other people use your phone, tablet or computer.
log-out-when-you = Ieșiți din cont când terminați, dacă și alții folosesc telefonul, tableta sau calculatorul.
# en: Is someone making you show them your record? You do not have to. Tell your GP surgery.
is-someone-making-you = Vă obligă cineva să îi arătați dosarul? Nu trebuie să o faceți. Spuneți-le la cabinetul medicului de familie.
# en: Remember
remember = De reținut
# en: Do you care for someone? Their GP surgery may let you see their record for them. See [how to help someone else]({ $link1 }).
do-you-care-for = Aveți grijă de cineva? Cabinetul medicului său de familie vă poate lăsa să îi vedeți dosarul. Vedeți [cum ajutați pe altcineva]({ $link1 }).
# en: Keep your NHS login password secret.
keep-your-nhs-login = Țineți secretă parola de la NHS login.
# en: Want someone you trust to help with your record? Ask your GP surgery.
want-someone-you-trust = Vreți ca o persoană de încredere să vă ajute cu dosarul? Întrebați medicul de familie.
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
# en: tap
tap = apăsați
# en: touch the screen with your finger
touch-the-screen-with = atingeți ecranul cu degetul
