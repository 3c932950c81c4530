# Cymraeg: the guide "nhs-login-problems", one message for each piece of text.
# status: draft, needs review by a fluent speaker
# Write your words after each "=". The "en:" line above a message shows the English words.
# Keep each [words]({ $link1 }) as it is and translate only the words between [ and ].
# README.md, section "Translating", explains the rest.


# en: When NHS login goes wrong
# when-nhs-login-goes =


# en: What to do if you have no photo ID, or the check fails. What to do if you forget your password.
# what-to-do-if =


# en: About 10 to 20 minutes
# about-10-to-20 =


# en: The NHS App, or the NHS website
# the-nhs-app-or =


# en: The email address you used for your NHS login
# the-email-address-you =


# en: Your phone
# your-phone =


# en: NHS England Digital: Guide for volunteers – verifying identity without photo ID
# nhs-england-digital-guide =


# en: NHS England Digital: Guide for volunteers – verifying identity with photo ID
# nhs-england-digital-guide-2 =


# en: NHS login help centre: Error messages and support
# nhs-login-help-centre =


# en: nhs.uk: Managing your NHS account (change your phone number, email or password)
# nhs-uk-managing-your =


# en: NHS login team guidance on problems with photo ID (PatientPack support)
# nhs-login-team-guidance =


# en: Patientcentre support: I cannot log in (forgotten NHS login password, codes, new phone)
# patientcentre-support-i-cannot =


# en: NHS Wales App: terms of use (apphelp.nhs.wales)
# nhs-wales-app-terms =


# en: NHS login is how you get into the NHS App. Sometimes it goes wrong. This guide shows what to do.
# nhs-login-is-how =


# en: New to NHS login? First, see [how to get the NHS App and log in]({ $link1 }).
# new-to-nhs-login =


# en: **Is your GP surgery in Wales?** The NHS Wales App has its own help pages. This guide is about the NHS App in England.
# is-your-gp-surgery =


# en: You have no photo ID
# you-have-no-photo =


# en: A letter from a GP surgery with 3 lines on it
# a-letter-from-a =


# en: Ask your GP surgery for your online services details. There are 3 of them.
# ask-your-gp-surgery =


# en: They are an ODS code, an account ID and a linkage key. The surgery may give you a letter with them.
# they-are-an-ods =


# en: A phone with 3 buttons. The middle one has a tick.
# a-phone-with-3 =


# en: In NHS login, choose **No, I do not have photo ID**.
# in-nhs-login-choose =


# en: Then choose **Yes – I use online services**. Then choose **Yes – I have all 3 details**.
# then-choose-yes-i =


# en: A phone with 3 boxes to fill in
# a-phone-with-3-2 =


# en: Type the 3 details. Then type your full name and your date of birth.
# type-the-3-details =


# en: The check of your ID failed
# the-check-of-your =


# en: A letter with a red cross on it
# a-letter-with-a =


# en: NHS login sends you an email if the check fails. Read it. It says why.
# nhs-login-sends-you =


# en: For example, the photo was not clear. Or something covered part of your ID.
# for-example-the-photo =


# en: A phone takes a clear photo of a passport on a dark table
# a-phone-takes-a =


# en: Try again. Put your ID on a dark, flat table in good light.
# try-again-put-your =


# en: Show all 4 corners. Make sure there is no shine on it.
# show-all-4-corners =


# en: Still not working? Ask your GP surgery for the 3 details instead.
# still-not-working-ask =


# en: The camera does not work
# the-camera-does-not =


# en: A phone with a black screen and a camera
# a-phone-with-a =


# en: Does the app show a black screen instead of the camera? The app may not be allowed to use it.
# does-the-app-show =


# en: Open your phone’s settings. Find the NHS App, and let it use the camera and microphone.
# open-your-phone-s =


# en: A code does not come
# a-code-does-not =


# en: A letter going into a folder with a warning sign
# a-letter-going-into =


# en: NHS login sends codes by email and to your phone. Did an email code not come? Look in your junk or spam folder.
# nhs-login-sends-codes =


# en: Check that you typed your email address right.
# check-that-you-typed =


# en: You forgot your password
# you-forgot-your-password =


# en: A padlock with a question mark
# a-padlock-with-a =


# en: On the screen where you log in, tap the link to reset your password.
# on-the-screen-where =


# en: NHS login sends you an email. Follow it to make a new password.
# nhs-login-sends-you-2 =


# en: You have a new phone number
# you-have-a-new =


# en: Two phones with an arrow from one to the other
# two-phones-with-an =


# en: Log in to the NHS App. Tap **More**, then **Account and settings**.
# log-in-to-the =


# en: Then tap **Manage NHS account**, then **Your NHS login details**. Tap **Change phone number**.
# then-tap-manage-nhs =


# en: You need your old phone number to do this. No old phone? Contact the NHS App team.
# you-need-your-old =


# en: Get more help
# get-more-help =


# en: A person at a desk helps someone with a tablet
# a-person-at-a =


# en: The NHS login help centre can help. Go to [help.login.nhs.uk]({ $link1 }).
# the-nhs-login-help =


# en: You can also ask a library or a digital helper. See [how to get help to get online]({ $link1 }).
# you-can-also-ask =


# en: Can you still get into your NHS login? Then do not make a new one.
# can-you-still-get =


# en: Do not tell anyone your password or a code.
# do-not-tell-anyone =


# en: ODS code
# ods-code =


# en: a code for your GP surgery
# a-code-for-your =


# en: linkage key
# linkage-key =


# en: a secret code that links your NHS login to your GP surgery
# a-secret-code-that =


# en: junk
# junk =


# en: a folder for emails that look unwanted or unsafe
# a-folder-for-emails =


# en: log in
# log-in =


# en: type your email address and password to get into your account
# type-your-email-address =


# en: settings
# settings =


# en: the part of an app or phone where you choose how it works
# the-part-of-an =


# en: spam
# spam =


# en: messages you did not ask for. Many of them are scams.
# messages-you-did-not =


# en: tap
# tap =


# en: touch the screen with your finger
# touch-the-screen-with =

