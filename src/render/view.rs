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
