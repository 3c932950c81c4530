//! Every rule the checker has: its stable code, the WCAG 2.2 success criterion it serves,
//! its severity, why it matters and how to fix it. Findings take these from here, so the
//! words are written once and the README's rule list can be made from [`RULES`].

use super::finding::Severity;
use Severity::{Error, Note, Warning};

/// One rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case code.
    pub code: &'static str,
    /// WCAG 2.2 success criterion (`1.1.1`), or `None` for easy-read rules.
    pub wcag: Option<&'static str>,
    /// Default severity.
    pub severity: Severity,
    /// Why it matters, for the reader.
    pub why: &'static str,
    /// How to fix it.
    pub help: &'static str,
}

const fn r(
    code: &'static str,
    wcag: &'static str,
    severity: Severity,
    why: &'static str,
    help: &'static str,
) -> Rule {
    let wcag = if wcag.is_empty() { None } else { Some(wcag) };
    Rule {
        code,
        wcag,
        severity,
        why,
        help,
    }
}

/// Every rule, grouped by what it checks.
pub const RULES: &[Rule] = &[
    // Language and direction.
    r(
        "html-lang-missing",
        "3.1.1",
        Error,
        "screen readers pick their voice and pronunciation from the page's language",
        "add lang to <html>, e.g. <html lang=\"en\">",
    ),
    r(
        "html-lang-invalid",
        "3.1.1",
        Error,
        "a language tag a screen reader does not know is read with the wrong voice",
        "use a BCP 47 tag such as en, cy, pl, ar or pt-BR",
    ),
    r(
        "html-lang-mismatch",
        "3.1.1",
        Error,
        "the page is read out with the voice of another language",
        "set <html lang> to the language the page is written in",
    ),
    r(
        "html-xml-lang-mismatch",
        "3.1.1",
        Error,
        "lang and xml:lang that disagree leave the language undefined",
        "give xml:lang the same language as lang, or remove it",
    ),
    r(
        "lang-invalid",
        "3.1.2",
        Error,
        "a part with an unknown language tag is read with the wrong voice",
        "use a BCP 47 tag such as en, cy, ar",
    ),
    r(
        "page-script-mismatch",
        "3.1.1",
        Error,
        "the page's text is in a script its lang cannot be written in, so it is read with the wrong voice",
        "set <html lang> to the language of the text",
    ),
    r(
        "lang-of-parts",
        "3.1.2",
        Error,
        "words in another language are read with the page's voice and make no sense",
        "wrap the words in an element with their own lang (and dir), e.g. <span lang=\"en\" dir=\"ltr\">",
    ),
    r(
        "dir-missing",
        "1.3.2",
        Error,
        "right-to-left text without dir=\"rtl\" is laid out and punctuated backwards",
        "add dir=\"rtl\" next to the right-to-left lang (dir=\"rtl\" on <html> for a whole page)",
    ),
    r(
        "dir-of-parts",
        "1.3.2",
        Warning,
        "a left-to-right piece inside right-to-left text (or the reverse) without its own dir has its punctuation and numbers moved to the wrong end",
        "give the piece dir=\"ltr\" (or dir=\"rtl\"), or dir=\"auto\"",
    ),
    r(
        "dir-invalid",
        "1.3.2",
        Error,
        "an unknown dir value is ignored",
        "use dir=\"ltr\", dir=\"rtl\" or dir=\"auto\"",
    ),
    // Titles and headings.
    r(
        "document-title-missing",
        "2.4.2",
        Error,
        "the title is the first thing a screen reader says and what a tab or bookmark shows",
        "add <title> with the page's own name inside <head>",
    ),
    r(
        "document-title-empty",
        "2.4.2",
        Error,
        "an empty title tells nobody which page this is",
        "put the page's own name in <title>",
    ),
    r(
        "document-title-duplicate",
        "2.4.2",
        Warning,
        "pages with the same title cannot be told apart in tabs, history or search results",
        "give each page a title of its own, e.g. the guide's name then the site's",
    ),
    r(
        "heading-one-missing",
        "1.3.1",
        Warning,
        "screen-reader users jump to the first-level heading to find what the page is about",
        "give the page one <h1> naming what it is about",
    ),
    r(
        "heading-one-multiple",
        "1.3.1",
        Warning,
        "several first-level headings make the page's subject unclear",
        "keep one <h1>; make the others <h2>",
    ),
    r(
        "heading-order",
        "1.3.1",
        Warning,
        "a skipped heading level makes readers think they missed a section",
        "go down one level at a time: an <h2> after the <h1>, an <h3> inside an <h2>",
    ),
    r(
        "heading-empty",
        "2.4.6",
        Error,
        "an empty heading is announced as a heading with nothing in it",
        "put words in the heading or remove it",
    ),
    // Pictures.
    r(
        "image-alt-missing",
        "1.1.1",
        Error,
        "a picture without alt is read out as its file name, or skipped without saying what it shows",
        "add alt saying what the picture shows (alt=\"\" only if it adds nothing to the text)",
    ),
    r(
        "image-alt-empty",
        "1.1.1",
        Error,
        "this picture carries meaning but its empty alt hides it from screen-reader users",
        "describe the picture in alt, or make it truly decorative (no title, no role)",
    ),
    r(
        "image-alt-file-name",
        "1.1.1",
        Error,
        "a file name is read out letter by letter and says nothing about the picture",
        "replace the file name with words saying what the picture shows",
    ),
    r(
        "image-alt-url",
        "1.1.1",
        Error,
        "an address read out as alt text says nothing about the picture",
        "replace the address with words saying what the picture shows",
    ),
    r(
        "image-alt-generic",
        "1.1.1",
        Error,
        "\"image\" or \"photo\" alone says there is a picture but not what it shows",
        "say what the picture shows",
    ),
    r(
        "image-alt-redundant",
        "1.1.1",
        Warning,
        "screen readers already say it is a picture; \"image of\" makes every picture longer to hear",
        "start with what the picture shows: \"A phone showing the NHS App\"",
    ),
    r(
        "area-alt",
        "2.4.4",
        Error,
        "an image-map area without alt is a link with no name",
        "give each <area href> an alt saying where it goes",
    ),
    r(
        "input-image-alt",
        "1.1.1",
        Error,
        "an image button without alt has no name",
        "add alt saying what the button does",
    ),
    r(
        "object-alt",
        "1.1.1",
        Error,
        "an <object> without a text alternative is silent",
        "add a text alternative inside <object>, or aria-label",
    ),
    r(
        "role-img-alt",
        "1.1.1",
        Error,
        "an element with role=\"img\" and no name is a picture nobody can hear",
        "add aria-label or aria-labelledby",
    ),
    r(
        "svg-img-alt",
        "1.1.1",
        Error,
        "an inline SVG picture without a name is silent, or read as a list of shapes",
        "add role=\"img\" and a <title> (or aria-label); hide decorative SVG with aria-hidden=\"true\"",
    ),
    r(
        "server-side-image-map",
        "2.1.1",
        Error,
        "a server-side image map cannot be used with a keyboard",
        "use links or a client-side <map> with <area> elements",
    ),
    // Links and buttons.
    r(
        "link-name",
        "2.4.4",
        Error,
        "a link with no words is read as \"link\" and nobody knows where it goes",
        "put words in the link, or alt text on its picture",
    ),
    r(
        "link-text-vague",
        "2.4.4",
        Warning,
        "\"click here\" or \"read more\" says nothing out of context, and screen-reader users list links out of context",
        "use words that say where the link goes: \"Find a GP near you\"",
    ),
    r(
        "link-text-url",
        "2.4.4",
        Warning,
        "a long address is read out character by character",
        "use words that say where the link goes, and show a short address only if readers must type it",
    ),
    r(
        "link-text-ambiguous",
        "2.4.4",
        Warning,
        "links with the same words that go to different places cannot be told apart",
        "give each link words that say where it goes",
    ),
    r(
        "link-new-window",
        "3.2.5",
        Warning,
        "a link that opens a new window without warning leaves readers lost, and the back button no longer works",
        "say so in the link (\"(opens in a new window)\"), or remove target=\"_blank\"",
    ),
    r(
        "link-target-missing",
        "2.4.1",
        Error,
        "a link to a part of the page that does not exist goes nowhere",
        "point the link at an id that is on the page",
    ),
    r(
        "button-name",
        "4.1.2",
        Error,
        "a button with no name is read as \"button\" and nobody knows what it does",
        "put words in the button, or aria-label on it",
    ),
    r(
        "summary-name",
        "4.1.2",
        Error,
        "a <summary> without words is an unnamed control",
        "put words in <summary>",
    ),
    r(
        "frame-title",
        "4.1.2",
        Error,
        "a frame without a title is announced as \"frame\" with nothing to say what is in it",
        "add a title to the <iframe> saying what it holds",
    ),
    r(
        "frame-title-unique",
        "4.1.2",
        Warning,
        "frames with the same title cannot be told apart",
        "give each <iframe> its own title",
    ),
    // ARIA.
    r(
        "aria-roles",
        "4.1.2",
        Error,
        "an unknown or abstract role is ignored, so the element is announced wrongly",
        "use a role from WAI-ARIA 1.2, or a native element",
    ),
    r(
        "aria-deprecated-role",
        "4.1.2",
        Warning,
        "deprecated roles are dropped by assistive technology",
        "use a current role",
    ),
    r(
        "aria-valid-attr",
        "4.1.2",
        Error,
        "a misspelt aria- attribute is ignored",
        "check the attribute's name against WAI-ARIA 1.2",
    ),
    r(
        "aria-valid-attr-value",
        "4.1.2",
        Error,
        "an ARIA attribute with a wrong value is ignored or misread",
        "use a value the attribute allows (true/false, an id on the page, a number...)",
    ),
    r(
        "aria-required-attr",
        "4.1.2",
        Error,
        "a role without its required state (a checkbox without aria-checked) cannot tell readers its state",
        "add the attribute the role requires",
    ),
    r(
        "aria-allowed-attr",
        "4.1.2",
        Error,
        "an ARIA attribute the role does not support is ignored or confuses assistive technology",
        "remove the attribute, or use a role that supports it",
    ),
    r(
        "aria-prohibited-attr",
        "4.1.2",
        Error,
        "aria-label on an element with no role (a <div>, a <span>) is not read by most screen readers",
        "put the words in the text, or give the element a role that can be named",
    ),
    r(
        "aria-hidden-body",
        "4.1.2",
        Error,
        "aria-hidden on <body> hides the whole page from screen readers",
        "remove aria-hidden from <body>",
    ),
    r(
        "aria-hidden-focus",
        "4.1.2",
        Error,
        "keyboard users reach a control that screen readers are told does not exist",
        "remove aria-hidden, or take the controls inside out of the tab order",
    ),
    r(
        "aria-required-children",
        "1.3.1",
        Error,
        "a role that needs particular children (a list its items) is announced wrongly without them",
        "add children with the required roles, or remove the role",
    ),
    r(
        "aria-required-parent",
        "1.3.1",
        Error,
        "a role that needs a particular parent (an item its list) is announced wrongly without it",
        "put the element inside a parent with the required role",
    ),
    r(
        "aria-name",
        "4.1.2",
        Error,
        "a widget with no name is announced by its role alone",
        "add aria-label, aria-labelledby or visible words",
    ),
    r(
        "aria-roledescription",
        "4.1.2",
        Warning,
        "aria-roledescription on an element without a role is ignored",
        "give the element a role, or remove aria-roledescription",
    ),
    r(
        "aria-braille-equivalent",
        "4.1.2",
        Warning,
        "a braille label without the same text for speech leaves speech users without a name",
        "add aria-label (or aria-description) next to aria-braillelabel",
    ),
    r(
        "nested-interactive",
        "4.1.2",
        Error,
        "a control inside another control cannot be reached or is announced twice",
        "move the inner link or button out of the outer one",
    ),
    r(
        "duplicate-id",
        "4.1.1",
        Warning,
        "links to this part of the page and references to it go to the first element with the id",
        "give every element its own id",
    ),
    r(
        "duplicate-id-aria",
        "4.1.2",
        Error,
        "a label or description points at an id used twice, so it may name the wrong element",
        "give every element its own id",
    ),
    r(
        "aria-reference-missing",
        "1.3.1",
        Error,
        "a label, description or control reference to an id that is not on the page is lost",
        "point the attribute at an id that exists, or remove it",
    ),
    // Structure.
    r(
        "list",
        "1.3.1",
        Error,
        "a list with other children than items is announced with the wrong number of items",
        "put only <li> elements directly inside <ul> and <ol>",
    ),
    r(
        "listitem",
        "1.3.1",
        Error,
        "a list item outside a list is not announced as part of a list",
        "put the <li> inside a <ul> or <ol>",
    ),
    r(
        "definition-list",
        "1.3.1",
        Error,
        "a <dl> with other children than terms and definitions is announced wrongly",
        "put only <dt>, <dd> (or <div> groups of them) inside <dl>",
    ),
    r(
        "dlitem",
        "1.3.1",
        Error,
        "a term or definition outside a <dl> is not announced as one",
        "put <dt> and <dd> inside a <dl>",
    ),
    r(
        "table-header-missing",
        "1.3.1",
        Error,
        "a table without header cells is read as loose values with no meaning",
        "mark the first row or column as <th> cells (with scope)",
    ),
    r(
        "table-header-unassociated",
        "1.3.1",
        Warning,
        "header cells in the middle of a table are not linked to their data without scope or headers",
        "add scope=\"row\" or scope=\"col\" to the <th>, or headers to the <td> cells",
    ),
    r(
        "td-headers-attr",
        "1.3.1",
        Error,
        "a headers attribute that names cells not in the table links a cell to nothing",
        "list ids of <th> cells of the same table",
    ),
    r(
        "table-fake-caption",
        "1.3.1",
        Warning,
        "a first row used as a caption is read as a header of every cell",
        "use <caption> for the table's title",
    ),
    r(
        "landmark-main-missing",
        "1.3.1",
        Warning,
        "screen-reader and keyboard users jump straight to the main content with the main landmark",
        "wrap the page's main content in <main>",
    ),
    r(
        "landmark-main-multiple",
        "1.3.1",
        Warning,
        "two main landmarks make the main content unclear",
        "keep one <main>",
    ),
    r(
        "landmark-unnamed-duplicate",
        "1.3.1",
        Warning,
        "several landmarks of one kind without names cannot be told apart",
        "give each <nav> (or other landmark of the kind) an aria-label",
    ),
    r(
        "region",
        "1.3.1",
        Note,
        "content outside every landmark is missed by readers who move from landmark to landmark",
        "put all content inside <header>, <nav>, <main>, <aside> or <footer>",
    ),
    r(
        "bypass",
        "2.4.1",
        Error,
        "keyboard users must go through everything before the content on every page",
        "add a skip link to the main content, a <main> landmark, or headings",
    ),
    r(
        "skip-link-missing",
        "2.4.1",
        Note,
        "keyboard users tab through the whole menu on every page",
        "add a link to #main as the first thing in <body>",
    ),
    // Forms.
    r(
        "label",
        "4.1.2",
        Error,
        "a form field without a label is announced without saying what to enter",
        "add a <label for> with the field's id, or wrap the field in <label>",
    ),
    r(
        "label-placeholder-only",
        "3.3.2",
        Warning,
        "a placeholder disappears when you type and is often too faint to read",
        "add a visible <label> as well",
    ),
    r(
        "form-field-multiple-labels",
        "3.3.2",
        Warning,
        "a field with several labels is announced differently by each screen reader",
        "keep one <label> per field",
    ),
    r(
        "autocomplete-valid",
        "1.3.5",
        Error,
        "a wrong autocomplete value stops browsers filling in the field",
        "use a token from the HTML standard, such as name, email, tel or postal-code",
    ),
    // Time, motion and media.
    r(
        "meta-viewport",
        "1.4.4",
        Error,
        "readers with low vision cannot zoom the page on a phone",
        "remove user-scalable=no and maximum-scale (or make maximum-scale at least 2)",
    ),
    r(
        "meta-refresh",
        "2.2.1",
        Error,
        "a page that reloads or moves on by itself interrupts readers before they finish",
        "remove the refresh; link to the new page instead",
    ),
    r(
        "media-autoplay",
        "1.4.2",
        Error,
        "sound that plays by itself drowns out the screen reader",
        "remove autoplay, or add muted and controls",
    ),
    r(
        "media-autoplay-muted",
        "2.2.2",
        Warning,
        "moving pictures that start by themselves distract readers who find it hard to concentrate",
        "remove autoplay; let readers start the video",
    ),
    r(
        "video-caption",
        "1.2.2",
        Error,
        "deaf readers cannot follow a film without captions",
        "add <track kind=\"captions\" src=\"...\" srclang=\"...\">",
    ),
    r(
        "audio-caption",
        "1.2.1",
        Warning,
        "deaf readers cannot follow sound without a transcript or captions",
        "add a transcript next to the audio, or <track kind=\"captions\">",
    ),
    r(
        "tabindex",
        "2.4.3",
        Error,
        "a tabindex above 0 changes the keyboard order away from the reading order",
        "use tabindex=\"0\" or \"-1\", and put elements in the order they should be reached",
    ),
    r(
        "blink",
        "2.2.2",
        Error,
        "blinking text cannot be stopped and is hard to read",
        "remove <blink>",
    ),
    r(
        "marquee",
        "2.2.2",
        Error,
        "moving text cannot be stopped and is hard to read",
        "remove <marquee>",
    ),
    r(
        "avoid-inline-spacing",
        "1.4.12",
        Error,
        "readers who need more space between lines and letters cannot override !important inline styles",
        "remove !important from line-height, letter-spacing and word-spacing in style attributes",
    ),
    // Colour, focus and size (CSS).
    r(
        "color-contrast",
        "1.4.3",
        Error,
        "readers with low vision, and anyone on a phone in sunlight, cannot read faint text",
        "darken the text or lighten the background (or the reverse) until the ratio is met",
    ),
    r(
        "color-contrast-enhanced",
        "1.4.6",
        Error,
        "easy-read text must be readable by people with low vision: at least 7:1",
        "darken the text or lighten the background until the ratio is 7:1 (4.5:1 for large text)",
    ),
    r(
        "non-text-contrast",
        "1.4.11",
        Error,
        "a focus ring or border that carries meaning is invisible to readers with low vision if it is too faint",
        "make the indicator or border at least 3:1 against what is next to it",
    ),
    r(
        "focus-visible",
        "2.4.7",
        Error,
        "keyboard users cannot see where they are when the focus outline is removed",
        "keep the outline, or replace it in a :focus-visible rule (an outline, border or box-shadow of 3:1)",
    ),
    r(
        "link-in-text-block",
        "1.4.1",
        Error,
        "readers who cannot tell colours apart cannot find a link marked by colour alone",
        "keep the underline on links inside text (or make them 3:1 against the text and underline on focus)",
    ),
    r(
        "target-size",
        "2.5.8",
        Error,
        "small controls are hard to tap for readers with shaky hands or big fingers",
        "make links and buttons at least the target size (min-width and min-height)",
    ),
    r(
        "target-size-enhanced",
        "2.5.5",
        Error,
        "small controls are hard to tap for readers with shaky hands or big fingers; easy-read pages use 44 by 44 CSS px",
        "make links and buttons at least 44 by 44 CSS px (min-width and min-height)",
    ),
    r(
        "flex-text-split",
        "1.4.10",
        Error,
        "in a flex or grid box every run of text and every element is a box of its own: the spaces between them are not shown, and the words cannot wrap together, so the line runs off a phone's screen",
        "put the words in one element (<a class=\"button\"><span>Book a <abbr>GP</abbr> visit</span></a>), or give the box display: block or inline-block",
    ),
    r(
        "font-size-absolute",
        "1.4.4",
        Warning,
        "text sized in px or pt does not follow the reader's own text size setting",
        "use rem, em or %",
    ),
    r(
        "css-orientation-lock",
        "1.3.4",
        Error,
        "a phone on a stand or a wheelchair mount cannot be turned",
        "do not rotate the page in an orientation media query",
    ),
    // Easy read.
    r(
        "text-block-capitals",
        "",
        Warning,
        "words in capitals have no word shapes and are hard to read for people with low literacy",
        "write the words in ordinary case; use bold or a callout for emphasis",
    ),
    r(
        "text-italic",
        "",
        Warning,
        "italic letters are harder to read for people with dyslexia or low vision",
        "use bold for emphasis, or style <em> and <i> with font-style: normal",
    ),
];

