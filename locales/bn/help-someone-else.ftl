# বাংলা: the guide "help-someone-else", one message for each piece of text.
# status: machine-assisted draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.

# en: Help someone else with their GP services online
help-someone-else-with = অনলাইনে অন্য কাউকে তাঁর GP সেবায় সাহায্য করুন
# en: Are you a carer, a parent or a family member? You may be able to help them in the NHS App.
are-you-a-carer = আপনি কি কারও পরিচর্যাকারী, মা-বাবা বা পরিবারের সদস্য? আপনি হয়তো NHS App-এ তাঁকে সাহায্য করতে পারবেন।
# en: About 15 minutes to ask. Your GP surgery may take a few days to set it up.
about-15-minutes-to = চাইতে প্রায় 15 মিনিট। আপনার GP সার্জারির এটি চালু করতে কয়েক দিন লাগতে পারে।
# en: Your own NHS App, with your own NHS login
your-own-nhs-app = আপনার নিজের NHS App, আপনার নিজের NHS login সহ
# en: The person you help, if they can agree to it
the-person-you-help = আপনি যাঁকে সাহায্য করেন তিনি, যদি তিনি রাজি হতে পারেন
# en: Photo ID, for you and maybe for them
photo-id-for-you = ছবিসহ পরিচয়পত্র, আপনার এবং হয়তো তাঁরও
# en: nhs.uk: How to get family and carer access (proxy access) for adults
nhs-uk-how-to = nhs.uk: প্রাপ্তবয়স্কদের জন্য কীভাবে পরিবার ও পরিচর্যাকারীর অ্যাক্সেস (প্রক্সি অ্যাক্সেস) পাবেন
# en: nhs.uk: Information for under-16s – a parent or guardian accessing your doctor's services
nhs-uk-information-for = nhs.uk: 16 বছরের কম বয়সীদের জন্য তথ্য – মা-বাবা বা অভিভাবক আপনার ডাক্তারের সেবা ব্যবহার করলে
# en: Larwood Health Partnership: Proxy access – using linked profiles
larwood-health-partnership-proxy = Larwood Health Partnership: প্রক্সি অ্যাক্সেস – লিংক করা প্রোফাইল ব্যবহার
# en: South Molton Medical Centre: How to set up proxy access
south-molton-medical-centre = South Molton Medical Centre: কীভাবে প্রক্সি অ্যাক্সেস চালু করবেন
# en: Kirton Medical Centre: NHS App – all you need to know (switch profiles)
kirton-medical-centre-nhs = Kirton Medical Centre: NHS App – আপনার যা জানা দরকার (প্রোফাইল বদলানো)
# en: NHS Wales App: terms of use (apphelp.nhs.wales)
nhs-wales-app-terms = NHS Wales App: ব্যবহারের শর্ত (apphelp.nhs.wales)
# en: You may care for someone. Or you may help a child, a parent or a friend.
you-may-care-for = আপনি হয়তো কারও দেখাশোনা করেন। অথবা আপনি কোনো শিশু, মা-বাবা বা বন্ধুকে সাহায্য করেন।
# en: You can ask to use their GP services online for them. This is called **proxy access**.
you-can-ask-to = আপনি তাঁর হয়ে অনলাইনে তাঁর GP সেবা ব্যবহারের অনুমতি চাইতে পারেন। একে বলে **প্রক্সি অ্যাক্সেস** (proxy access)।
# en: In the NHS App, you then see their **linked profile** next to your own. A profile is the part of the app with one person’s details.
in-the-nhs-app = তখন NHS App-এ আপনার নিজের প্রোফাইলের পাশে তাঁর **লিংক করা প্রোফাইল** (linked profile) দেখবেন। প্রোফাইল হলো অ্যাপের সেই অংশ, যেখানে একজন মানুষের তথ্য থাকে।
# en: **Is your GP surgery in Wales?** Ask them how you can help someone online. This guide is about the NHS App in England.
is-your-gp-surgery = **আপনার GP সার্জারি কি ওয়েলসে?** অনলাইনে কীভাবে কাউকে সাহায্য করতে পারেন, তা তাদের জিজ্ঞেস করুন। এই নির্দেশিকাটি ইংল্যান্ডের NHS App নিয়ে।
# en: What you may be able to do
what-you-may-be = আপনি যা করতে পারেন
# en: The GP surgery decides what you can do. You may be able to:
the-gp-surgery-decides = আপনি কী করতে পারবেন, তা GP সার্জারি ঠিক করে। আপনি হয়তো এগুলো করতে পারবেন:
# en: A calendar with one day circled
a-calendar-with-one = একটি ক্যালেন্ডার, একটি দিনে গোল দাগ
# en: book and cancel their appointments
book-and-cancel-their = তাঁর অ্যাপয়েন্টমেন্ট বুক ও বাতিল করা
# en: A medicine box and a pill
a-medicine-box-and = ওষুধের একটি বাক্স আর একটি বড়ি
# en: order their repeat prescriptions
order-their-repeat-prescriptions = তাঁর রিপিট প্রেসক্রিপশন অর্ডার করা
# en: A folder with a heart on it
a-folder-with-a = হৃদয় চিহ্নসহ একটি ফোল্ডার
# en: see some or all of their GP health record
see-some-or-all = তাঁর GP স্বাস্থ্য রেকর্ডের কিছু অংশ বা পুরোটা দেখা
# en: Ask for access
ask-for-access = অ্যাক্সেস চান
# en: Two people at a GP surgery desk: a carer and an older man
two-people-at-a = GP সার্জারির ডেস্কে দুজন মানুষ: একজন পরিচর্যাকারী আর একজন বয়স্ক পুরুষ
# en: Contact the GP surgery of the person you help. Ask for proxy access.
contact-the-gp-surgery = আপনি যাঁকে সাহায্য করেন, তাঁর GP সার্জারির সাথে যোগাযোগ করুন। প্রক্সি অ্যাক্সেস চান।
# en: For the NHS App, you both need to be patients at the same GP surgery. If you are not, the surgery can tell you what to use instead.
for-the-nhs-app = NHS App-এর জন্য আপনাদের দুজনকেই একই GP সার্জারির রোগী হতে হবে। তা না হলে, এর বদলে কী ব্যবহার করবেন, সার্জারি বলে দিতে পারে।
# en: A form and a passport
a-form-and-a = একটি ফর্ম আর একটি পাসপোর্ট
# en: You may both have to fill in a form. You may also need to show photo ID.
you-may-both-have = আপনাদের দুজনকেই হয়তো একটি ফর্ম পূরণ করতে হবে। ছবিসহ পরিচয়পত্রও দেখাতে হতে পারে।
# en: A person nods and signs a form
a-person-nods-and = একজন মানুষ মাথা নেড়ে সম্মতি দিচ্ছেন এবং ফর্মে সই করছেন
# en: The surgery checks that the person you help agrees.
the-surgery-checks-that = আপনি যাঁকে সাহায্য করেন, তিনি রাজি কি না, সার্জারি তা যাচাই করে।
# en: Can they not understand or agree, for example because of dementia? The surgery may still give you access. It decides what is best for them.
can-they-not-understand = তিনি কি বুঝতে বা রাজি হতে পারেন না, যেমন ডিমেনশিয়ার কারণে? সার্জারি তবুও আপনাকে অ্যাক্সেস দিতে পারে। তাঁর জন্য কী ভালো, তা সার্জারি ঠিক করে।
# en: A phone with a tick: access is ready
a-phone-with-a = টিক চিহ্নসহ একটি ফোন: অ্যাক্সেস তৈরি
# en: The surgery sets it up. It tells you when it is ready.
the-surgery-sets-it = সার্জারি এটি চালু করে দেয়। তৈরি হলে আপনাকে জানায়।
# en: Use their profile
use-their-profile = তাঁর প্রোফাইল ব্যবহার করুন
# en: A phone with 2 faces. An arrow goes from one face to the other.
a-phone-with-2 = একটি ফোনে 2টি মুখ। একটি তীর এক মুখ থেকে অন্য মুখের দিকে যায়।
# en: Open the NHS App and log in with your own NHS login.
open-the-nhs-app = NHS App খুলুন এবং আপনার নিজের NHS login দিয়ে লগ ইন করুন।
# en: Choose the name of the person you help. Now you can book or order for them.
choose-the-name-of = আপনি যাঁকে সাহায্য করেন, তাঁর নাম বেছে নিন। এখন আপনি তাঁর জন্য বুক বা অর্ডার করতে পারেন।
# en: A phone with a coloured band at the top, to show whose profile it is
a-phone-with-a-2 = একটি ফোন, যার ওপরে একটি রঙিন পট্টি, প্রোফাইলটি কার তা দেখাতে
# en: The app shows whose profile you are using. Check the name before you book or order.
the-app-shows-whose = আপনি কার প্রোফাইল ব্যবহার করছেন, অ্যাপটি তা দেখায়। বুক বা অর্ডার করার আগে নামটি দেখে নিন।
# en: Go back to your own profile when you finish.
go-back-to-your = কাজ শেষে আপনার নিজের প্রোফাইলে ফিরে যান।
# en: What you cannot do
what-you-cannot-do = আপনি যা করতে পারবেন না
# en: You cannot do more than the surgery allows.
you-cannot-do-more = সার্জারি যতটুকু অনুমতি দেয়, তার বেশি আপনি করতে পারবেন না।
# en: Do not use their NHS login or password. Use your own.
do-not-use-their = তাঁর NHS login বা পাসওয়ার্ড ব্যবহার করবেন না। নিজেরটা ব্যবহার করুন।
# en: A parent’s access stops when a child turns 16. The child can then choose who helps them.
a-parent-s-access = শিশুর বয়স 16 হলে মা-বাবার অ্যাক্সেস বন্ধ হয়ে যায়। তখন শিশু নিজেই বেছে নিতে পারে কে তাকে সাহায্য করবে।
# en: The person you help can ask the surgery to change your access. They can ask to stop it too.
the-person-you-help-2 = আপনি যাঁকে সাহায্য করেন, তিনি সার্জারিকে আপনার অ্যাক্সেস বদলাতে বলতে পারেন। তিনি এটি বন্ধ করতেও বলতে পারেন।
# en: Want to see your own record? See [how to see your health record]({ $link1 }).
want-to-see-your = নিজের রেকর্ড দেখতে চান? দেখুন: [কীভাবে আপনার স্বাস্থ্য রেকর্ড দেখবেন]({ $link1 })।
# en: proxy access
proxy-access = প্রক্সি অ্যাক্সেস
# en: when a GP surgery lets you use some of its online services for someone else
when-a-gp-surgery = যখন GP সার্জারি আপনাকে অন্য কারও হয়ে তাদের কিছু অনলাইন সেবা ব্যবহার করতে দেয়
# en: log in
log-in = লগ ইন
# en: type your email address and password to get into your account
type-your-email-address = আপনার অ্যাকাউন্টে ঢুকতে ইমেইল ঠিকানা আর পাসওয়ার্ড টাইপ করা
