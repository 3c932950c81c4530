# Română: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = Cereți ajutor ca să folosiți internetul
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = Găsiți ajutor gratuit în apropiere ca să folosiți internetul și NHS App.
# en: A few minutes to ask for help
a-few-minutes-to = Câteva minute ca să cereți ajutor
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = Nimic, la început. Ajutorul din acest ghid este gratuit.
# en: Your phone or tablet, if you have one
your-phone-or-tablet = Telefonul sau tableta, dacă aveți
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = Știri vodafone.co.uk: cartele SIM cu date gratuite pentru 200.000 de oameni
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: bibliotecile oferă cartele SIM gratuite de la National Databank
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: cum ajung laptopurile și tabletele donate la cei care au nevoie de ele
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: Cum treceți la un tarif social pentru internet
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: Ghid pentru voluntari – cum ajutați pe cineva să își configureze NHS App
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = La început, internetul poate fi greu de folosit. Nu trebuie să învățați fără ajutor. Există ajutor gratuit în apropiere.
# en: Where to get free help
where-to-get-free = Unde găsiți ajutor gratuit
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = Un tânăr ajută o femeie în vârstă la un calculator, într-o bibliotecă.
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = Mergeți la biblioteca locală. Cele mai multe biblioteci au calculatoare și Wi-Fi pe care le puteți folosi gratuit.
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = Cu Wi-Fi, puteți folosi internetul pe telefon sau pe calculator fără cablu.
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = Angajații bibliotecii vă pot arăta cum să începeți. În multe biblioteci există și cursuri gratuite.
# en: A community centre with 3 people of different ages outside
a-community-centre-with = Un centru comunitar cu 3 persoane de vârste diferite în fața lui
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = Vă pot ajuta și centrele comunitare. Și asociațiile de caritate vă pot ajuta. La fel și unele cabinete ale medicilor de familie (GP).
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = Întrebați-i: „Ajutați oamenii să folosească internetul?”
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = Un bărbat în scaun cu rotile îi arată unei femei cum să folosească o tabletă
# en: Ask for a **digital champion**.
ask-for-a-digital = Cereți ajutorul unui **digital champion**.
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = Vă poate ajuta să instalați NHS App, pas cu pas.
# en: Free data and devices
free-data-and-devices = Date mobile și aparate, fără plată
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = O cartelă SIM mică lângă un telefon cu liniuțe de semnal
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = Unele biblioteci și centre comunitare dau gratuit date mobile. Cu ele, puteți folosi internetul pe telefon când nu sunteți acasă.
# en: The data comes on a SIM card.
the-data-comes-on = Datele mobile vin pe o cartelă SIM.
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = O tabletă și un telefon cu o fundă, ca un cadou
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = Unele locuri vă pot da gratuit un telefon, o tabletă sau un laptop. Poate fi unul pe care l-a mai folosit cineva.
# en: Ask what they have. There may be a wait.
ask-what-they-have = Întrebați ce au. Poate fi nevoie să așteptați.
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = O pușculiță lângă un semn de Wi-Fi, pentru internet mai ieftin
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = Primiți ajutor de la stat, cum ar fi Universal Credit sau Pension Credit? Cereți firmei de telefon sau de internet un **tarif social**.
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = Un tarif social este o ofertă mai ieftină. Este pentru cei care primesc anumite ajutoare de la stat.
# en: Where to ask
where-to-ask = Unde să întrebați
# en: A person asks a helper for help at a desk
a-person-asks-a = O persoană cere ajutor la un birou, de la cineva care ajută oamenii
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = Întrebați la bibliotecă sau la medicul de familie. Puteți întreba și la un centru comunitar.
# en: Say: “I want help to get online.”
say-i-want-help = Spuneți: „Vreau ajutor ca să folosesc internetul.”
# en: You can also ask family or friends that you trust.
you-can-also-ask = Puteți întreba și rudele sau prietenii în care aveți încredere.
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = La sfârșitul acestui ghid poate fi o casetă numită **Aveți nevoie de ajutor?** Ea vă spune unde găsiți ajutor în apropiere.
# en: Remember
remember = De reținut
# en: Ask as many questions as you like.
ask-as-many-questions = Puneți câte întrebări vreți.
# en: Write down what you learn, to help you next time.
write-down-what-you = Notați ce învățați, ca să vă ajute data viitoare.
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = Nu spuneți parolele sau codul PIN celui care vă ajută. Scrieți-le chiar dumneavoastră.
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = PIN-ul este un număr secret, cum ar fi cel pentru cardul bancar.
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = Când sunteți gata, vedeți [cum instalați NHS App]({ $link1 }). Aflați și [cum recunoașteți mesaje, e-mailuri și apeluri false în numele NHS]({ $link2 }).
# en: SIM card
sim-card = cartelă SIM
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = o cartelă mică, pe care o puneți în telefon. Cu ea, telefonul poate folosi o rețea mobilă.
# en: digital champion
digital-champion = digital champion
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = o persoană care le arată altora cum să folosească internetul. Mulți sunt voluntari.
