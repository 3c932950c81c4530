# Polski: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = Pomóż komuś innemu korzystać z usług przychodni przez internet
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = Opiekujesz się kimś, jesteś rodzicem albo członkiem rodziny? Może możesz pomagać tej osobie w NHS App.
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = Około 15 minut, żeby poprosić. Przychodnia może potrzebować kilku dni, żeby to ustawić.
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = Twoja własna NHS App i Twoje własne konto NHS login
# en: The person you help, if they can agree to it
the-person-you-help = Osoba, której pomagasz, jeśli może się na to zgodzić
# en: Photo ID, for you and maybe for them
photo-id-for-you = Dokument ze zdjęciem, dla Ciebie i może dla tej osoby
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: Jak dostać dostęp dla rodziny i opiekunów (proxy access) do usług dla dorosłych
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: Informacje dla osób poniżej 16 lat – rodzic lub opiekun prawny korzysta z usług Twojego lekarza
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: Proxy access – korzystanie z powiązanych profili
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: Jak ustawić proxy access
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: NHS App – wszystko, co musisz wiedzieć (zmiana profilu)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = Może opiekujesz się kimś. Albo pomagasz dziecku, mamie albo tacie. Albo pomagasz przyjacielowi.
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = Możesz poprosić, żeby korzystać z usług przychodni online w imieniu tej osoby. To się nazywa **proxy access** (dostęp w czyimś imieniu).
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = Potem w NHS App zobaczysz jej **powiązany profil** (linked profile) obok swojego. Profil to część aplikacji z danymi jednej osoby.
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Zapytaj tam, jak możesz komuś pomagać przez internet. Ten poradnik jest o NHS App w Anglii.
# en: What you may be able to do
what-you-may-be = Co możesz robić
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = Przychodnia decyduje, co możesz robić. Być może możesz:
# en: A calendar with one day circled
a-calendar-with-one = Kalendarz z zakreślonym jednym dniem
# en: book and cancel their appointments
book-and-cancel-their = umawiać i odwoływać wizyty tej osoby
# en: A medicine box and a pill
a-medicine-box-and = Opakowanie leków i tabletka
# en: order their repeat prescriptions
order-their-repeat-prescriptions = zamawiać jej recepty powtarzalne
# en: A folder with a heart on it
a-folder-with-a = Teczka z sercem
# en: see some or all of their GP health record
see-some-or-all = oglądać część albo całość jej dokumentacji u GP
# en: Ask for access
ask-for-access = Poproś o dostęp
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = Dwie osoby przy rejestracji w przychodni: opiekun i starszy mężczyzna
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = Skontaktuj się z przychodnią osoby, której pomagasz. Poproś o proxy access.
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = Żeby korzystać z NHS App, oboje musicie być pacjentami tej samej przychodni. Jeśli nie jesteście, przychodnia powie, czego użyć zamiast tego.
# en: A form and a passport
a-form-and-a = Formularz i paszport
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = Możliwe, że oboje będziecie musieli wypełnić formularz. Może też być potrzebny dokument ze zdjęciem.
# en: A person nods and signs a form
a-person-nods-and = Osoba kiwa głową i podpisuje formularz
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = Przychodnia sprawdza, czy osoba, której pomagasz, się zgadza.
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = Ta osoba nie może zrozumieć albo się zgodzić, na przykład z powodu demencji? Przychodnia może i tak dać Ci dostęp. Zdecyduje, co jest dla niej najlepsze.
# en: A phone with a tick: access is ready
a-phone-with-a = Telefon z ptaszkiem: dostęp jest gotowy
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = Przychodnia wszystko ustawia. Powie Ci, kiedy dostęp będzie gotowy.
# en: Use their profile
use-their-profile = Korzystaj z profilu tej osoby
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = Telefon z 2 twarzami. Strzałka prowadzi od jednej twarzy do drugiej.
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = Otwórz NHS App i zaloguj się swoim własnym kontem NHS login.
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = Wybierz imię osoby, której pomagasz. Teraz możesz umawiać wizyty albo zamawiać leki w jej imieniu.
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = Telefon z kolorowym paskiem u góry, który pokazuje, czyj to profil
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = Aplikacja pokazuje, czyjego profilu używasz. Sprawdź imię, zanim coś umówisz albo zamówisz.
# en: Go back to your own profile when you finish.
go-back-to-your = Kiedy skończysz, wróć do swojego profilu.
# en: What you cannot do
what-you-cannot-do = Czego nie możesz robić
# en: You cannot do more than the surgery allows.
you-cannot-do-more = Nie możesz robić więcej, niż pozwala przychodnia.
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = Nie używaj NHS login ani hasła tej osoby. Używaj swoich.
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = Dostęp rodzica kończy się, gdy dziecko skończy 16 lat. Wtedy dziecko może samo wybrać, kto mu pomaga.
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = Osoba, której pomagasz, może poprosić przychodnię o zmianę Twojego dostępu. Może też poprosić o jego zakończenie.
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = Chcesz zobaczyć swoją dokumentację? Zobacz, [jak zobaczyć swoją dokumentację medyczną]({ $link1 }).
# en: proxy access
proxy-access = proxy access
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = gdy przychodnia pozwala Ci korzystać z części jej usług online w imieniu innej osoby
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
