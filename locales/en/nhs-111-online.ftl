# The English words of the guide "nhs-111-online": one message for each piece of text.
# `easyguide i18n update` writes this file and keeps each message's id: do not edit it.
# Translations are in the other folders under locales/, one file per guide.

use-nhs-111-online = Use NHS 111 online
get-help-for-a = Get help for a health problem that is urgent but not an emergency.
about-10-to-20 = About 10 to 20 minutes
a-phone-tablet-or = A phone, tablet or computer with the internet
your-age-sex-and = Your age, sex and symptoms
nhs-uk-when-to = nhs.uk: When to use 111
nhs-uk-when-to-2 = nhs.uk: When to call 999
text-111-nhs-uk-nhs = 111.nhs.uk: NHS 111 online
call-999-now-if = **Call 999 now** if someone is very ill or badly hurt and their life may be at risk. For example, if they have chest pain, cannot breathe, or will not wake up. Do not use NHS 111 online for this.
when-to-use-nhs = When to use NHS 111 online
a-phone-showing-a = A phone showing a question mark inside a speech bubble
use-nhs-111-online-2 = Use NHS 111 online when you need help fast, but it is not an emergency.
it-is-free-it = It is free. It is open all day and all night.
you-can-also-call = You can also call **111** on any phone. The call is free.
nhs-111-online-is = NHS 111 online is for people aged 5 and over. For a child under 5, call 111.
get-help = Get help
a-web-browser-showing = A web browser showing the address 111.nhs.uk
go-to-111-nhs = Go to [111.nhs.uk]({ $link1 }) on your phone, tablet or computer.
a-list-of-questions = A list of questions with tick boxes
answer-the-questions-about = Answer the questions about your symptoms.
your-symptoms-are-what = Your symptoms are what is wrong, like pain or a high temperature.
a-nurse-speaking-on = A nurse speaking on a phone
the-website-tells-you = The website tells you what to do next.
it-may-tell-you = It may tell you to see a pharmacist or go to a GP.
a-nurse-or-doctor = A nurse or doctor may call you back.
if-you-get-worse = If you get worse while you wait, call 111. If it becomes an emergency, call 999.
keep-safe = Keep safe
answer-every-question-as = Answer every question as well as you can.
have-your-phone-with = Have your phone with you if you are waiting for a call.
do-not-use-nhs = Do not use NHS 111 online for an emergency. Call 999.
