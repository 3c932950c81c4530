# اردو: the guide "get-help-online", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Get help to get online
get-help-to-get = آن لائن ہونے کے لیے مدد حاصل کریں
# en: Find free help near you to use the internet and the NHS App.
find-free-help-near = انٹرنیٹ اور NHS App کے لیے اپنے قریب مفت مدد تلاش کریں۔
# en: A few minutes to ask for help
a-few-minutes-to = مدد مانگنے میں چند منٹ
# en: Nothing to start with. The help in this guide is free.
nothing-to-start-with = شروع میں کچھ نہیں۔ اس گائیڈ میں بتائی گئی مدد مفت ہے۔
# en: Your phone or tablet, if you have one
your-phone-or-tablet = آپ کا فون یا ٹیبلیٹ، اگر آپ کے پاس ہو
# en: vodafone.co.uk news: free data SIM cards for 200,000 people
vodafone-co-uk-news = vodafone.co.uk کی خبر: 200,000 لوگوں کے لیے مفت ڈیٹا والے سم کارڈ
# en: Cambridgeshire County Council: Libraries offer free SIM cards from the National Databank
cambridgeshire-county-council-libraries = Cambridgeshire County Council: لائبریریاں National Databank سے مفت سم کارڈ دیتی ہیں
# en: digitaldurham.org: how donated laptops and tablets reach people who need them
digitaldurham-org-how-donated = digitaldurham.org: عطیہ کیے گئے لیپ ٹاپ اور ٹیبلیٹ ضرورت مند لوگوں تک کیسے پہنچتے ہیں
# en: Which?: How to switch to a broadband social tariff
which-how-to-switch = Which?: براڈ بینڈ کے سوشل ٹیرف پر کیسے جائیں
# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
nhs-england-digital-guide = NHS England Digital: رضاکاروں کے لیے گائیڈ – کسی کی NHS App شروع کرنے میں مدد
# en: The internet can be hard to use at first. You do not need to learn on your own. There is free help near you.
the-internet-can-be = شروع میں انٹرنیٹ استعمال کرنا مشکل لگ سکتا ہے۔ آپ کو اکیلے سیکھنے کی ضرورت نہیں۔ آپ کے قریب مفت مدد موجود ہے۔
# en: Where to get free help
where-to-get-free = مفت مدد کہاں سے ملے
# en: A young man helps an older woman to use a computer in a library.
a-young-man-helps = لائبریری میں ایک نوجوان ایک بزرگ خاتون کو کمپیوٹر چلانے میں مدد دے رہا ہے۔
# en: Go to your local library. Most libraries have computers and Wi-Fi that you can use for free.
go-to-your-local = اپنی مقامی لائبریری جائیں۔ زیادہ تر لائبریریوں میں کمپیوٹر اور وائی فائی ہوتے ہیں۔ آپ انہیں مفت استعمال کر سکتے ہیں۔
# en: Wi-Fi lets your phone or computer use the internet without a cable.
wi-fi-lets-your = وائی فائی سے آپ کا فون یا کمپیوٹر بغیر تار کے انٹرنیٹ چلا سکتا ہے۔
# en: Library staff can show you how to start. Many libraries have free classes too.
library-staff-can-show = لائبریری کا عملہ آپ کو بتا سکتا ہے کہ کیسے شروع کریں۔ بہت سی لائبریریوں میں مفت کلاسیں بھی ہوتی ہیں۔
# en: A community centre with 3 people of different ages outside
a-community-centre-with = ایک کمیونٹی سینٹر، جس کے باہر مختلف عمروں کے 3 لوگ ہیں
# en: Community centres and charities can help too. So can some GP surgeries, where family doctors work.
community-centres-and-charities = کمیونٹی سینٹر اور خیراتی ادارے بھی مدد کر سکتے ہیں۔ کچھ GP سرجریاں بھی مدد کرتی ہیں، جہاں فیملی ڈاکٹر کام کرتے ہیں۔
# en: Ask them: “Do you help people to get online?”
ask-them-do-you = ان سے پوچھیں: «کیا آپ لوگوں کو آن لائن ہونے میں مدد دیتے ہیں؟»
# en: A man in a wheelchair shows a woman how to use a tablet
a-man-in-a = وہیل چیئر پر بیٹھا ایک آدمی ایک خاتون کو ٹیبلیٹ چلانا سکھا رہا ہے
# en: Ask for a **digital champion**.
ask-for-a-digital = کسی **ڈیجیٹل چیمپئن** کا پوچھیں۔
# en: They can help you get the NHS App, one step at a time.
they-can-help-you = وہ قدم بہ قدم NHS App لینے میں آپ کی مدد کر سکتے ہیں۔
# en: Free data and devices
free-data-and-devices = مفت ڈیٹا اور ڈیوائسز
# en: A small SIM card next to a phone with signal bars
a-small-sim-card = سگنل کی لکیروں والے فون کے ساتھ ایک چھوٹا سم کارڈ
# en: Some libraries and community centres give out free mobile data. Data lets your phone use the internet when you are out.
some-libraries-and-community = کچھ لائبریریاں اور کمیونٹی سینٹر مفت موبائل ڈیٹا دیتے ہیں۔ ڈیٹا سے آپ کا فون گھر سے باہر بھی انٹرنیٹ چلا سکتا ہے۔
# en: The data comes on a SIM card.
the-data-comes-on = ڈیٹا ایک سم کارڈ پر ملتا ہے۔
# en: A tablet and a phone with a bow, like a gift
a-tablet-and-a = ایک ٹیبلیٹ اور ایک فون، جن پر تحفے کی طرح ربن بندھا ہے
# en: Some places can give you a free phone, tablet or laptop. It may be one that someone used before.
some-places-can-give = کچھ جگہیں آپ کو مفت فون، ٹیبلیٹ یا لیپ ٹاپ دے سکتی ہیں۔ ہو سکتا ہے وہ پہلے کسی اور نے استعمال کیا ہو۔
# en: Ask what they have. There may be a wait.
ask-what-they-have = پوچھیں کہ ان کے پاس کیا ہے۔ ہو سکتا ہے کچھ انتظار کرنا پڑے۔
# en: A piggy bank next to a Wi-Fi sign, for cheaper internet
a-piggy-bank-next = وائی فائی کے نشان کے ساتھ ایک گلک، سستے انٹرنیٹ کے لیے
# en: Do you get benefits, like Universal Credit or Pension Credit? Ask your phone or internet company for a **social tariff**.
do-you-get-benefits = کیا آپ کو بینیفٹس ملتے ہیں، جیسے Universal Credit یا Pension Credit؟ اپنی فون یا انٹرنیٹ کمپنی سے **سوشل ٹیرف** مانگیں۔
# en: A social tariff is a cheaper deal for people who get some benefits.
a-social-tariff-is = سوشل ٹیرف ایک سستا پیکج ہے، ان لوگوں کے لیے جنہیں کچھ بینیفٹس ملتے ہیں۔
# en: Where to ask
where-to-ask = کہاں پوچھیں
# en: A person asks a helper for help at a desk
a-person-asks-a = ایک شخص ڈیسک پر ایک مددگار سے مدد مانگ رہا ہے
# en: Ask at your library or GP surgery. You can also ask at a community centre.
ask-at-your-library = اپنی لائبریری یا GP سرجری میں پوچھیں۔ آپ کسی کمیونٹی سینٹر میں بھی پوچھ سکتے ہیں۔
# en: Say: “I want help to get online.”
say-i-want-help = کہیں: «مجھے آن لائن ہونے کے لیے مدد چاہیے۔»
# en: You can also ask family or friends that you trust.
you-can-also-ask = آپ بھروسے والے گھر والوں یا دوستوں سے بھی پوچھ سکتے ہیں۔
# en: There may be a box called **Need help?** at the end of this guide. It tells you where to get help near you.
there-may-be-a = اس گائیڈ کے آخر میں **مدد چاہیے؟** نام کا ایک خانہ ہو سکتا ہے۔ اس میں لکھا ہوتا ہے کہ آپ کو اپنے قریب مدد کہاں ملے گی۔
# en: Remember
remember = یاد رکھیں
# en: Ask as many questions as you like.
ask-as-many-questions = جتنے چاہیں سوال پوچھیں۔
# en: Write down what you learn, to help you next time.
write-down-what-you = جو سیکھیں اسے لکھ لیں، تاکہ اگلی بار آپ کو مدد ملے۔
# en: Do not tell a helper your passwords or your PIN. Type them in yourself.
do-not-tell-a = کسی مددگار کو اپنے پاس ورڈ یا اپنا PIN نہ بتائیں۔ انہیں خود ٹائپ کریں۔
# en: A PIN is a secret number, like the one for your bank card.
a-pin-is-a = PIN ایک خفیہ نمبر ہے، جیسے آپ کے بینک کارڈ کا PIN۔
# en: When you are ready, see [how to get the NHS App]({ $link1 }). Learn how to [spot fake NHS texts, emails and calls]({ $link2 }) too.
when-you-are-ready = جب آپ تیار ہوں تو دیکھیں: [NHS App کیسے حاصل کریں]({ $link1 })۔ [NHS کے نام پر جعلی ٹیکسٹ، ای میل اور کال پہچاننا]({ $link2 }) بھی سیکھیں۔
# en: SIM card
sim-card = سم کارڈ
# en: a small card that goes inside your phone. It lets your phone use a mobile network.
a-small-card-that = ایک چھوٹا کارڈ جو آپ کے فون کے اندر لگتا ہے۔ اس سے آپ کا فون موبائل نیٹ ورک استعمال کر سکتا ہے۔
# en: digital champion
digital-champion = ڈیجیٹل چیمپئن
# en: a helper who shows people how to use the internet. Many are volunteers.
a-helper-who-shows = ایسا مددگار جو لوگوں کو انٹرنیٹ استعمال کرنا سکھاتا ہے۔ ان میں سے بہت سے رضاکار ہوتے ہیں۔
