# বাংলা: the guide "nhs-app", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: Get the NHS App and log in
# get-the-nhs-app =


# en: Get the free NHS App on your phone or tablet. Then set up your NHS login.
# get-the-free-nhs =


# en: About 20 to 30 minutes. The check of your ID can take longer.
# about-20-to-30 =


# en: A smartphone or tablet that can use the internet
# a-smartphone-or-tablet =


# en: An email address that you can open
# an-email-address-that =


# en: Your mobile phone number
# your-mobile-phone-number =


# en: Photo ID, like a passport or a driving licence
# photo-id-like-a =


# en: nhs.uk: NHS App help and support
# nhs-uk-nhs-app =


# en: NHS England Digital: Getting patients started with NHS login
# nhs-england-digital-getting =


# en: NHS England Digital: Guide for volunteers – helping someone set up their NHS App
# nhs-england-digital-guide =


# en: NHS England: Good practice guidelines for GP electronic patient records – the NHS App
# nhs-england-good-practice =


# en: The NHS App is free. An app is a program for a phone or tablet.
# the-nhs-app-is =


# en: In the NHS App you can order medicines and book appointments. You can also see your health record.
# in-the-nhs-app =


# en: You can use it on a computer too, on the NHS website.
# you-can-use-it =


# en: You can use the NHS App if you are 13 or over. You must have a GP surgery in England.
# you-can-use-the =


# en: A GP is a family doctor. A GP surgery is the place where your GP works.
# a-gp-is-a =


# en: Do you live in Wales, Scotland or Northern Ireland? Ask your GP surgery which app to use.
# do-you-live-in =


# en: The app changes from time to time. Your screens may look a little different from this guide.
# the-app-changes-from =


# en: Get the app
# get-the-app =


# en: A phone with a shopping bag on its screen, for the app store
# a-phone-with-a =


# en: Open the app store on your phone or tablet.
# open-the-app-store =


# en: On an iPhone or iPad, this is the **App Store**. On most other phones, it is **Google Play**.
# on-an-iphone-or =


# en: A phone with a search box and a big magnifying glass
# a-phone-with-a-2 =


# en: Tap the search box. Type **NHS App**.
# tap-the-search-box =


# en: Check that you have the real NHS App. It is free. Never pay for it.
# check-that-you-have =


# en: Tap **Install** or **Get**. Wait for the app to load on your phone.
# tap-install-or-get =


# en: A phone with the app open. There is a big button at the bottom.
# a-phone-with-the =


# en: Open the NHS App. Tap **Continue**.
# open-the-nhs-app =


# en: Make your NHS login
# make-your-nhs-login =


# en: You need an NHS login to use the app. An NHS login is your own account for NHS apps and websites. You log in with your email address and a password.
# you-need-an-nhs =


# en: Already have an NHS login? Log in with it. Then go to [step 11]({ $link1 }).
# already-have-an-nhs =


# en: A letter and a padlock, for your email address and your password
# a-letter-and-a =


# en: Type your email address. Then make a password.
# type-your-email-address =


# en: Use a password that is hard to guess. Do not use your name or your birthday. Do not use it anywhere else.
# use-a-password-that =


# en: A letter with 6 dots on it, for a secret code
# a-letter-with-6 =


# en: NHS login sends a code to your email. Open your email. Type the code into the app.
# nhs-login-sends-a =


# en: A phone with a speech bubble. The bubble has 6 dots for a code.
# a-phone-with-a-3 =


# en: Type your mobile phone number.
# type-your-mobile-phone =


# en: NHS login sends a code to your phone by text. Type the code into the app.
# nhs-login-sends-a-2 =


# en: Prove who you are
# prove-who-you-are =


# en: Next, NHS login checks that you are you. This keeps your health details safe.
# next-nhs-login-checks =


# en: A card with a face on it, and a page of details about you
# a-card-with-a =


# en: Type your NHS number, your date of birth and your postcode.
# type-your-nhs-number =


# en: Your NHS number is a 10 digit number. It is on letters from the NHS. If you do not know it, you can type your name instead.
# your-nhs-number-is =


# en: A phone takes a photo of a passport
# a-phone-takes-a =


# en: Take a photo of your photo ID with the app.
# take-a-photo-of =


# en: This can be a passport or a driving licence. Put it on a dark, flat table in good light.
# this-can-be-a =


# en: A woman in a hijab holds up her phone. The phone films her face.
# a-woman-in-a =


# en: Then the app checks your face. It may scan your face, or ask for a short video.
# then-the-app-checks =


# en: Hold the phone in front of your face. Do what the screen tells you.
# hold-the-phone-in =


# en: No photo ID? Your GP surgery can give you details to prove who you are instead. Ask them.
# no-photo-id-your =


# en: A clock next to a letter with a tick on it
# a-clock-next-to =


# en: Wait for NHS login to check your details. This can be quick, or take a day or more.
# wait-for-nhs-login =


# en: NHS login sends you an email when it has checked them. You can use some parts of the app before then.
# nhs-login-sends-you =


# en: Log in with your fingerprint or face
# log-in-with-your =


# en: A fingerprint and a face, the 2 quick ways to log in
# a-fingerprint-and-a =


# en: You can log in with your fingerprint or your face. It is quicker than a password.
# you-can-log-in =


# en: Your phone needs a screen lock for this, like a PIN. A PIN is a secret number that you choose.
# your-phone-needs-a =


# en: The app may ask if you want to turn it on. You can also turn it on in the app’s settings.
# the-app-may-ask =


# en: A phone with a big tick: you are logged in
# a-phone-with-a-4 =


# en: Next time, open the NHS App. Use your fingerprint or face.
# next-time-open-the =


# en: Or type your email and password. Then type the code that comes by text.
# or-type-your-email =


# en: Keep your NHS login safe
# keep-your-nhs-login =


# en: Keep your password secret.
# keep-your-password-secret =


# en: Log out when you finish, if other people use your phone or tablet.
# log-out-when-you =


# en: Do not tell anyone your password or a code. Not even someone who says they are from the NHS.
# do-not-tell-anyone =


# en: Do not keep your password where other people can see it.
# do-not-keep-your =


# en: The NHS will never ask for your password. Learn how to [spot NHS scams]({ $link1 }).
# the-nhs-will-never =


# en: Need help with any step? See [how to get help to get online]({ $link1 }).
# need-help-with-any =


# en: Next, you can [order a repeat prescription]({ $link1 }) or [book a GP appointment]({ $link2 }).
# next-you-can-order =

