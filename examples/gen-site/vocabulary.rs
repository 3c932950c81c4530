//! The word lists guides are made from: tasks, buttons, places, headings, callouts, do and
//! don't advice, glossary entries. Short, common words only, without quotes or apostrophes,
//! so every piece reads the same in a guide and in a message file.

/// What a guide is about: a verb and the things it fits.
pub const TASKS: &[(&str, &[&str])] = &[
    ("a GP appointment", &["Book", "Check", "Cancel", "Change"]),
    ("a repeat prescription", &["Order", "Check", "Track"]),
    ("your test results", &["See", "Check"]),
    ("the NHS App", &["Get", "Use", "Set up"]),
    ("a flu vaccine", &["Book", "Get"]),
    ("a blood test", &["Book", "Get ready for"]),
    ("your health record", &["See", "Share", "Check"]),
    (
        "a video call with your GP",
        &["Have", "Book", "Get ready for"],
    ),
    ("your medicines", &["Order", "Check", "Collect"]),
    ("a dentist appointment", &["Book", "Find", "Cancel"]),
    ("an eye test", &["Book", "Get"]),
    ("help with health costs", &["Get", "Ask for"]),
    ("a fit note", &["Get", "Ask for"]),
    ("your NHS number", &["Find", "Use"]),
    ("a pharmacy near you", &["Find", "Use"]),
    ("NHS 111 online", &["Use"]),
    ("a scam text", &["Spot", "Report"]),
    ("a hearing test", &["Book"]),
    ("your vaccine record", &["See", "Share"]),
    (
        "a hospital appointment",
        &["Check", "Change", "Get ready for"],
    ),
    ("a home visit", &["Ask for"]),
    ("your contact details", &["Change", "Check"]),
    ("a new GP surgery", &["Find", "Join"]),
    ("a message to your GP", &["Send", "Read"]),
];

/// Ways of doing a task; a title stays at 8 words or fewer, so every sentence that names
/// the guide stays short.
pub const HOW: &[&str] = &[
    "",
    " online",
    " on your phone",
    " with the NHS App",
    " for someone you care for",
    " at your pharmacy",
];
pub const TITLE_WORDS: usize = 8;

pub const TOWNS: &[&str] = &[
    "Anytown",
    "Leeds",
    "Bristol",
    "Cardiff",
    "Swansea",
    "Bangor",
    "Derby",
    "Exeter",
    "Hull",
    "Leicester",
    "Luton",
    "Norwich",
    "Oxford",
    "Preston",
    "Reading",
    "Salford",
    "Stoke",
    "York",
    "Bolton",
    "Bradford",
    "Wigan",
    "Barnet",
    "Brent",
    "Camden",
    "Ealing",
    "Enfield",
    "Harrow",
    "Lambeth",
    "Newham",
    "Hackney",
    "Croydon",
    "Bexley",
    "Dudley",
    "Walsall",
    "Wrexham",
    "Newport",
    "Carlisle",
    "Durham",
    "Lincoln",
    "Ipswich",
];

pub const BUTTONS: &[&str] = &[
    "Continue", "Next", "Log in", "Book", "Confirm", "Send", "Save", "Start", "Done", "Yes",
    "Order", "Check",
];
pub const CHOICES: &[&str] = &[
    "a day and a time",
    "the one you want",
    "your GP surgery",
    "your pharmacy",
    "how we contact you",
    "a reason",
];
pub const DETAILS: &[&str] = &[
    "name",
    "date of birth",
    "NHS number",
    "postcode",
    "email address",
    "phone number",
    "password",
];
pub const MESSAGES: &[&str] = &["text", "email", "phone call", "letter"];
pub const PLACES: &[&str] = &["GP surgery", "pharmacy", "hospital", "clinic"];
pub const THINGS: &[&str] = &[
    "list of times",
    "new page",
    "message",
    "green tick",
    "code",
    "calendar",
];
pub const HELPERS: &[&str] = &[
    "a friend",
    "someone in your family",
    "a digital champion",
    "the pharmacist",
    "the staff at the desk",
];
pub const ACTIONS: &[&str] = &[
    "send you a text",
    "call you back",
    "check what you asked for",
    "tell you what to do next",
    "get your medicines ready",
];
pub const SECRETS: &[&str] = &["PIN", "password", "code", "login details"];
pub const NOTES: &[&str] = &[
    "day and time",
    "name of your medicine",
    "code",
    "phone number",
];
pub const MINUTES: &[&str] = &["2", "3", "5", "10"];

pub const HEADINGS: &[&str] = &[
    "Before you start",
    "Log in",
    "Choose what you need",
    "Check your details",
    "Send it",
    "What happens next",
    "If something goes wrong",
    "On the day",
    "Find the page",
    "Get a code",
];

pub const YOU_NEED: &[&str] = &[
    "A phone, tablet or computer with the internet",
    "Your NHS number",
    "Your email address",
    "Your phone number",
    "Your date of birth and postcode",
    "Your NHS App login",
    "A list of your medicines",
    "Someone to help you, if you like",
];
pub const SOURCES: &[&str] = &[
    "nhs.uk: Health A to Z",
    "NHS App help and support",
    "Your GP surgery website",
    "nhs.uk: Using the NHS",
];
pub const TAGS: &[&str] = &[
    "appointments",
    "prescriptions",
    "NHS App",
    "staying safe",
    "tests",
    "medicines",
    "getting help",
    "vaccines",
];

pub const DOS: &[&str] = &[
    "Keep your PIN secret.",
    "Ask someone you trust if you are not sure.",
    "Check the date and time.",
    "Write down your booking code.",
    "Log out when you finish.",
];
pub const DONTS: &[&str] = &[
    "Do not share your password.",
    "Do not tap links in texts you did not expect.",
    "Do not wait if you feel very ill.",
    "Do not give your bank details to anyone who calls you.",
];

/// Guide glossary entries: the term, its explanation, and a sentence that uses it.
pub const GLOSSARY: &[(&str, &str, &str)] = &[
    (
        "nominated pharmacy",
        "the pharmacy you choose to get your medicines from",
        "Check your nominated pharmacy.",
    ),
    (
        "security code",
        "a number we send to your phone to check it is you",
        "Type the security code from your text.",
    ),
    (
        "symptoms",
        "what is wrong, like pain or a high temperature",
        "Answer the questions about your symptoms.",
    ),
    (
        "booking reference",
        "a short code that shows which appointment is yours",
        "Write down your booking reference.",
    ),
    (
        "consent",
        "saying yes to something, after you understand it",
        "The page asks for your consent.",
    ),
];

/// The site's own glossary, for `site.toml`: words many guides use.
pub const SITE_GLOSSARY: &[(&str, &str)] = &[
    ("GP", "a doctor at your local surgery"),
    (
        "pharmacist",
        "an expert in medicines who works in a pharmacy",
    ),
    (
        "prescription",
        "a note from a doctor that says which medicine you need",
    ),
    (
        "NHS number",
        "a number that is only for you, on letters from the NHS",
    ),
];
