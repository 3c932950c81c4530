# Polski: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = Jak dostać pomoc, żeby korzystać z internetu
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = Znajdź bezpłatną pomoc blisko Ciebie, żeby korzystać z internetu i NHS App.
# en: A few minutes to ask for help
a-few-minutes-to = Kilka minut, żeby poprosić o pomoc
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = Na początek nic. Pomoc z tego poradnika jest bezpłatna.
# en: Your phone or tablet, if you have one
your-phone-or-tablet = Twój telefon lub tablet, jeśli go masz
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = vodafone.co.uk, wiadomości: darmowe karty SIM z internetem dla 200 000 osób
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: Biblioteki dają darmowe karty SIM z National Databank
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: jak podarowane laptopy i tablety trafiają do osób, które ich potrzebują
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: Jak przejść na taryfę socjalną na internet
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: Poradnik dla wolontariuszy – jak pomóc komuś skonfigurować NHS App
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = Na początku internet może być trudny. Nie musisz uczyć się w pojedynkę. W pobliżu jest bezpłatna pomoc.
# en: Where to get free help
where-to-get-free = Gdzie dostać bezpłatną pomoc
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = Młody mężczyzna pomaga starszej kobiecie korzystać z komputera w bibliotece.
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = Idź do pobliskiej biblioteki. Większość bibliotek ma komputery i Wi-Fi. Możesz z nich korzystać za darmo.
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = Dzięki Wi-Fi masz internet w telefonie lub komputerze bez kabla.
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = Osoby, które pracują w bibliotece, pokażą Ci, jak zacząć. W wielu bibliotekach są też darmowe zajęcia.
# en: A community centre with 3 people of different ages outside
a-community-centre-with = Centrum społeczne, przed którym stoją 3 osoby w różnym wieku
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = Pomóc mogą też centra społeczne i organizacje charytatywne. Także niektóre przychodnie, gdzie pracują lekarze rodzinni.
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = Zapytaj: „Czy pomagacie ludziom zacząć korzystać z internetu?”
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = Mężczyzna na wózku pokazuje kobiecie, jak korzystać z tabletu
# en: Ask for a **digital champion**.
ask-for-a-digital = Zapytaj, czy jest tam **digital champion**.
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = Taka osoba może Ci pomóc pobrać NHS App, krok po kroku.
# en: Free data and devices
free-data-and-devices = Darmowy internet i sprzęt
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = Mała karta SIM obok telefonu z kreskami zasięgu
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = Niektóre biblioteki i centra społeczne dają darmowy pakiet internetu na telefon. Dzięki niemu masz internet w telefonie poza domem.
# en: The data comes on a SIM card.
the-data-comes-on = Internet dostajesz na małej karcie. To jest karta SIM.
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = Tablet i telefon z kokardą, jak prezent
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = Niektóre miejsca mogą dać Ci za darmo telefon, tablet lub laptop. Może to być używany sprzęt.
# en: Ask what they have. There may be a wait.
ask-what-they-have = Zapytaj, co mają. Czasem trzeba poczekać.
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = Skarbonka obok znaku Wi-Fi, czyli tańszy internet
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = Dostajesz zasiłki, na przykład Universal Credit albo Pension Credit? Zapytaj swoją firmę od telefonu lub internetu o **taryfę socjalną** (social tariff).
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = Taryfa socjalna to tańsza oferta dla osób, które dostają niektóre zasiłki.
# en: Where to ask
where-to-ask = Gdzie pytać
# en: A person asks a helper for help at a desk
a-person-asks-a = Osoba prosi o pomoc pracownika przy biurku
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = Zapytaj w bibliotece lub w przychodni. Możesz też zapytać w centrum społecznym.
# en: Say: “I want help to get online.”
say-i-want-help = Powiedz: „Potrzebuję pomocy, żeby korzystać z internetu”.
# en: You can also ask family or friends that you trust.
you-can-also-ask = Możesz też zapytać rodzinę lub przyjaciół, którym ufasz.
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = Na końcu tego poradnika może być ramka **Potrzebujesz pomocy?** Ramka mówi, gdzie dostać pomoc blisko Ciebie.
# en: Remember
remember = Pamiętaj
# en: Ask as many questions as you like.
ask-as-many-questions = Zadawaj tyle pytań, ile chcesz.
# en: Write down what you learn, to help you next time.
write-down-what-you = Zapisuj, czego się uczysz. To pomoże Ci następnym razem.
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = Nie mów pomocnikowi swoich haseł ani PIN-u. Wpisuj je samodzielnie.
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = PIN to tajny numer, na przykład ten do karty bankowej.
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = Kiedy zechcesz, zobacz, [jak pobrać NHS App]({ $link1 }). Dowiedz się też, jak [rozpoznać SMS-y, e-maile i telefony podszywające się pod NHS]({ $link2 }).
# en: SIM card
sim-card = karta SIM
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = mała karta, którą wkłada się do telefonu. Dzięki niej telefon może korzystać z sieci komórkowej.
# en: digital champion
digital-champion = digital champion
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = pomocnik, który pokazuje ludziom, jak korzystać z internetu. Wielu z nich to wolontariusze.
