# Polski: the guide "nhs-app", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get the NHS App and log in
get-the-nhs-app = Pobierz NHS App i zaloguj się
# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
get-the-free-nhs = Pobierz bezpłatną NHS App na telefon lub tablet. Potem załóż konto NHS login.
# en: About 20 to 30 minutes. The check of your ID can take a week or more.
about-20-to-30 = Około 20 do 30 minut. Sprawdzenie dokumentu może potrwać tydzień lub dłużej.
# en: A smartphone or tablet that can use the internet
a-smartphone-or-tablet = Smartfon lub tablet z dostępem do internetu
# en: An email address that you can open
an-email-address-that = Adres e-mail, do którego masz dostęp
# en: Your mobile phone number, or a landline number
your-mobile-phone-number = Twój numer komórki albo telefonu stacjonarnego
# en: Photo ID, like a passport or a driving licence
photo-id-like-a = Dokument ze zdjęciem, na przykład paszport lub prawo jazdy
# en: NHS England Digital: Getting patients started with NHS login
nhs-england-digital-getting = NHS England Digital: Jak pomóc pacjentom zacząć korzystać z NHS login
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide = NHS England Digital: Poradnik dla wolontariuszy – potwierdzanie tożsamości dokumentem ze zdjęciem
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide-2 = NHS England Digital: Poradnik dla wolontariuszy – potwierdzanie tożsamości bez dokumentu ze zdjęciem
# en: NHS login team guidance on accepted photo ID (PatientPack support: Problems applying for an NHS login)
nhs-login-team-guidance = Wskazówki zespołu NHS login o tym, jakie dokumenty ze zdjęciem są przyjmowane (PatientPack support: Problems applying for an NHS login)
# en: nhs-digital.zendesk.com: who can use the NHS App at 13 to 15
nhs-digital-zendesk-com = nhs-digital.zendesk.com: kto może korzystać z NHS App w wieku od 13 do 15 lat
# en: nhs-digital.zendesk.com: how long identity checks can take
nhs-digital-zendesk-com-2 = nhs-digital.zendesk.com: ile może trwać sprawdzanie tożsamości
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: The NHS App is free. An app is a program for a phone or tablet.
the-nhs-app-is = NHS App jest bezpłatna. Aplikacja to program na telefon lub tablet.
# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
in-the-nhs-app = W NHS App możesz zamawiać leki i umawiać wizyty. Możesz też zobaczyć swoją dokumentację medyczną.
# en: You can use it on a computer too, on the NHS website.
you-can-use-it = Możesz też korzystać z niej na komputerze, na stronie NHS.
# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
you-can-use-the = Możesz korzystać z NHS App, jeśli masz co najmniej 13 lat. Musisz mieć swoją przychodnię w Anglii.
# en: A GP is a family doctor. A GP surgery is the place where your GP works.
a-gp-is-a = GP to lekarz rodzinny. Przychodnia to miejsce, gdzie pracuje Twój lekarz rodzinny.
# en: Are you 13 to 15? Ask your GP surgery first. You cannot see your GP record on your own until they set it up.
are-you-13-to = Masz od 13 do 15 lat? Najpierw zapytaj w przychodni. Nie możesz samodzielnie oglądać dokumentacji u GP, dopóki przychodnia tego nie ustawi.
# en: **Is your GP surgery in Wales?** Use the NHS Wales App instead. You must be 16 or over to use it.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Zamiast tego korzystaj z NHS Wales App. Musisz mieć co najmniej 16 lat.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplikacja co jakiś czas się zmienia. Twoje ekrany mogą wyglądać trochę inaczej niż w tym poradniku.
# en: Before you start, check that the person has their phone, their email address and their photo ID with them. They need all of these to make an NHS login.
before-you-start-check = Zanim zaczniesz, sprawdź, czy ta osoba ma przy sobie telefon, adres e-mail i dokument ze zdjęciem. Potrzebuje tego wszystkiego, żeby założyć konto NHS login.
# en: Get the app
get-the-app = Pobierz aplikację
# en: A phone with a shopping bag on its screen, for the app store
a-phone-with-a = Telefon z torbą na zakupy na ekranie, czyli sklep z aplikacjami
# en: Open the app store on your phone or tablet.
open-the-app-store = Otwórz sklep z aplikacjami na telefonie lub tablecie.
# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
on-an-iphone-or = Na iPhonie lub iPadzie to **App Store**. Na większości innych telefonów to **Google Play** (Sklep Play).
# en: A phone with a search box and a big magnifying glass
a-phone-with-a-2 = Telefon z polem wyszukiwania i dużą lupą
# en: Tap the search box. Type **NHS App**.
tap-the-search-box = Naciśnij pole wyszukiwania. Wpisz **NHS App**.
# en: Check that you have the real NHS App. It is free. Never pay for it.
check-that-you-have = Sprawdź, czy to prawdziwa NHS App. Jest bezpłatna. Nigdy za nią nie płać.
# en: Tap **Get** on an iPhone, or **Install** on other phones. Wait for the app to load.
tap-install-or-get = Na iPhonie naciśnij **Get** (Pobierz). Na innych telefonach naciśnij **Install** (Zainstaluj). Poczekaj, aż aplikacja się pobierze.
# en: A phone with the app open. There is a big button at the bottom.
a-phone-with-the = Telefon z otwartą aplikacją. Na dole jest duży przycisk.
# en: Open the NHS App. Tap **Continue**.
open-the-nhs-app = Otwórz NHS App. Naciśnij **Continue** (Dalej).
# en: Make your NHS login
make-your-nhs-login = Załóż konto NHS login
# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
you-need-an-nhs = Żeby korzystać z aplikacji, potrzebujesz konta NHS login. NHS login to Twoje własne konto do aplikacji i stron NHS. Logujesz się adresem e-mail i hasłem.
# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
already-have-an-nhs = Masz już konto NHS login? Zaloguj się na nie. Potem przejdź do [kroku 11]({ $link1 }).
# en: A letter and a padlock, for your email address and your password
a-letter-and-a = List i kłódka, czyli Twój adres e-mail i hasło
# en: Type your email address. Then make a password.
type-your-email-address = Wpisz swój adres e-mail. Potem utwórz hasło.
# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
use-a-password-that = Użyj hasła, które trudno zgadnąć. Nie używaj swojego imienia ani daty urodzenia. Nie używaj tego hasła nigdzie indziej.
# en: A letter with 6 dots on it, for a secret code
a-letter-with-6 = List z 6 kropkami, czyli tajny kod
# en: NHS login sends a code to your email. Open your email. Type the code into the app.
nhs-login-sends-a = NHS login wysyła kod na Twój e-mail. Otwórz swoją pocztę. Wpisz kod w aplikacji.
# en: No code? Look in your junk or spam folder.
no-code-look-in = Nie ma kodu? Sprawdź folder Śmieci (Junk) albo Spam.
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-3 = Telefon z dymkiem. W dymku jest 6 kropek, czyli kod.
# en: Type your phone number. It can be a mobile or a landline.
type-your-mobile-phone = Wpisz swój numer telefonu. Może to być komórka albo telefon stacjonarny.
# en: NHS login sends a code to that phone. Type the code into the app.
nhs-login-sends-a-2 = NHS login wysyła kod na ten telefon. Wpisz kod w aplikacji.
# en: Prove who you are
prove-who-you-are = Potwierdź, kim jesteś
# en: Next, NHS login checks that you are you. This keeps your health details safe.
next-nhs-login-checks = Potem NHS login sprawdza, czy to naprawdę Ty. To chroni Twoje dane o zdrowiu.
# en: A card with a face on it, and a page of details about you
a-card-with-a = Karta z twarzą i strona z danymi o Tobie
# en: Type your NHS number, your date of birth and your postcode.
type-your-nhs-number = Wpisz swój numer NHS, datę urodzenia i kod pocztowy.
# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
your-nhs-number-is = Twój numer NHS ma 10 cyfr. Jest na listach od NHS. Jeśli go nie znasz, możesz zamiast tego wpisać imię i nazwisko.
# en: Use the postcode your GP surgery has for you. Do they use the surgery’s own address for you? Then type the surgery’s postcode.
use-the-postcode-your = Wpisz kod pocztowy, który ma dla Ciebie przychodnia. Przychodnia używa dla Ciebie swojego adresu? Wtedy wpisz kod pocztowy przychodni.
# en: A phone takes a photo of a passport
a-phone-takes-a = Telefon robi zdjęcie paszportu
# en: Take a photo of your photo ID with the app.
take-a-photo-of = Zrób w aplikacji zdjęcie swojego dokumentu ze zdjęciem.
# en: Put it on a dark, flat table in good light. Show all 4 corners. Make sure there is no shine on it.
put-it-on-a = Połóż go na ciemnym, płaskim stole, w dobrym świetle. Pokaż wszystkie 4 rogi. Uważaj, żeby nic się na nim nie błyszczało.
# en: You can use one of these:
you-can-use-one = Możesz użyć jednego z tych dokumentów:
# en: The cover of a passport, with a round badge on it
the-cover-of-a = Okładka paszportu z okrągłym godłem
# en: a passport
a-passport-2 = paszport
# en: A driving licence card with a photo
a-driving-licence-card = Prawo jazdy ze zdjęciem
# en: a UK driving licence, full or provisional, or a full European driving licence
a-uk-driving-licence = brytyjskie prawo jazdy (pełne albo tymczasowe) albo pełne prawo jazdy z Europy
# en: An identity card with a photo and a star
an-identity-card-with = Dowód osobisty ze zdjęciem i gwiazdką
# en: a European national identity card, or a UK residence card
a-european-national-identity = dowód osobisty z kraju w Europie albo brytyjska karta pobytu
# en: You cannot use a bus pass or an NHS ID card.
you-cannot-use-a = Nie możesz użyć karty autobusowej ani identyfikatora NHS.
# en: A woman in a hijab holds up her phone. The phone films her face.
a-woman-in-a = Kobieta w hidżabie trzyma telefon. Telefon nagrywa jej twarz.
# en: Then the app checks your face. It may scan your face, or ask for a short video.
then-the-app-checks = Potem aplikacja sprawdza Twoją twarz. Może ją zeskanować albo poprosić o krótki film.
# en: In the video, you say 4 numbers. You can sign them in British Sign Language instead. Or write them down and show them.
in-the-video-you = Na filmie mówisz 4 liczby. Zamiast tego możesz je pokazać w brytyjskim języku migowym. Albo zapisz je i pokaż.
# en: Do flashing lights affect you, for example because of epilepsy? Choose the video, not the face scan.
do-flashing-lights-affect = Migające światła źle na Ciebie działają, na przykład przez padaczkę? Wybierz film, a nie skan twarzy.
# en: No photo ID? Your GP surgery can give you 3 details to prove who you are instead.
no-photo-id-your = Nie masz dokumentu ze zdjęciem? Przychodnia może dać Ci 3 informacje, żeby potwierdzić, kim jesteś.
# en: See [what to do if NHS login goes wrong]({ $link1 }).
see-what-to-do = Zobacz, [co zrobić, gdy coś nie działa w NHS login]({ $link1 }).
# en: A clock next to a letter with a tick on it
a-clock-next-to = Zegar obok listu z ptaszkiem
# en: Wait for NHS login to check your details. This can be quick, or take a week or more.
wait-for-nhs-login = Poczekaj, aż NHS login sprawdzi Twoje dane. To może pójść szybko albo potrwać tydzień lub dłużej.
# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
nhs-login-sends-you = Gdy NHS login sprawdzi dane, wyśle Ci e-mail. Wcześniej możesz już korzystać z części aplikacji.
# en: Did the check fail? The email says why. You can try again, or ask your GP surgery for the 3 details.
did-the-check-fail = Sprawdzenie się nie udało? W e-mailu jest napisane dlaczego. Możesz spróbować jeszcze raz albo poprosić przychodnię o te 3 informacje.
# en: Log in with your fingerprint or face
log-in-with-your = Logowanie odciskiem palca lub twarzą
# en: A fingerprint and a face, the 2 quick ways to log in
a-fingerprint-and-a = Odcisk palca i twarz, czyli 2 szybkie sposoby logowania
# en: You can log in with your fingerprint or your face. It is quicker than a password.
you-can-log-in = Możesz logować się odciskiem palca lub twarzą. To szybsze niż hasło.
# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
your-phone-needs-a = Do tego na telefonie musi być blokada ekranu, na przykład PIN. PIN to tajny numer, który wybierasz.
# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
the-app-may-ask = Aplikacja może zapytać, czy chcesz to włączyć. Możesz też otworzyć ustawienia aplikacji i tam to włączyć.
# en: A phone with a big tick: you are logged in
a-phone-with-a-4 = Telefon z dużym ptaszkiem: logowanie się udało
# en: Next time, open the NHS App. Use your fingerprint or face.
next-time-open-the = Następnym razem otwórz NHS App. Użyj odcisku palca lub twarzy.
# en: Or type your email and password. Then type the code that comes to your phone.
or-type-your-email = Albo wpisz e-mail i hasło. Potem wpisz kod, który przyjdzie na Twój telefon.
# en: Keep your NHS login safe
keep-your-nhs-login = Dbaj o bezpieczeństwo konta NHS login
# en: Keep your password secret.
keep-your-password-secret = Trzymaj hasło w tajemnicy.
# en: Log out when you finish, if other people use your phone or tablet.
log-out-when-you = Wyloguj się po skończeniu, jeśli inne osoby używają Twojego telefonu lub tabletu.
# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
do-not-tell-anyone = Nie mów nikomu swojego hasła ani kodu. Nawet komuś, kto mówi, że jest z NHS.
# en: Do not keep your password where other people can see it.
do-not-keep-your = Nie trzymaj hasła tam, gdzie inni mogą je zobaczyć.
# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
the-nhs-will-never = NHS nigdy nie poprosi Cię o hasło. Dowiedz się, jak [rozpoznać oszustów podszywających się pod NHS]({ $link1 }).
# en: Need help with any step? See [how to get help to get online]({ $link1 }).
need-help-with-any = Potrzebujesz pomocy przy którymś kroku? Zobacz, [jak dostać pomoc, żeby korzystać z internetu]({ $link1 }).
# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
next-you-can-order = Potem możesz [zamówić receptę powtarzalną]({ $link1 }) lub [umówić wizytę u lekarza rodzinnego]({ $link2 }).
# en: junk
junk = śmieci
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = folder na e-maile, które wyglądają na niechciane lub niebezpieczne
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address-2 = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: screen lock
screen-lock = blokada ekranu
# en: a PIN, pattern, fingerprint or face check that stops other people opening your phone
a-pin-pattern-fingerprint = PIN, wzór, odcisk palca albo skan twarzy, dzięki którym inni nie otworzą Twojego telefonu
# en: settings
settings = ustawienia
# en: the part of an app or phone where you choose how it works
the-part-of-an = część aplikacji lub telefonu, w której wybierasz, jak ma działać
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = wiadomości, o które nie prosisz. Wiele z nich to oszustwa.
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
