# Cymraeg: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = Cael help i fynd ar-lein
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = Dewch o hyd i help am ddim yn agos atoch chi. Mae'n help i ddefnyddio'r rhyngrwyd a'r NHS App.
# en: A few minutes to ask for help
a-few-minutes-to = Ychydig funudau i ofyn am help
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = Dim byd i ddechrau. Mae'r help yn y canllaw hwn am ddim.
# en: Your phone or tablet, if you have one
your-phone-or-tablet = Eich ffôn neu lechen, os oes gennych chi un
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = newyddion vodafone.co.uk: cardiau SIM gyda data am ddim i 200,000 o bobl
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: Mae llyfrgelloedd yn cynnig cardiau SIM am ddim o'r National Databank
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: sut mae gliniaduron a llechi sydd wedi'u rhoi yn cyrraedd pobl sydd eu hangen
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: Sut i newid i dariff cymdeithasol ar gyfer band eang
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: Canllaw i wirfoddolwyr – helpu rhywun i sefydlu ei NHS App
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = Gall y rhyngrwyd fod yn anodd ei ddefnyddio ar y dechrau. Does dim rhaid i chi ddysgu ar eich pen eich hun. Mae help am ddim yn agos atoch chi.
# en: Where to get free help
where-to-get-free = Ble i gael help am ddim
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = Mae dyn ifanc yn helpu menyw hŷn i ddefnyddio cyfrifiadur mewn llyfrgell.
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = Ewch i'ch llyfrgell leol. Mae gan y rhan fwyaf o lyfrgelloedd gyfrifiaduron a Wi-Fi. Gallwch chi eu defnyddio am ddim.
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = Mae Wi-Fi yn gadael i'ch ffôn neu'ch cyfrifiadur ddefnyddio'r rhyngrwyd heb gebl.
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = Gall staff y llyfrgell ddangos i chi sut i ddechrau. Mae gan lawer o lyfrgelloedd ddosbarthiadau am ddim hefyd.
# en: A community centre with 3 people of different ages outside
a-community-centre-with = Canolfan gymunedol gyda 3 pherson o wahanol oedrannau y tu allan
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = Gall canolfannau cymunedol ac elusennau helpu hefyd. Felly hefyd rhai meddygfeydd, lle mae meddygon teulu yn gweithio.
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = Gofynnwch iddyn nhw: “Ydych chi'n helpu pobl i fynd ar-lein?”
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = Mae dyn mewn cadair olwyn yn dangos i fenyw sut i ddefnyddio llechen
# en: Ask for a **digital champion**.
ask-for-a-digital = Gofynnwch am **hyrwyddwr digidol**.
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = Gallan nhw eich helpu i gael yr NHS App, un cam ar y tro.
# en: Free data and devices
free-data-and-devices = Data a dyfeisiau am ddim
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = Cerdyn SIM bach wrth ymyl ffôn gyda bariau signal
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = Mae rhai llyfrgelloedd a chanolfannau cymunedol yn rhoi data symudol am ddim. Mae data yn gadael i'ch ffôn ddefnyddio'r rhyngrwyd pan fyddwch chi allan.
# en: The data comes on a SIM card.
the-data-comes-on = Mae'r data yn dod mewn cerdyn SIM.
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = Llechen a ffôn gyda rhuban, fel anrheg
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = Gall rhai llefydd roi ffôn, llechen neu liniadur am ddim i chi. Efallai bod rhywun wedi ei ddefnyddio o'r blaen.
# en: Ask what they have. There may be a wait.
ask-what-they-have = Gofynnwch beth sydd ganddyn nhw. Efallai y bydd rhaid aros.
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = Cadw-mi-gei wrth ymyl arwydd Wi-Fi, ar gyfer rhyngrwyd rhatach
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = Ydych chi'n cael budd-daliadau, fel Credyd Cynhwysol neu Gredyd Pensiwn? Gofynnwch i'ch cwmni ffôn neu ryngrwyd am **dariff cymdeithasol**.
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = Mae tariff cymdeithasol yn fargen rhatach i bobl sy'n cael rhai budd-daliadau.
# en: Where to ask
where-to-ask = Ble i ofyn
# en: A person asks a helper for help at a desk
a-person-asks-a = Mae person yn gofyn i helpwr am help wrth ddesg
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = Gofynnwch yn eich llyfrgell neu eich meddygfa. Gallwch chi hefyd ofyn mewn canolfan gymunedol.
# en: Say: “I want help to get online.”
say-i-want-help = Dywedwch: “Rydw i eisiau help i fynd ar-lein.”
# en: You can also ask family or friends that you trust.
you-can-also-ask = Gallwch chi hefyd ofyn i deulu neu ffrindiau rydych chi'n ymddiried ynddyn nhw.
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = Efallai y bydd blwch o'r enw **Angen help?** ar ddiwedd y canllaw hwn. Mae'n dweud wrthych chi ble i gael help yn agos atoch chi.
# en: Remember
remember = Cofiwch
# en: Ask as many questions as you like.
ask-as-many-questions = Gofynnwch gymaint o gwestiynau ag y mynnwch chi.
# en: Write down what you learn, to help you next time.
write-down-what-you = Ysgrifennwch beth rydych chi'n ei ddysgu, i'ch helpu chi y tro nesaf.
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = Peidiwch â dweud eich cyfrineiriau na'ch PIN wrth helpwr. Teipiwch nhw eich hun.
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = Rhif cyfrinachol yw PIN, fel yr un ar gyfer eich cerdyn banc.
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = Pan fyddwch chi'n barod, darllenwch [sut i gael yr NHS App]({ $link1 }). Dysgwch sut i [adnabod negeseuon testun, e-byst a galwadau NHS ffug]({ $link2 }) hefyd.
# en: SIM card
sim-card = cerdyn SIM
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = cerdyn bach sy'n mynd y tu mewn i'ch ffôn. Mae'n gadael i'ch ffôn ddefnyddio rhwydwaith symudol.
# en: digital champion
digital-champion = hyrwyddwr digidol
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = helpwr sy'n dangos i bobl sut i ddefnyddio'r rhyngrwyd. Mae llawer ohonyn nhw'n wirfoddolwyr.