/// The rule with `code`. Unknown codes are a bug in the checker, so they panic in tests
/// and debug builds; release builds fall back to a generic rule.
pub fn rule(code: &str) -> &'static Rule {
    static UNKNOWN: Rule = r("unknown", "", Warning, "", "");
    let found = RULES.iter().find(|r| r.code == code);
    debug_assert!(found.is_some(), "no rule {code}");
    found.unwrap_or(&UNKNOWN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.code), "{} twice", rule.code);
            assert!(
                rule.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
            );
            assert!(!rule.why.is_empty() && !rule.help.is_empty());
        }
    }
}

/// The name and level of a WCAG 2.2 success criterion the rules serve.
pub fn criterion(sc: &str) -> Option<(&'static str, &'static str)> {
    Some(match sc {
        "1.1.1" => ("Non-text Content", "A"),
        "1.2.1" => ("Audio-only and Video-only (Prerecorded)", "A"),
        "1.2.2" => ("Captions (Prerecorded)", "A"),
        "1.3.1" => ("Info and Relationships", "A"),
        "1.3.2" => ("Meaningful Sequence", "A"),
        "1.3.4" => ("Orientation", "AA"),
        "1.3.5" => ("Identify Input Purpose", "AA"),
        "1.4.1" => ("Use of Color", "A"),
        "1.4.2" => ("Audio Control", "A"),
        "1.4.3" => ("Contrast (Minimum)", "AA"),
        "1.4.4" => ("Resize Text", "AA"),
        "1.4.6" => ("Contrast (Enhanced)", "AAA"),
        "1.4.10" => ("Reflow", "AA"),
        "1.4.11" => ("Non-text Contrast", "AA"),
        "1.4.12" => ("Text Spacing", "AA"),
        "2.1.1" => ("Keyboard", "A"),
        "2.2.1" => ("Timing Adjustable", "A"),
        "2.2.2" => ("Pause, Stop, Hide", "A"),
        "2.4.1" => ("Bypass Blocks", "A"),
        "2.4.2" => ("Page Titled", "A"),
        "2.4.3" => ("Focus Order", "A"),
        "2.4.4" => ("Link Purpose (In Context)", "A"),
        "2.4.6" => ("Headings and Labels", "AA"),
        "2.4.7" => ("Focus Visible", "AA"),
        "2.5.5" => ("Target Size (Enhanced)", "AAA"),
        "2.5.8" => ("Target Size (Minimum)", "AA"),
        "3.1.1" => ("Language of Page", "A"),
        "3.1.2" => ("Language of Parts", "AA"),
        "3.2.5" => ("Change on Request", "AAA"),
        "3.3.2" => ("Labels or Instructions", "A"),
        "4.1.1" => ("Parsing (obsolete in WCAG 2.2)", "A"),
        "4.1.2" => ("Name, Role, Value", "A"),
        _ => return None,
    })
}

#[cfg(test)]
mod criteria {
    #[test]
    fn every_rule_names_a_known_criterion() {
        for rule in super::RULES {
            if let Some(sc) = rule.wcag {
                assert!(super::criterion(sc).is_some(), "{} serves {sc}", rule.code);
            }
        }
    }
}
