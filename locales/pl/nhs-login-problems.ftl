# Polski: the guide "nhs-login-problems", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: When NHS login goes wrong
when-nhs-login-goes = Gdy coś nie działa w NHS login
# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
what-to-do-if = Co zrobić, gdy nie masz dokumentu ze zdjęciem albo sprawdzenie się nie uda. Co zrobić, gdy zapomnisz hasła.
# en: About 10 to 20 minutes
about-10-to-20 = Około 10 do 20 minut
# en: The NHS App, or the NHS website
the-nhs-app-or = NHS App albo strona NHS
# en: The email address you used for your NHS login
the-email-address-you = Adres e-mail, którego używasz do NHS login
# en: Your phone
your-phone = Twój telefon
# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
nhs-england-digital-guide = NHS England Digital: Poradnik dla wolontariuszy – potwierdzanie tożsamości bez dokumentu ze zdjęciem
# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
nhs-england-digital-guide-2 = NHS England Digital: Poradnik dla wolontariuszy – potwierdzanie tożsamości dokumentem ze zdjęciem
# en: NHS login help centre: Error messages and support
nhs-login-help-centre = Centrum pomocy NHS login: Komunikaty o błędach i wsparcie
# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
nhs-uk-managing-your = nhs.uk: Zarządzanie kontem NHS (zmiana numeru telefonu, e-maila lub hasła)
# en: NHS login team guidance on problems with photo ID (PatientPack support)
nhs-login-team-guidance = Wskazówki zespołu NHS login o problemach z dokumentem ze zdjęciem (PatientPack support)
# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
patientcentre-support-i-cannot = Patientcentre support: Nie mogę się zalogować (zapomniane hasło do NHS login, kody, nowy telefon)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
nhs-login-is-how = Przez NHS login wchodzisz do NHS App. Czasem coś nie działa. Ten poradnik pokazuje, co wtedy zrobić.
# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
new-to-nhs-login = Dopiero zaczynasz z NHS login? Najpierw zobacz, [jak pobrać NHS App i się zalogować]({ $link1 }).
# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** NHS Wales App ma własne strony pomocy. Ten poradnik jest o NHS App w Anglii.
# en: You have no photo ID
you-have-no-photo = Nie masz dokumentu ze zdjęciem
# en: A letter from a GP surgery with 3 lines on it
a-letter-from-a = List z przychodni z 3 liniami
# en: Ask your GP surgery for your online services details. There are 3 of them.
ask-your-gp-surgery = Poproś przychodnię o dane do usług online. Są to 3 informacje.
# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
they-are-an-ods = To: ODS code, account ID (numer konta) i linkage key. Przychodnia może Ci dać list z tymi danymi.
# en: A phone with 3 buttons. The middle one has a tick.
a-phone-with-3 = Telefon z 3 przyciskami. Środkowy ma ptaszka.
# en: In NHS login, choose **No, I do not have photo ID**.
in-nhs-login-choose = W NHS login wybierz **No, I do not have photo ID**. To znaczy: nie mam dokumentu ze zdjęciem.
# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
then-choose-yes-i = Potem wybierz **Yes – I use online services** (tak, korzystam z usług online). Potem wybierz **Yes – I have all 3 details** (tak, mam wszystkie 3 informacje).
# en: A phone with 3 boxes to fill in
a-phone-with-3-2 = Telefon z 3 polami do wypełnienia
# en: Type the 3 details. Then type your full name and your date of birth.
type-the-3-details = Wpisz te 3 informacje. Potem wpisz swoje imię i nazwisko oraz datę urodzenia.
# en: The check of your ID failed
the-check-of-your = Sprawdzenie dokumentu się nie udało
# en: A letter with a red cross on it
a-letter-with-a = List z czerwonym krzyżykiem
# en: NHS login sends you an email if the check fails. Read it. It says why.
nhs-login-sends-you = Jeśli sprawdzenie się nie uda, NHS login wyśle Ci e-mail. Przeczytaj go. Jest w nim napisane dlaczego.
# en: For example, the photo was not clear. Or something covered part of your ID.
for-example-the-photo = Na przykład zdjęcie było niewyraźne. Albo coś zakryło część dokumentu.
# en: A phone takes a clear photo of a passport on a dark table
a-phone-takes-a = Telefon robi wyraźne zdjęcie paszportu na ciemnym stole
# en: Try again. Put your ID on a dark, flat table in good light.
try-again-put-your = Spróbuj jeszcze raz. Połóż dokument na ciemnym, płaskim stole, w dobrym świetle.
# en: Show all 4 corners. Make sure there is no shine on it.
show-all-4-corners = Pokaż wszystkie 4 rogi. Uważaj, żeby nic się na nim nie błyszczało.
# en: Still not working? Ask your GP surgery for the 3 details instead.
still-not-working-ask = Nadal nie działa? Zamiast tego poproś przychodnię o te 3 informacje.
# en: The camera does not work
the-camera-does-not = Aparat nie działa
# en: A phone with a black screen and a camera
a-phone-with-a = Telefon z czarnym ekranem i aparatem
# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
does-the-app-show = Widzisz czarny ekran zamiast obrazu z aparatu? Może aplikacja nie ma pozwolenia, żeby go używać.
# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
open-your-phone-s = Otwórz ustawienia telefonu. Znajdź NHS App i pozwól jej używać aparatu i mikrofonu.
# en: A code does not come
a-code-does-not = Kod nie przychodzi
# en: A letter going into a folder with a warning sign
a-letter-going-into = List wpada do folderu ze znakiem ostrzegawczym
# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
nhs-login-sends-codes = NHS login wysyła kody e-mailem i na telefon. Kod w e-mailu nie przyszedł? Sprawdź folder Śmieci (Junk) albo Spam.
# en: Check that you typed your email address right.
check-that-you-typed = Sprawdź, czy dobrze wpisujesz swój adres e-mail.
# en: You forgot your password
you-forgot-your-password = Nie pamiętasz hasła
# en: A padlock with a question mark
a-padlock-with-a = Kłódka ze znakiem zapytania
# en: On the screen where you log in, tap the link to reset your password.
on-the-screen-where = Na ekranie logowania naciśnij link, żeby ustawić nowe hasło.
# en: NHS login sends you an email. Follow it to make a new password.
nhs-login-sends-you-2 = NHS login wyśle Ci e-mail. Zrób to, co w nim jest napisane, i ustaw nowe hasło.
# en: You have a new phone number
you-have-a-new = Masz nowy numer telefonu
# en: Two phones with an arrow from one to the other
two-phones-with-an = Dwa telefony ze strzałką od jednego do drugiego
# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
log-in-to-the = Zaloguj się do NHS App. Naciśnij **More** (więcej), potem **Account and settings** (konto i ustawienia).
# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
then-tap-manage-nhs = Potem naciśnij **Manage NHS account**, a potem **Your NHS login details**. Naciśnij **Change phone number** (zmień numer telefonu).
# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
you-need-your-old = Do tego potrzebujesz starego numeru telefonu. Nie masz starego telefonu? Skontaktuj się z zespołem NHS App.
# en: Get more help
get-more-help = Gdzie dostać więcej pomocy
# en: A person at a desk helps someone with a tablet
a-person-at-a = Osoba przy biurku pomaga komuś z tabletem
# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
the-nhs-login-help = Może pomóc centrum pomocy NHS login. Wejdź na [help.login.nhs.uk]({ $link1 }).
# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
you-can-also-ask = Możesz też zapytać w bibliotece albo poprosić o pomoc osobę, która pomaga z internetem. Zobacz, [jak dostać pomoc, żeby korzystać z internetu]({ $link1 }).
# en: Can you still get into your NHS login? Then do not make a new one.
can-you-still-get = Nadal możesz wejść na swoje konto NHS login? Wtedy nie zakładaj nowego.
# en: Do not tell anyone your password or a code.
do-not-tell-anyone = Nie mów nikomu swojego hasła ani kodu.
# en: ODS code
ods-code = ODS code
# en: a code for your GP surgery
a-code-for-your = kod Twojej przychodni
# en: linkage key
linkage-key = linkage key
# en: a secret code that links your NHS login to your GP surgery
a-secret-code-that = tajny kod, który łączy Twoje konto NHS login z Twoją przychodnią
# en: junk
junk = śmieci
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = folder na e-maile, które wyglądają na niechciane lub niebezpieczne
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
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
