# Polski: the guide "repeat-prescription", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Order a repeat prescription online
order-a-repeat-prescription = Zamów receptę powtarzalną online
# en: Order more of your usual medicine, using the NHS App.
order-more-of-your = Zamów przez NHS App lek, który zwykle bierzesz.
# en: About 5 minutes to order. Your medicine can take a few days.
about-5-minutes-to = Około 5 minut na zamówienie. Na lek możesz czekać kilka dni.
# en: The NHS App, with your NHS login
the-nhs-app-with = NHS App i Twoje konto NHS login
# en: The names of the medicines you need
the-names-of-the = Nazwy leków, których potrzebujesz
# en: NHS England Digital: Prescriptions in the NHS App
nhs-england-digital-prescriptions = NHS England Digital: Recepty w NHS App
# en: School Lane Surgery: Prescriptions (acute prescriptions and electronic repeat dispensing)
school-lane-surgery-prescriptions = School Lane Surgery: Recepty (recepty jednorazowe i electronic repeat dispensing)
# en: Hampshire and Isle of Wight ICB: Ordering repeat prescriptions (nominating a pharmacy)
hampshire-and-isle-of = Hampshire and Isle of Wight ICB: Zamawianie recept powtarzalnych (wybór apteki)
# en: Department of Health and Social Care: prescription charges frozen for 2025 to 2026
department-of-health-and = Department of Health and Social Care: opłaty za recepty zamrożone na lata 2025–2026
# en: HM Treasury: prescription charge freeze extended for 2026 to 2027
hm-treasury-prescription-charge = HM Treasury: zamrożenie opłat za recepty przedłużone na lata 2026–2027
# en: NHS Business Services Authority: What are NHS penalty charges?
nhs-business-services-authority = NHS Business Services Authority: Czym są kary NHS (penalty charges)?
# en: UK Parliament written answer 223505: penalty charges for wrong prescription claims
uk-parliament-written-answer = UK Parliament, odpowiedź pisemna 223505: kary za błędne wnioski o darmowe recepty
# en: Welsh Government: Free prescriptions in Wales
nhs-uk-how-to = Welsh Government: Darmowe recepty w Walii
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: warunki korzystania (apphelp.nhs.wales)
# en: A prescription is a note from a doctor or nurse. It lets you get medicine from a pharmacy.
a-prescription-is-a = Recepta to dokument od lekarza lub pielęgniarki. Dzięki niej dostaniesz lek w aptece.
# en: A pharmacy is a shop for medicines.
a-pharmacy-is-a = Apteka to sklep z lekami.
# en: A **repeat prescription** is for a medicine you take all the time. You can order more without seeing your doctor each time.
a-repeat-prescription-is = **Recepta powtarzalna** jest na lek, który bierzesz cały czas. Możesz zamawiać więcej leku bez wizyty u lekarza za każdym razem.
# en: Your GP surgery looks after your repeat prescriptions. A GP is a family doctor.
your-gp-surgery-looks = Recepty powtarzalne załatwia Twoja przychodnia. Pracuje tam Twój lekarz rodzinny (GP).
# en: You can order your medicine in the NHS App. No app yet? First, see [how to get the NHS App]({ $link1 }).
you-can-order-your = Możesz zamówić lek w NHS App. Nie masz jeszcze aplikacji? Najpierw zobacz, [jak pobrać NHS App]({ $link1 }).
# en: **Is your GP surgery in Wales?** You can order in the NHS Wales App instead.
is-your-gp-surgery = **Twoja przychodnia jest w Walii?** Zamiast tego możesz zamawiać w NHS Wales App.
# en: The app changes from time to time. Your screens may look a little different from this guide.
the-app-changes-from = Aplikacja co jakiś czas się zmienia. Twoje ekrany mogą wyglądać trochę inaczej niż w tym poradniku.
# en: Check your pharmacy
check-your-pharmacy = Sprawdź swoją aptekę
# en: A phone with a pill and a medicine box on its screen
a-phone-with-a = Telefon z tabletką i pudełkiem leku na ekranie
# en: Open the NHS App and log in. Tap **Prescriptions**.
open-the-nhs-app = Otwórz NHS App i zaloguj się. Naciśnij **Prescriptions** (recepty).
# en: A pharmacy shop with a green cross sign and medicines in the window
a-pharmacy-shop-with = Apteka z zielonym krzyżem i lekami na wystawie
# en: Check your **nominated pharmacy**.
check-your-nominated-pharmacy = Sprawdź, jaka jest Twoja **wybrana apteka** (nominated pharmacy).
# en: The app shows it on the prescriptions page. To change it, tap the link to change your pharmacy.
the-app-shows-it = W aplikacji widać ją na stronie z receptami. Żeby ją zmienić, naciśnij link do zmiany apteki.
# en: A pharmacy or your GP surgery can change it for you too.
a-pharmacy-or-your = Apteka lub Twoja przychodnia też mogą ją dla Ciebie zmienić.
# en: You can choose a pharmacy near you. Or you can choose an online pharmacy. An online pharmacy sends your medicine by post.
you-can-choose-a = Możesz wybrać aptekę w pobliżu. Albo możesz wybrać aptekę internetową. Apteka internetowa wysyła leki pocztą.
# en: Order your medicine
order-your-medicine = Zamów lek
# en: A phone with a list of 3 medicines. 2 of them have a tick.
a-phone-with-a-2 = Telefon z listą 3 leków. 2 z nich mają ptaszka.
# en: Tap to order a repeat prescription. The app shows a list of your repeat medicines.
tap-to-order-a = Naciśnij, żeby zamówić receptę powtarzalną. Aplikacja pokaże listę Twoich stałych leków.
# en: Tick the medicines you need. Only order what you need.
tick-the-medicines-you = Zaznacz leki, których potrzebujesz. Zamawiaj tylko to, czego potrzebujesz.
# en: Some medicines may say you cannot order them yet. The app tells you why. For example, it may be too soon to order again.
some-medicines-may-say = Przy niektórych lekach może być napisane, że jeszcze nie możesz ich zamówić. Aplikacja powie Ci dlaczego. Na przykład może być za wcześnie na kolejne zamówienie.
# en: A phone with a note on the screen, and a pencil
a-phone-with-a-3 = Telefon z notatką na ekranie i ołówek
# en: You can add a short note for your GP surgery. For example, “I am going away soon.”
you-can-add-a = Możesz dodać krótką notatkę dla przychodni. Na przykład: „Niedługo wyjeżdżam”.
# en: A phone with a big green tick and a paper plane
a-phone-with-a-4 = Telefon z dużym zielonym ptaszkiem i papierowym samolotem
# en: Check your order. Then tap the button to send it.
check-your-order-then = Sprawdź zamówienie. Potem naciśnij przycisk, żeby je wysłać.
# en: You cannot order every medicine in the app. A one-off medicine is not on your repeat list.
you-cannot-order-every = W aplikacji nie zamówisz każdego leku. Leku jednorazowego nie ma na liście stałych leków.
# en: Does your pharmacy send you the same medicine each month without an order? Then you do not order it in the app.
does-your-pharmacy-send = Apteka co miesiąc sama wysyła Ci ten sam lek, bez zamówienia? Wtedy nie zamawiasz go w aplikacji.
# en: What happens next
what-happens-next = Co dzieje się potem
# en: A calendar: a tick on the first day, a pill 1 week later
a-calendar-a-tick = Kalendarz: ptaszek w pierwszym dniu, tabletka 1 tydzień później
# en: Your GP surgery checks your order. This can take a few working days. Working days are Monday to Friday.
your-gp-surgery-checks = Przychodnia sprawdza zamówienie. To może potrwać kilka dni roboczych. Dni robocze to dni od poniedziałku do piątku.
# en: Order about 7 days before your medicine runs out.
order-about-7-days = Zamów lek około 7 dni przed tym, jak Ci się skończy.
# en: A phone with 3 dots in a row. The first 2 dots are green.
a-phone-with-3 = Telefon z 3 kropkami w rzędzie. Pierwsze 2 kropki są zielone.
# en: Your GP surgery sends the order to your pharmacy. The pharmacy gets your medicine ready.
your-gp-surgery-sends = Przychodnia wysyła zamówienie do apteki. Apteka przygotowuje Twój lek.
# en: The app may show how your order is doing. Some pharmacies send you a text when it is ready.
the-app-may-show = W NHS App może być widać, co dzieje się z zamówieniem. Niektóre apteki wysyłają SMS-a, gdy lek jest gotowy.
# en: A pharmacist gives a bag of medicine to an older man with a stick
a-pharmacist-gives-a = Farmaceuta daje torbę z lekami starszemu mężczyźnie z laską
# en: Go to your pharmacy to pick up your medicine. If you use an online pharmacy, it comes by post.
go-to-your-pharmacy = Idź do apteki, żeby odebrać lek. Jeśli korzystasz z apteki internetowej, lek przyjdzie pocztą.
# en: What it costs
what-it-costs = Ile to kosztuje
# en: Prescriptions are free in Wales, Scotland and Northern Ireland.
prescriptions-are-free-in = Recepty są darmowe w Walii, Szkocji i Irlandii Północnej.
# en: In England, each medicine costs **£9.90**. Many people get their medicines free. For example, people aged 60 or over, or under 16.
you-may-need-to = W Anglii każdy lek kosztuje **£9,90**. Wiele osób dostaje leki za darmo. Na przykład osoby, które mają 60 lat lub więcej albo mniej niż 16 lat.
# en: Do you need a lot of medicines? A **prepayment certificate** may cost you less. It costs £32.05 for 3 months, or £114.50 for 12 months.
do-you-need-a = Potrzebujesz dużo leków? Może Ci się opłacić **certyfikat przedpłaty** (prepayment certificate). Kosztuje £32,05 za 3 miesiące albo £114,50 za 12 miesięcy.
# en: Only say you get free medicines if it is true. If you get it wrong, you may pay a fine of up to £100. You also pay for the medicine.
only-say-you-get = Mów, że dostajesz leki za darmo, tylko jeśli to prawda. Jeśli się pomylisz, możesz zapłacić karę do £100. Za lek też zapłacisz.
# en: In Wales, your prescriptions are free if your GP is in Wales. You must get them from a pharmacy in Wales.
in-wales-your-prescriptions = W Walii recepty są darmowe, jeśli Twój lekarz rodzinny jest w Walii. Musisz odebrać leki w aptece w Walii.
# en: When to ask your GP surgery instead
when-to-ask-your = Kiedy zamiast tego zapytać w przychodni
# en: Talk to your GP surgery if:
talk-to-your-gp = Porozmawiaj z przychodnią, jeśli:
# en: your medicine is not on the list in the app
your-medicine-is-not = Twojego leku nie ma na liście w aplikacji
# en: you need a new medicine
you-need-a-new = potrzebujesz nowego leku
# en: your medicine makes you feel unwell
your-medicine-makes-you = po leku źle się czujesz
# en: the app says you need a medicine review
the-app-says-you = aplikacja mówi, że potrzebujesz przeglądu leków
# en: A medicine review is a check of your medicines. A doctor, nurse or pharmacist does it.
a-medicine-review-is = Przegląd leków to sprawdzenie wszystkich Twoich leków. Robi go lekarz, pielęgniarka albo farmaceuta.
# en: Have you run out of a medicine you need today? Ask a pharmacist for help. They may be able to give you some.
have-you-run-out = Skończył Ci się lek, którego potrzebujesz dzisiaj? Poproś farmaceutę o pomoc. Może będzie mógł Ci dać trochę leku.
# en: You can also use [NHS 111 online]({ $link1 }) or call **111**.
you-can-also-use = Możesz też skorzystać z [NHS 111 online]({ $link1 }) albo zadzwonić pod **111**.
# en: Check the name on the box when you get your medicine.
check-the-name-on = Kiedy odbierasz lek, sprawdź nazwę na pudełku.
# en: Ask the pharmacist if you have a question about your medicine.
ask-the-pharmacist-if = Zapytaj farmaceutę, jeśli masz pytanie o swój lek.
# en: Do not order medicine you do not need.
do-not-order-medicine = Nie zamawiaj leków, których nie potrzebujesz.
# en: Do not wait until you have no medicine left.
do-not-wait-until = Nie czekaj, aż skończą Ci się wszystkie leki.
# en: nominated pharmacy
nominated-pharmacy = wybrana apteka
# en: the pharmacy you choose to get your medicines from. Your GP surgery sends your prescriptions there.
the-pharmacy-you-choose = apteka, z której chcesz odbierać leki. Twoja przychodnia wysyła tam Twoje recepty.
# en: prepayment certificate
prepayment-certificate = certyfikat przedpłaty
# en: a certificate you buy to get all your NHS prescriptions for one price
a-certificate-you-buy = certyfikat, który kupujesz, żeby dostawać wszystkie recepty NHS za jedną cenę
# en: log in
log-in = zaloguj się
# en: type your email address and password to get into your account
type-your-email-address = wpisz swój adres e-mail i hasło, żeby wejść na swoje konto
# en: pharmacist
pharmacist = farmaceuta
# en: an expert in medicines who works in a pharmacy
an-expert-in-medicines = specjalista od leków, który pracuje w aptece
# en: tap
tap = naciśnij
# en: touch the screen with your finger
touch-the-screen-with = dotknij ekranu palcem
