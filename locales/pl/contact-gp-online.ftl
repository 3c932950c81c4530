# Polski: the guide "contact-gp-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Contact your GP surgery online
contact-your-gp-surgery = Skontaktuj się z przychodnią przez internet
# en: Use your GP surgery's online form to ask for help, an appointment or a medicine.
use-your-gp-surgery = Skorzystaj z formularza online swojej przychodni, żeby poprosić o pomoc, wizytę albo lek.
# en: About 10 minutes
about-10-minutes = Około 10 minut
# en: A phone, tablet or computer with the internet
a-phone-tablet-or = Telefon, tablet lub komputer z internetem
# en: Your GP surgery's website, or the NHS App
your-gp-surgery-s = Strona internetowa Twojej przychodni albo NHS App
# en: A few words about what you need
a-few-words-about = Kilka słów o tym, czego potrzebujesz
# en: Department of Health and Social Care: GP contract – what you need to know (29 September 2025)
department-of-health-and = Department of Health and Social Care: Umowa z lekarzami rodzinnymi (GP contract) – co musisz wiedzieć (29 września 2025)
# en: NHS England: You and your general practice (the patient charter)
nhs-england-you-and = NHS England: Ty i Twoja przychodnia (karta praw pacjenta)
# en: Pulse: practices must keep online consultation tools open 8am to 6:30pm from 1 October 2025
pulse-practices-must-keep = Pulse: od 1 października 2025 przychodnie muszą mieć formularze online otwarte od 8:00 do 18:30
# en: Management in Practice: GPs need to triage patient requests (what happens within 1 working day)
management-in-practice-gps = Management in Practice: lekarze rodzinni muszą ocenić prośby pacjentów (co się dzieje w ciągu 1 dnia roboczego)
# en: NHS England Digital: Notifications and messaging in the NHS App
nhs-england-digital-notifications = NHS England Digital: Powiadomienia i wiadomości w NHS App
# en: South Western Ambulance Service: When to call 999
south-western-ambulance-service = South Western Ambulance Service: Kiedy dzwonić pod 999
# en: Your GP surgery has an online form. You can use it to ask for help without phoning. A GP is a family doctor.
your-gp-surgery-has = Twoja przychodnia ma formularz online. Możesz przez niego poprosić o pomoc bez dzwonienia. GP to lekarz rodzinny.
# en: The form is open from 8am to 6:30pm, Monday to Friday. Every GP surgery in England must keep it open at these times.
the-form-is-open = Formularz jest otwarty od 8:00 do 18:30, od poniedziałku do piątku. Każda przychodnia w Anglii musi go mieć otwarty w tych godzinach.
# en: An ambulance with its blue lights on
an-ambulance-with-its = Karetka z niebieskimi światłami na sygnale
# en: The form is not for emergencies. **Call 999** if someone’s life may be in danger. See [when to call 999]({ $link1 }).
the-form-is-not = Formularz nie jest do nagłych wypadków. **Zadzwoń pod 999**, jeśli czyjeś życie może być w niebezpieczeństwie. Zobacz, [kiedy dzwonić pod 999]({ $link1 }).
# en: Need help fast, and your surgery is closed? Use [NHS 111 online]({ $link1 }) or call **111**.
need-help-fast-and = Potrzebujesz szybko pomocy, a przychodnia jest zamknięta? Skorzystaj z [NHS 111 online]({ $link1 }) albo zadzwoń pod **111**.
# en: **Is your GP surgery in Wales?** Ask them how to contact them online. The rules on this page are for England.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Zapytaj tam, jak się z nimi kontaktować przez internet. Zasady na tej stronie dotyczą Anglii.
# en: Find the form
find-the-form = Znajdź formularz
# en: A web browser showing a GP surgery’s website
a-web-browser-showing = Przeglądarka ze stroną przychodni
# en: Go to your GP surgery’s website. Look for the button to contact the surgery online.
go-to-your-gp = Wejdź na stronę swojej przychodni. Poszukaj przycisku do kontaktu z przychodnią przez internet.
# en: You can also find it in the NHS App. Open the app and log in. Look for the option to contact your GP surgery.
you-can-also-find = Formularz znajdziesz też w NHS App. Otwórz aplikację i zaloguj się. Poszukaj opcji kontaktu z przychodnią.
# en: Fill in the form
fill-in-the-form = Wypełnij formularz
# en: A phone showing a form with 3 choices: a medicine, a question and a calendar
a-phone-showing-a = Telefon z formularzem z 3 opcjami: lek, pytanie i kalendarz
# en: Choose what you need help with. For example, a health problem, a medicine, or a letter from the surgery.
choose-what-you-need = Wybierz, w czym potrzebujesz pomocy. Na przykład problem ze zdrowiem, lek albo list z przychodni.
# en: A phone with a form and a pencil
a-phone-with-a = Telefon z formularzem i ołówek
# en: Answer the questions. Say what is wrong, and how long you have had it.
answer-the-questions-say = Odpowiedz na pytania. Napisz, co Ci dolega i od jak dawna.
# en: Short words are fine. For example, “sore knee for 2 weeks”.
short-words-are-fine = Wystarczy kilka słów. Na przykład: „boli kolano od 2 tygodni”.
# en: A phone with a speech bubble and a flag, for another language
a-phone-with-a-2 = Telefon z dymkiem i flagą, czyli inny język
# en: Tell them if you need an interpreter. Tell them if you need extra help too. For example, a longer appointment or a quiet place.
tell-them-if-you = Napisz, jeśli potrzebujesz tłumacza. Napisz też, jeśli potrzebujesz dodatkowej pomocy. Na przykład dłuższej wizyty albo cichego miejsca.
# en: A phone and a clock, for when you can talk
a-phone-and-a = Telefon i zegar, czyli kiedy możesz rozmawiać
# en: Say how they can contact you, and when you are free.
say-how-they-can = Napisz, jak mogą się z Tobą skontaktować i kiedy masz czas.
# en: Check your phone number is right. They may call you.
check-your-phone-number = Sprawdź, czy Twój numer telefonu jest dobry. Mogą do Ciebie zadzwonić.
# en: Send it
send-it = Wyślij formularz
# en: A phone with a big green tick and a paper plane
a-phone-with-a-3 = Telefon z dużym zielonym ptaszkiem i papierowym samolotem
# en: Check your answers. Then send the form.
check-your-answers-then = Sprawdź odpowiedzi. Potem wyślij formularz.
# en: You get a message to say that your surgery has it.
you-get-a-message = Dostaniesz wiadomość, że przychodnia go dostała.
# en: What happens next
what-happens-next = Co dalej
# en: A calendar with a tick on the next day
a-calendar-with-a = Kalendarz z ptaszkiem na następnym dniu
# en: Your surgery tells you what happens next within 1 working day. Working days are Monday to Friday, but not bank holidays.
your-surgery-tells-you = Przychodnia w ciągu 1 dnia roboczego powie Ci, co będzie dalej. Dni robocze to dni od poniedziałku do piątku, bez świąt.
# en: They may offer you an appointment or phone you. They may send you a message, or tell you to see a pharmacist.
they-may-offer-you = Mogą zaproponować Ci wizytę albo zadzwonić. Mogą wysłać Ci wiadomość albo napisać, że pomoże Ci farmaceuta.
# en: A phone with a message in the NHS App
a-phone-with-a-4 = Telefon z wiadomością w NHS App
# en: Keep your phone with you. Look for a text, a call or a message in the NHS App.
keep-your-phone-with = Miej telefon przy sobie. Sprawdzaj SMS-y, połączenia i wiadomości w NHS App.
# en: See [messages in the NHS App]({ $link1 }).
see-messages-in-the = Zobacz, [jak działają wiadomości w NHS App]({ $link1 }).
# en: Feel worse while you wait? Use [NHS 111 online]({ $link1 }) or call **111**.
feel-worse-while-you = Czujesz się gorzej w czasie czekania? Skorzystaj z [NHS 111 online]({ $link1 }) albo zadzwoń pod **111**.
# en: Remember
remember = Pamiętaj
# en: Use the form for things that are not urgent.
use-the-form-for = Używaj formularza w sprawach, które nie są pilne.
# en: Say clearly what is wrong.
say-clearly-what-is = Napisz jasno, co Ci dolega.
# en: Do not use the form in an emergency. Call 999.
do-not-use-the = Nie używaj formularza w nagłym wypadku. Zadzwoń pod 999.
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: pharmacist
pharmacist = farmaceuta
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = specjalista od leków, który pracuje w aptece
