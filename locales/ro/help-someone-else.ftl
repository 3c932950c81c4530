# Română: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = Ajutați pe altcineva să folosească online serviciile medicului de familie
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = Sunteți îngrijitor, părinte sau rudă? Poate puteți ajuta în NHS App persoana de care aveți grijă.
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = În jur de 15 minute ca să cereți. Cabinetul poate avea nevoie de câteva zile ca să pregătească accesul.
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = NHS App pe telefonul dumneavoastră, cu propriul cont NHS login
# en: The person you help, if they can agree to it
the-person-you-help = Persoana pe care o ajutați, dacă poate fi de acord
# en: Photo ID, for you and maybe for them
photo-id-for-you = Un act de identitate cu poză, pentru dumneavoastră și poate și pentru ea
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: Cum obțineți acces pentru familie și îngrijitori (proxy access) pentru adulți
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: Pentru cei sub 16 ani – un părinte sau tutore care folosește serviciile medicului tău
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: Proxy access – cum folosiți profilurile legate
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: Cum configurați proxy access
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: NHS App – tot ce trebuie să știți (schimbarea profilului)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: condiții de utilizare (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = Poate aveți grijă de cineva. Sau poate ajutați un copil, un părinte sau un prieten.
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = Puteți cere să folosiți online, în numele lor, serviciile medicului lor de familie. Acest lucru se numește **proxy access**.
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = Apoi, în NHS App, vedeți **linked profile**, adică profilul lor legat, lângă profilul dumneavoastră. Profilul este partea din aplicație cu datele unei persoane.
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **Cabinetul medicului de familie este în Țara Galilor?** Întrebați-i cum puteți ajuta pe cineva online. Acest ghid este despre NHS App din Anglia.
# en: What you may be able to do
what-you-may-be = Ce ați putea face
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = Cabinetul medicului de familie decide ce puteți face. Ați putea:
# en: A calendar with one day circled
a-calendar-with-one = Un calendar cu o zi încercuită
# en: book and cancel their appointments
book-and-cancel-their = să faceți și să anulați programările lor
# en: A medicine box and a pill
a-medicine-box-and = O cutie de medicamente și o pastilă
# en: order their repeat prescriptions
order-their-repeat-prescriptions = să le comandați din nou medicamentele pe care le iau mereu
# en: A folder with a heart on it
a-folder-with-a = Un dosar cu o inimă pe el
# en: see some or all of their GP health record
see-some-or-all = să vedeți dosarul lor medical de la medicul de familie, tot sau o parte
# en: Ask for access
ask-for-access = Cereți acces
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = Două persoane la recepția unui cabinet medical: un îngrijitor și un bărbat în vârstă
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = Contactați cabinetul medicului de familie al persoanei pe care o ajutați. Cereți proxy access.
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = Pentru NHS App, trebuie să fiți amândoi pacienți la același cabinet. Dacă nu sunteți, cabinetul vă spune ce să folosiți în schimb.
# en: A form and a passport
a-form-and-a = Un formular și un pașaport
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = Poate trebuie să completați amândoi un formular. Poate trebuie să arătați și un act de identitate cu poză.
# en: A person nods and signs a form
a-person-nods-and = O persoană dă din cap că este de acord și semnează un formular
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = Cabinetul verifică dacă persoana pe care o ajutați este de acord.
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = Persoana nu poate înțelege sau nu poate fi de acord, de exemplu din cauza demenței? Cabinetul vă poate da totuși acces. Cabinetul decide ce este mai bine pentru ea.
# en: A phone with a tick: access is ready
a-phone-with-a = Un telefon cu o bifă: accesul este gata
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = Cabinetul pregătește accesul. Vă spune când este gata.
# en: Use their profile
use-their-profile = Folosiți profilul lor
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = Un telefon cu 2 fețe. O săgeată merge de la o față la cealaltă.
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = Deschideți NHS App și intrați în cont cu propriul NHS login.
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = Alegeți numele persoanei pe care o ajutați. Acum puteți face programări sau comenzi pentru ea.
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = Un telefon cu o bandă colorată sus, care arată al cui este profilul
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = Aplicația arată ce profil folosiți. Verificați numele înainte să faceți o programare sau o comandă.
# en: Go back to your own profile when you finish.
go-back-to-your = Când terminați, întoarceți-vă la profilul dumneavoastră.
# en: What you cannot do
what-you-cannot-do = Ce nu puteți face
# en: You cannot do more than the surgery allows.
you-cannot-do-more = Nu puteți face mai mult decât vă lasă cabinetul.
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = Nu folosiți contul NHS login sau parola lor. Folosiți contul dumneavoastră.
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = Accesul unui părinte se oprește când copilul împlinește 16 ani. Apoi copilul poate alege cine îl ajută.
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = Persoana pe care o ajutați poate cere cabinetului să vă schimbe accesul. Poate cere și să îl oprească.
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = Vreți să vedeți propriul dosar? Vedeți [cum vedeți dosarul medical]({ $link1 }).
# en: proxy access
proxy-access = proxy access
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = când medicul de familie vă lasă să folosiți unele servicii online pentru o altă persoană
# en: log in
log-in = intrați în cont
# en: type your email address and password to get into your account
type-your-email-address = scrieți adresa de e-mail și parola ca să intrați în contul dumneavoastră
