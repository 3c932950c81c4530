# Polski: the guide "get-help-online", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Get help to get online
# get-help-to-get =


# en: Find free help near you to use the internet and the NHS App.
# find-free-help-near =


# en: A few minutes to ask for help
# a-few-minutes-to =


# en: Nothing to start with. The help in this guide is free.
# nothing-to-start-with =


# en: Your phone or tablet, if you have one
# your-phone-or-tablet =


# en: Good Things Foundation: National Databank
# good-things-foundation-national =


# en: Good Things Foundation: National Device Bank
# good-things-foundation-national-2 =


# en: Ofcom: Social tariffs: cheaper broadband and phone packages
# ofcom-social-tariffs-cheaper =


# en: NHS England: Help your community use the NHS App (guide for volunteers)
# nhs-england-help-your =


# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
# the-internet-can-be =


# en: Where to get free help
# where-to-get-free =


# en: A young man helps an older woman to use a computer in a library.
# a-young-man-helps =


# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
# go-to-your-local =


# en: Wi-Fi lets your phone or computer use the internet without a cable.
# wi-fi-lets-your =


# en: Library staff can show you how to start. Many libraries have free classes too.
# library-staff-can-show =


# en: A community centre with 3 people of different ages outside
# a-community-centre-with =


# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
# community-centres-and-charities =


# en: Ask them: “Do you help people to get online?”
# ask-them-do-you =


# en: A man in a wheelchair shows a woman how to use a tablet
# a-man-in-a =


# en: Ask for a **digital champion**.
# ask-for-a-digital =


# en: They can help you get the NHS App, one step at a time.
# they-can-help-you =


# en: Free data and devices
# free-data-and-devices =


# en: A small SIM card next to a phone with signal bars
# a-small-sim-card =


# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
# some-libraries-and-community =


# en: The data comes on a SIM card.
# the-data-comes-on =


# en: A tablet and a phone with a bow, like a gift
# a-tablet-and-a =


# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
# some-places-can-give =


# en: Ask what they have. There may be a wait.
# ask-what-they-have =


# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
# a-piggy-bank-next =


# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
# do-you-get-benefits =


# en: A social tariff is a cheaper deal for people who get some benefits.
# a-social-tariff-is =


# en: Where to ask
# where-to-ask =


# en: A person asks a helper for help at a desk
# a-person-asks-a =


# en: Ask at your library or GP surgery. You can also ask at a community centre.
# ask-at-your-library =


# en: Say: “I want help to get online.”
# say-i-want-help =


# en: You can also ask family or friends that you trust.
# you-can-also-ask =


# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
# there-may-be-a =


# en: Remember
# remember =


# en: Ask as many questions as you like.
# ask-as-many-questions =


# en: Write down what you learn, to help you next time.
# write-down-what-you =


# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
# do-not-tell-a =


# en: A PIN is a secret number, like the one for your bank card.
# a-pin-is-a =


# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
# when-you-are-ready =


# en: SIM card
# sim-card =


# en: a small card that goes inside your phone. It lets your phone use a mobile network.
# a-small-card-that =


# en: digital champion
# digital-champion =


# en: a helper who shows people how to use the internet. Many are volunteers.
# a-helper-who-shows =

