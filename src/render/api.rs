//! The JSON API's types: what `api/v1/<lang>/guides.json` and `api/v1/<lang>/<slug>.json`
//! hold. The same types write the JSON (serde) and its published JSON Schema (schemars,
//! draft 2020-12), so the two cannot drift apart.
//!
//! Names follow schema.org where it has one (`name`, `description`, `url`, `inLanguage`,
//! `dateModified`, `keywords`, `image`, `hasPart`, `step`, `supply`, `totalTime`), as the NHS
//! Website Content API does, so a web team that has used either finds its way.

use schemars::JsonSchema;
use serde::Serialize;

pub use super::renditions::Rendition;

/// The API version in every file and address.
pub const VERSION: &str = "v1";

/// `api/v1/<lang>/guides.json`: every guide of one language.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GuideIndex {
    /// The address of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The language of the guides' words (a BCP 47 tag).
    pub in_language: String,
    /// The site's name.
    pub name: String,
    /// The guide list page in this language.
    pub url: String,
    /// Every guide, in the order the site lists them.
    pub has_part: Vec<GuideSummary>,
}

/// One guide as a list shows it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GuideSummary {
    /// The guide's folder name, the same in every language.
    pub slug: String,
    /// The title.
    pub name: String,
    /// The summary.
    pub description: String,
    /// The guide on the site.
    pub url: String,
    /// The page to show in an iframe.
    pub embed_url: String,
    /// The HTML fragment to put in a page.
    pub fragment_url: String,
    /// This guide's JSON.
    pub api_url: String,
    /// When the guide was last checked and changed (`YYYY-MM-DD`).
    pub date_modified: String,
    /// When the guide is next checked against its sources (`YYYY-MM-DD`).
    pub review_due: String,
    /// Topics.
    pub keywords: Vec<String>,
    /// How much of the guide is in this language.
    pub translation: Translation,
    /// The guide in every published language.
    pub available_language: Vec<LanguageVersion>,
    /// The guide's first picture, when it has one.
    pub image: Option<Image>,
}

/// How a guide is translated into a language.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Translation {
    /// `source` (written in it), `whole` (a whole-guide translation), `messages` (translated
    /// piece by piece) or `none` (shown in the source language).
    pub method: String,
    /// The share of the guide's pieces shown in this language, from 0 to 1.
    pub completeness: f64,
    /// `reviewed`, `draft` or `machine-draft`.
    pub review: String,
}

/// A guide in one language.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LanguageVersion {
    /// The language tag.
    pub in_language: String,
    /// The language's own name.
    pub name: String,
    /// The guide on the site in that language.
    pub url: String,
    /// Its JSON.
    pub api_url: String,
}

/// A picture with its description and every file it was made into.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// The description for people who cannot see it.
    pub alt: String,
    /// The file every browser reads (the widest JPEG or PNG, or the SVG).
    pub url: String,
    /// Every file, smallest first.
    pub renditions: Vec<Rendition>,
}

/// Words as HTML (escaped, links absolute) and as plain text.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Rich {
    /// The words as HTML, with the theme's class names.
    pub html: String,
    /// The words as plain text.
    pub text: String,
}

/// How long the guide takes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Time {
    /// The author's words.
    pub text: String,
    /// The first sentence's duration as ISO 8601 (`PT10M`), when it reads as one.
    pub iso8601: Option<String>,
}

/// `api/v1/<lang>/<slug>.json`: one guide's content.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GuideDetail {
    /// The address of this file's schema.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The guide as a list shows it (title, addresses, dates, languages, first picture).
    #[serde(flatten)]
    pub summary: GuideSummary,
    /// The language of the words.
    pub in_language: String,
    /// How long it takes.
    pub total_time: Option<Time>,
    /// What the reader needs before starting.
    pub supply: Vec<Rich>,
    /// The numbered steps.
    pub step: Vec<Step>,
    /// The whole body in reading order.
    pub has_part: Vec<Part>,
    /// The public pages the facts were checked against.
    pub sources: Vec<Rich>,
    /// Where to get help (the site's "Need help?" box), when the site has one.
    pub help: Option<Rich>,
    /// The places readers can go or call for help (`[[help.points]]` in `site.toml`), in
    /// the site's language.
    pub help_points: Vec<crate::config::HelpPoint>,
    /// Notes for the person helping the reader (`> [!HELPER]`), never shown to readers.
    pub helper_notes: Vec<Rich>,
}

/// One numbered step.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// Its number, from 1.
    pub number: usize,
    /// Its id on the guide page (`step-3`).
    pub id: String,
    /// The step on the guide page.
    pub url: String,
    /// The heading of the section it is in, when there is one.
    pub heading: Option<String>,
    /// What to do.
    #[serde(flatten)]
    pub words: Rich,
    /// Its picture.
    pub image: Option<Image>,
}

/// A part of the body, in reading order.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Part {
    /// A section heading.
    Heading {
        /// 2 to 6.
        level: u8,
        /// Its id on the guide page.
        id: String,
        /// Its words.
        text: String,
    },
    /// A run of numbered steps (listed in `step`).
    Steps {
        /// Their numbers.
        numbers: Vec<usize>,
    },
    /// A callout box.
    Callout {
        /// `note`, `tip`, `important`, `warning` or `caution`.
        kind: String,
        /// Its words.
        #[serde(flatten)]
        words: Rich,
    },
    /// Things to do or not to do.
    Advice {
        /// `do` or `dont`.
        kind: String,
        /// Its words.
        #[serde(flatten)]
        words: Rich,
    },
    /// A picture on its own.
    Picture {
        /// The picture.
        image: Image,
    },
    /// Anything else: a paragraph, a list, a table, a quotation, a list with pictures.
    Block {
        /// Its words.
        #[serde(flatten)]
        words: Rich,
    },
}

/// The published schemas, by file name: `guides` for [`GuideIndex`], `guide` for
/// [`GuideDetail`].
pub const SCHEMAS: [&str; 2] = ["guides", "guide"];

/// The JSON Schema (draft 2020-12) of the file kind `name` (see [`SCHEMAS`]), with its public
/// address as `$id`.
pub fn schema(name: &str, id: &str) -> serde_json::Value {
    let schema = match name {
        "guides" => schemars::schema_for!(GuideIndex),
        _ => schemars::schema_for!(GuideDetail),
    };
    let mut value = schema.to_value();
    if let Some(map) = value.as_object_mut() {
        map.insert("$id".into(), id.into());
    }
    value
}
