# Polski: the guide "spot-nhs-scams", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Spot fake NHS texts, emails and calls
spot-fake-nhs-texts = Jak rozpoznać SMS-y, e-maile i telefony podszywające się pod NHS
# en: Some scams pretend to be the NHS. Learn how to spot them, and what to do if you tapped a link.
some-scams-pretend-to = Niektórzy oszuści podszywają się pod NHS. Dowiedz się, jak ich rozpoznać i co zrobić, jeśli naciśniesz ich link.
# en: About 10 minutes to read
about-10-minutes-to = Około 10 minut czytania
# en: Nothing. Read this guide before you need it.
nothing-read-this-guide = Nic. Przeczytaj ten poradnik, zanim będzie Ci potrzebny.
# en: Report Fraud (reportfraud.police.uk): How to report suspicious activity
report-fraud-reportfraud-police = Report Fraud (reportfraud.police.uk): Jak zgłosić podejrzane działania
# en: Report Fraud (reportfraud.police.uk): Phishing
report-fraud-reportfraud-police-2 = Report Fraud (reportfraud.police.uk): Phishing
# en: City of London Police: Report Fraud service goes live (4 December 2025)
city-of-london-police = City of London Police: Usługa Report Fraud zaczyna działać (4 grudnia 2025)
# en: Ofcom: How to report scam texts and mobile calls to 7726
ofcom-how-to-report = Ofcom: Jak zgłaszać fałszywe SMS-y i połączenia na numer 7726
# en: Mobile UK: Protect against fraud (7726)
mobile-uk-protect-against = Mobile UK: Jak chronić się przed oszustwem (7726)
# en: Take Five to Stop Fraud: advice on requests to move money
take-five-to-stop = Take Five to Stop Fraud: porady o prośbach, żeby przelać pieniądze
# en: Matthew Barber MP: Is it really your bank calling? (the 159 service)
matthew-barber-mp-is = Matthew Barber MP: Czy to naprawdę dzwoni Twój bank? (usługa 159)
# en: Metropolitan Police neighbourhood alert: Scam phone calls impersonating banks or police
metropolitan-police-neighbourhood-alert = Metropolitan Police, ostrzeżenie dla mieszkańców: Oszuści dzwonią i podszywają się pod bank albo policję
# en: NHS Lancashire and South Cumbria: Be fraud aware (what the NHS will never ask)
nhs-lancashire-and-south = NHS Lancashire and South Cumbria: Uważaj na oszustwa (o co NHS nigdy nie poprosi)
# en: A scam is a trick to steal your money or your details. Some people who make scams pretend to be the NHS. They send texts and emails, or they phone you.
a-scam-is-a = Oszustwo to sztuczka, żeby ukraść Twoje pieniądze albo Twoje dane. Niektórzy oszuści podszywają się pod NHS. Wysyłają SMS-y i e-maile albo do Ciebie dzwonią.
# en: The NHS will never text, email or phone to ask for your bank details.
the-nhs-will-never = NHS nigdy nie pyta o Twoje dane bankowe przez SMS, e-mail ani telefon.
# en: The NHS will never ask for your password or your PIN. A PIN is a secret number.
the-nhs-will-never-2 = NHS nigdy nie pyta o Twoje hasło ani PIN. PIN to tajny numer.
# en: The NHS App is free. You never pay to use it.
the-nhs-app-is = NHS App jest bezpłatna. Nigdy nie płacisz za korzystanie z niej.
# en: Spot a scam
spot-a-scam = Jak rozpoznać oszustwo
# en: Be careful with any text, email or call that:
be-careful-with-any = Uważaj na każdy SMS, e-mail lub telefon, który:
# en: A bank card next to a question mark
a-bank-card-next-2 = Karta bankowa obok znaku zapytania
# en: asks for your bank details, a password or a PIN
asks-for-your-bank = prosi o Twoje dane bankowe, hasło lub PIN
# en: A hand holding out coins
a-hand-holding-out = Dłoń z monetami
# en: asks you to pay money
asks-you-to-pay = prosi Cię o zapłatę
# en: A clock next to a warning sign
a-clock-next-to = Zegar obok znaku ostrzeżenia
# en: says you must act fast, or something bad will happen
says-you-must-act = mówi, że musisz działać szybko, bo stanie się coś złego
# en: A chain link next to a question mark
a-chain-link-next = Ogniwo łańcucha obok znaku zapytania
# en: has a link to a website you do not know
has-a-link-to = ma link do strony, której nie znasz
# en: A page of writing with some words crossed out
a-page-of-writing = Kartka z tekstem, w którym kilka słów jest skreślonych
# en: has spelling mistakes or looks a bit odd
has-spelling-mistakes-or = ma błędy w pisowni albo wygląda trochę dziwnie
# en: Texts, emails and calls
texts-emails-and-calls = SMS-y, e-maile i telefony
# en: A phone with a message on the screen and a yellow warning sign
a-phone-with-a-3 = Telefon z wiadomością na ekranie i żółtym znakiem ostrzeżenia
# en: A scam text can look like it comes from the NHS.
a-scam-text-can = Fałszywy SMS może wyglądać, jakby był od NHS.
# en: A link takes you to a website when you tap it. A scam link can look like a real NHS link. If you are not sure, do not tap it.
a-scam-link-can = Naciśnij link, a przeniesie Cię na stronę internetową. Fałszywy link może wyglądać jak prawdziwy link NHS. Jeśli nie masz pewności, nie naciskaj go.
# en: Open the NHS App yourself instead. Or go to [nhs.uk]({ $link1 }) yourself.
open-the-nhs-app = Zamiast tego samodzielnie otwórz NHS App. Albo samodzielnie wejdź na [nhs.uk]({ $link1 }).
# en: A letter with a yellow warning sign and a link in it
a-letter-with-a-2 = List z żółtym znakiem ostrzeżenia i linkiem
# en: A scam email can look real. It may use the NHS name and colours.
a-scam-email-can-2 = Fałszywy e-mail może wyglądać jak prawdziwy. Może mieć nazwę i kolory NHS.
# en: Do not open links or files in an email you did not expect.
do-not-open-links-2 = Nie otwieraj linków ani plików w e-mailu, na który nie czekasz.
# en: A phone call on a phone screen, and a yellow warning sign
a-phone-call-on = Rozmowa na ekranie telefonu i żółty znak ostrzeżenia
# en: Someone may phone and say they are from the NHS. Or from your GP surgery or bank.
someone-may-phone-and = Ktoś może zadzwonić i powiedzieć, że jest z NHS. Albo z Twojej przychodni lub banku.
# en: A GP surgery is where your family doctor works.
a-gp-surgery-is = Przychodnia to miejsce, gdzie pracuje Twój lekarz rodzinny.
# en: A real caller gives you time to check. If you are not sure, hang up. Then phone them on a number you already know.
if-you-are-not = Prawdziwy rozmówca da Ci czas, żeby to sprawdzić. Jeśli nie masz pewności, rozłącz się. Potem zadzwoń do nich na numer, który już znasz.
# en: People who make scams can show a fake number on your phone. So do not trust the number alone.
people-who-make-scams = Oszuści potrafią pokazać fałszywy numer na Twoim telefonie. Dlatego nie ufaj samemu numerowi.
# en: What to do with a scam
what-to-do-with = Co zrobić z fałszywą wiadomością
# en: A phone with a message and an arrow. The arrow shows you send the message on.
a-phone-with-a-2 = Telefon z wiadomością i strzałką. Strzałka pokazuje, że przesyłasz wiadomość dalej.
# en: Got a scam text? Send it on to **7726**. It is free.
got-a-scam-text = Przyszedł fałszywy SMS? Prześlij go na numer **7726**. To nic nie kosztuje.
# en: You then get a text back. It asks for the number the scam came from. Send that number too.
you-then-get-a = Potem dostaniesz SMS-a z odpowiedzią. Będzie w nim pytanie o numer, z którego przyszło oszustwo. Wyślij też ten numer.
# en: This helps phone companies stop scams. Then delete the text.
this-helps-phone-companies = Dzięki temu firmy telefoniczne mogą blokować oszustwa. Potem usuń tę wiadomość.
# en: A letter going into a bin
a-bin-with-a = List wpada do kosza
# en: Got a scam email? Do not reply to it.
got-a-scam-email = Przyszedł fałszywy e-mail? Nie odpowiadaj na niego.
# en: Forward it to [report@phishing.gov.uk]({ $link1 }). Then delete it. You can also mark it as junk or spam.
forward-it-to-report = Prześlij go na adres [report@phishing.gov.uk]({ $link1 }). Potem go usuń. Możesz też oznaczyć go jako śmieci albo spam.
# en: If you tapped a link or gave your details
if-you-tapped-a = Jeśli naciśniesz link albo podasz swoje dane
# en: Do not panic, but act fast.
do-not-panic-but = Nie panikuj, ale działaj szybko.
# en: It is not your fault. Scams can fool anyone.
it-is-not-your = To nie Twoja wina. Oszustwo może nabrać każdego.
# en: A red stop sign with a white hand on it, next to a phone
a-red-stop-sign = Czerwony znak stop z białą dłonią, obok telefonu
# en: Close the website. Do not type anything into it.
close-the-website-do = Zamknij stronę. Nic na niej nie wpisuj.
# en: A bank card next to a phone: call your bank
a-bank-card-next = Karta bankowa obok telefonu: zadzwoń do banku
# en: Did you give your bank details or pay money? Call your bank now.
did-you-give-your = Jeśli podasz dane bankowe albo zapłacisz pieniądze, od razu zadzwoń do banku.
# en: Use the phone number on the back of your bank card. Or call **159**. It puts you through to most banks safely.
use-the-phone-number = Użyj numeru telefonu z tyłu karty bankowej. Albo zadzwoń pod **159**. Ten numer bezpiecznie połączy Cię z większością banków.
# en: Never move your money to a “safe account”. A real bank never asks you to do this.
never-move-your-money = Nigdy nie przelewaj pieniędzy na „bezpieczne konto”. Prawdziwy bank nigdy Cię o to nie poprosi.
# en: A padlock with 2 arrows going round it, for a new password
a-padlock-with-2 = Kłódka z 2 strzałkami dookoła, czyli nowe hasło
# en: Did you type a password? Change it now. Change it on every account that uses the same password.
did-you-type-a = Jeśli wpiszesz tam hasło, od razu je zmień. Zmień je na każdym koncie, które ma to samo hasło.
# en: An older woman talks with a young man. He listens and helps her.
an-older-woman-talks = Starsza kobieta rozmawia z młodym mężczyzną. On słucha i jej pomaga.
# en: Tell someone you trust. They can help you check what to do next.
tell-someone-you-trust = Powiedz o tym komuś, komu ufasz. Ta osoba może Ci pomóc sprawdzić, co zrobić dalej.
# en: A police officer’s hat next to a phone
a-police-officer-s = Czapka policjanta obok telefonu
# en: Report the scam to **Report Fraud**. Go to [reportfraud.police.uk]({ $link1 }) or call **0300 123 2040**.
report-the-scam-to = Zgłoś oszustwo do **Report Fraud**. Wejdź na [reportfraud.police.uk]({ $link1 }) albo zadzwoń pod **0300 123 2040**.
# en: Report Fraud took over from Action Fraud in December 2025.
report-fraud-took-over = W grudniu 2025 Report Fraud zastąpił Action Fraud.
# en: Remember
remember = Pamiętaj
# en: Stop and think before you tap a link.
stop-and-think-before = Zatrzymaj się i pomyśl, zanim naciśniesz link.
# en: Ask someone you trust if you are not sure.
ask-someone-you-trust = Zapytaj kogoś, komu ufasz, jeśli nie masz pewności.
# en: Do not give your bank details, password or PIN to anyone who contacts you.
do-not-give-your = Nie podawaj danych bankowych, hasła ani PIN-u nikomu, kto się z Tobą kontaktuje.
# en: Do not reply to a text or email that might be a scam.
do-not-reply-to = Nie odpowiadaj na SMS-y ani e-maile, które mogą być oszustwem.
# en: Want help to learn more? See [how to get help to get online]({ $link1 }).
want-help-to-learn = Chcesz, żeby ktoś pomógł Ci nauczyć się więcej? Zobacz, [jak dostać pomoc, żeby korzystać z internetu]({ $link1 }).
# en: junk
junk = śmieci
# en: a folder for emails that look unwanted or unsafe
a-folder-for-emails = folder na e-maile, które wyglądają na niechciane lub niebezpieczne
# en: spam
spam = spam
# en: messages you did not ask for. Many of them are scams.
messages-you-did-not = wiadomości, o które nie prosisz. Wiele z nich to oszustwa.
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
