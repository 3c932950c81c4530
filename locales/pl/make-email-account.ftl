# Polski: the guide "make-email-account", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Make an email account
make-an-email-account = Załóż konto e-mail
# en: Get a free email address. You need one for the NHS App and for many other things online.
get-a-free-email = Załóż darmowy adres e-mail. Potrzebujesz go do NHS App i do wielu innych rzeczy w internecie.
# en: About 15 minutes
about-15-minutes = Około 15 minut
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Telefon, tablet lub komputer z internetem
# en: Your mobile phone, to get a code
your-mobile-phone-to = Twój telefon komórkowy, żeby dostać kod
# en: A pen and paper
a-pen-and-paper = Długopis i kartka
# en: Northern Ireland Cyber Security Centre (with the NCSC): Be Cyber Aware – protect your email
northern-ireland-cyber-security = Northern Ireland Cyber Security Centre (z NCSC): Be Cyber Aware – chroń swój e-mail
# en: Kennington Parish Council: Have you secured your email account? (from NCSC Cyber Aware)
kennington-parish-council-have = Kennington Parish Council: Czy Twoje konto e-mail jest bezpieczne? (z NCSC Cyber Aware)
# en: NCSC and CyberScotland: Passwords and 2-step verification
ncsc-and-cyberscotland-passwords = NCSC i CyberScotland: Hasła i weryfikacja dwuetapowa
# en: Google: Gmail sign-in page (Create account)
google-gmail-sign-in = Google: strona logowania Gmail (Create account)
# en: everydaytech.org: How to create an email address (a recovery phone number)
everydaytech-org-how-to = everydaytech.org: Jak założyć adres e-mail (numer telefonu do odzyskania konta)
# en: An email address is like a postal address for messages on the internet. It looks like **name@example.com**.
an-email-address-is = Adres e-mail jest jak adres pocztowy dla wiadomości w internecie. Wygląda na przykład tak: **name@example.com**.
# en: You need an email address to get the NHS App. Many free email services let you make one.
you-need-an-email = Żeby pobrać NHS App, potrzebujesz adresu e-mail. Wiele darmowych usług pozwala go założyć.
# en: Choose a free email service
choose-a-free-email = Wybierz darmową pocztę e-mail
# en: Two different coloured letters side by side, for 2 email services
two-different-coloured-letters = Dwie koperty w różnych kolorach obok siebie, czyli 2 usługi e-mail
# en: Choose a free email service. Gmail from Google and Outlook from Microsoft are 2 of them.
choose-a-free-email-2 = Wybierz darmową pocztę e-mail. Na przykład Gmail od Google albo Outlook od Microsoftu.
# en: Ask a friend or a library helper which one they use. They can help you with it.
ask-a-friend-or = Zapytaj kolegę albo kogoś w bibliotece, z jakiej poczty korzysta. Taka osoba może Ci w tym pomóc.
# en: A phone with a button at the bottom of the screen
a-phone-with-a = Telefon z przyciskiem na dole ekranu
# en: Open the email app, or go to the service’s website. Tap **Create account**.
open-the-email-app = Otwórz aplikację poczty albo wejdź na stronę tej usługi. Naciśnij **Create account** (Utwórz konto).
# en: Tell them about you
tell-them-about-you = Podaj dane o sobie
# en: A form with lines for a name and a date of birth
a-form-with-lines = Formularz z liniami na imię i datę urodzenia
# en: Type your first name and last name. Then type your date of birth.
type-your-first-name = Wpisz swoje imię i nazwisko. Potem wpisz datę urodzenia.
# en: Choose your email address
choose-your-email-address = Wybierz swój adres e-mail
# en: A letter with an @ sign made of lines
a-letter-with-an = Koperta ze znakiem @ z linii
# en: Choose the first part of your email address. For example, your name and some numbers.
choose-the-first-part = Wybierz pierwszą część adresu e-mail. Na przykład swoje imię i kilka cyfr.
# en: Someone else may have it already. Then try a different one. Write your new email address on paper.
someone-else-may-have = Ktoś inny może już mieć taki adres. Wtedy spróbuj innego. Zapisz swój nowy adres e-mail na kartce.
# en: Make a strong password
make-a-strong-password = Wymyśl silne hasło
# en: 3 cards in a row, for 3 random words
text-3-cards-in-a = 3 karty w rzędzie, czyli 3 przypadkowe słowa
# en: Make a password from 3 random words. For example, think of 3 things you can see now.
make-a-password-from = Ułóż hasło z 3 przypadkowych słów. Na przykład pomyśl o 3 rzeczach, które teraz widzisz.
# en: Do not use your name, your birthday or a pet’s name. Do not use this password anywhere else.
do-not-use-your = Nie używaj swojego imienia, daty urodzin ani imienia zwierzęcia. Nie używaj tego hasła nigdzie indziej.
# en: A notebook in a drawer, kept at home
a-notebook-in-a = Notes w szufladzie w domu
# en: Write your password down if you need to. Keep it somewhere safe at home.
write-your-password-down = Jeśli musisz, zapisz hasło. Trzymaj je w bezpiecznym miejscu w domu.
# en: Add your phone number
add-your-phone-number = Dodaj swój numer telefonu
# en: A phone with a speech bubble. The bubble has 6 dots for a code.
a-phone-with-a-2 = Telefon z dymkiem. W dymku jest 6 kropek, czyli kod.
# en: Type your mobile phone number. The service sends you a code by text. Type the code in.
type-your-mobile-phone = Wpisz numer swojego telefonu komórkowego. Usługa wyśle Ci kod SMS-em. Wpisz ten kod.
# en: Your phone number helps you get back in if you forget your password.
your-phone-number-helps = Jeśli zapomnisz hasła, numer telefonu pomoże Ci wrócić do konta.
# en: Turn on 2-step verification
turn-on-2-step = Weryfikacja dwuetapowa – włącz ją
# en: A padlock and a phone with a tick
a-padlock-and-a = Kłódka i telefon z ptaszkiem
# en: Turn on **2-step verification**. Look for it in your account’s settings.
turn-on-2-step-2 = To jest **weryfikacja dwuetapowa** (2-step verification). Otwórz ustawienia konta i ją tam włącz.
# en: On a new phone or computer, you then need your password and a code. A thief cannot get in with your password alone.
on-a-new-phone = Potem na nowym telefonie lub komputerze potrzebujesz hasła i kodu. Złodziej nie wejdzie na konto z samym hasłem.
# en: Send a test email
send-a-test-email = Wyślij próbny e-mail
# en: A letter flying from one phone to another
a-letter-flying-from = Koperta leci z jednego telefonu do drugiego
# en: Send an email to a friend. Ask them to reply. Now you know it works.
send-an-email-to = Wyślij e-mail do znajomego. Poproś, żeby odpisał. Teraz wiesz, że poczta działa.
# en: Next, you can [get the NHS App]({ $link1 }). Learn how to [spot fake NHS emails]({ $link2 }) too.
next-you-can-get = Potem możesz [pobrać NHS App]({ $link1 }). Dowiedz się też, jak [rozpoznać e-maile podszywające się pod NHS]({ $link2 }).
# en: Do not tell anyone your password. Not even a helper.
do-not-tell-anyone = Nikomu nie mów swojego hasła. Nawet pomocnikowi.
# en: Do not open emails you did not expect from people you do not know.
do-not-open-emails = Nie otwieraj niespodziewanych e-maili od ludzi, których nie znasz.
# en: verification
verification = weryfikacja dwuetapowa
# en: a check that it is really you
a-check-that-it = sprawdzenie w 2 krokach, że to naprawdę Ty
# en: settings
settings = ustawienia
# en: the part of an app or phone where you choose how it works
the-part-of-an = część aplikacji lub telefonu, w której wybierasz, jak ma działać
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
