//! What templates see: plain serializable values, documented in the README for theme authors.

use serde::Serialize;

/// The site, the same on every page.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// The site's name, in the page's language when the site gives it (`site-title`).
    pub title: String,
    /// The site's description, likewise (`site-description`), or empty.
    pub description: String,
    /// The language of `title` and `description` when it is not the page's, else empty.
    pub lang: String,
    /// The direction of that language (`ltr` or `rtl`), when `lang` is set.
    pub dir: &'static str,
    /// The public address, ending in `/`.
    pub base_url: &'a str,
}

/// One entry of the language chooser.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    /// The language tag.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The language's own name.
    pub name: String,
    /// This page in that language.
    pub url: String,
    /// The guide list in that language.
    pub list_url: String,
    /// True for the page's own language.
    pub current: bool,
}

/// A `<link rel="alternate" hreflang>` of the page.
#[derive(Debug, Serialize)]
pub struct Alternate {
    /// The language tag.
    pub lang: String,
    /// The absolute address of the page in that language.
    pub url: String,
}

/// A guide as shown in a list.
#[derive(Debug, Serialize)]
pub struct GuideCard {
    /// The guide's slug.
    pub slug: String,
    /// Link to the guide from the current page.
    pub url: String,
    /// The title as plain text.
    pub title: String,
    /// The summary as plain text.
    pub summary: String,
    /// The title as HTML (marks a fallback language).
    pub title_html: String,
    /// The summary as HTML.
    pub summary_html: String,
    /// True when no piece of the guide is translated into the page's language yet.
    pub untranslated: bool,
}

/// A guide page's content.
#[derive(Debug, Serialize)]
pub struct GuideView {
    /// The guide's slug.
    pub slug: String,
    /// The title as plain text (for `<title>`).
    pub title: String,
    /// The title as HTML.
    pub title_html: String,
    /// The summary as plain text (for the description).
    pub summary: String,
    /// The summary as HTML.
    pub summary_html: String,
    /// How long it takes, as HTML, or empty.
    pub time_html: String,
    /// What you need, each as HTML.
    pub you_need: Vec<String>,
    /// The sources, each as HTML.
    pub sources: Vec<String>,
    /// The updated date in the page's words.
    pub updated_text: String,
    /// The updated date as `YYYY-MM-DD`.
    pub updated: String,
    /// The review date in the page's words.
    pub review_due_text: String,
    /// The review date as `YYYY-MM-DD`.
    pub review_due: String,
    /// Tags.
    pub tags: Vec<String>,
    /// "This guide is for people in England." from the guide's `nations`, as HTML (marked
    /// with its language when it is not yet translated), or empty.
    pub nations_html: String,
    /// How many steps the guide has.
    pub step_count: usize,
    /// The body as HTML.
    pub body: String,
    /// Explanations of glossary words first used in the title, summary, time or "what you
    /// need", as a definition list (empty when there are none).
    pub glossary_html: String,
}

/// What the accessibility checks found on the other pages of this build, for the
/// accessibility statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Checked {
    /// Pages checked.
    pub pages: usize,
    /// The problems left, one per WCAG success criterion (or easy-read convention), sorted.
    pub problems: Vec<Problem>,
}

/// One kind of problem the checks found, and where.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Problem {
    /// The WCAG 2.2 success criterion (`1.1.1`), or empty for an easy-read convention.
    pub criterion: String,
    /// The criterion's name, in English as WCAG names it (`Non-text Content`).
    pub name: String,
    /// Its level (`A`, `AA`, `AAA`), or empty.
    pub level: String,
    /// The rule codes that found it.
    pub rules: Vec<String>,
    /// How many pages have it.
    pub pages: usize,
}

/// The accessibility statement's facts (its words are interface messages).
#[derive(Debug, Serialize)]
pub struct StatementView {
    /// Who runs the site.
    pub organisation: String,
    /// Where to report a problem by email, if given.
    pub email: Option<String>,
    /// Where to report a problem by phone, if given.
    pub phone: Option<String>,
    /// When the statement was prepared (`2026-12-01`), or empty.
    pub prepared: String,
    /// The site serves Northern Ireland, whose enforcement body is the Equality Commission
    /// for Northern Ireland (elsewhere in the UK it is the EHRC).
    pub northern_ireland: bool,
    /// What the checks found.
    pub checked: Checked,
}
