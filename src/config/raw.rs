//! `site.toml` exactly as written: serde types with `deny_unknown_fields` and spans.

use serde::Deserialize;
use toml::Spanned;

use crate::diag::toml::{Key, Schema};

/// The keys of `site.toml`, for the unknown/missing key pass and its hints.
pub const SCHEMA: Schema = Schema {
    what: "site.toml",
    keys: &[
        Key {
            name: "title",
            required: true,
            example: "title = \"Easy health guides\"",
        },
        Key {
            name: "description",
            required: false,
            example: "description = \"Short guides to using the NHS online.\"",
        },
        Key {
            name: "base_url",
            required: true,
            example: "base_url = \"https://guides.example.org/\"",
        },
        Key {
            name: "language",
            required: false,
            example: "language = \"en\"",
        },
        Key {
            name: "languages",
            required: false,
            example: "languages = [\"en\", \"cy\", \"ar\"]",
        },
        Key {
            name: "nations",
            required: false,
            example: "nations = [\"england\", \"wales\"]",
        },
        Key {
            name: "output",
            required: false,
            example: "output = \"public\"",
        },
        Key {
            name: "theme",
            required: false,
            example: "theme = \"easy\"",
        },
        Key {
            name: "readability",
            required: false,
            example: "[readability]\nprofile = \"easy-read\"",
        },
        Key {
            name: "glossary",
            required: false,
            example: "[glossary]\nGP = \"a doctor at your local surgery\"",
        },
        Key {
            name: "help",
            required: false,
            example: "[help]\ntext = \"Ask at Anytown Library, Monday to Friday.\"",
        },
        Key {
            name: "accessibility",
            required: false,
            example: "[accessibility]\norganisation = \"Anytown Library\"\nemail = \"help@anytown.example\"",
        },
        Key {
            name: "pictures",
            required: false,
            example: "[pictures]",
        },
        Key {
            name: "budgets",
            required: false,
            example: "[budgets]",
        },
        Key {
            name: "freshness",
            required: false,
            example: "[freshness]\nwarn_days = 30\noverdue_error = false",
        },
        Key {
            name: "embed",
            required: false,
            example: "[embed]\nresize_script = true",
        },
        Key {
            name: "limits",
            required: false,
            example: "[limits]",
        },
    ],
};

/// `site.toml` before validation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub title: Spanned<String>,
    pub description: Option<Spanned<String>>,
    pub base_url: Spanned<String>,
    pub language: Option<Spanned<String>>,
    pub languages: Option<Vec<Spanned<String>>>,
    pub nations: Option<Spanned<Vec<Spanned<String>>>>,
    pub output: Option<Spanned<String>>,
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub readability: RawReadability,
    #[serde(default)]
    pub glossary: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    pub help: Option<RawHelp>,
    #[serde(default)]
    pub accessibility: super::statement::RawStatement,
    #[serde(default)]
    pub pictures: super::pictures::RawPictures,
    #[serde(default)]
    pub budgets: super::pictures::RawBudgets,
    #[serde(default)]
    pub limits: super::limits::RawLimits,
    #[serde(default)]
    pub freshness: super::freshness::RawFreshness,
    #[serde(default)]
    pub embed: super::embed::RawEmbed,
}

/// `[readability]` in `site.toml`: the profile and any thresholds changed from it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReadability {
    pub profile: Option<Spanned<String>>,
    pub max_words_per_sentence: Option<usize>,
    pub max_sentences_per_paragraph: Option<usize>,
    pub max_reading_age: Option<f64>,
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    #[serde(default)]
    pub known: Vec<String>,
}

/// The `[help]` table: where readers can get help near them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHelp {
    pub text: Spanned<String>,
    #[serde(default)]
    pub points: Vec<RawHelpPoint>,
}

/// One `[[help.points]]` table: a place readers can go or call for help.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHelpPoint {
    pub name: Spanned<String>,
    pub address: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub opening: Option<Spanned<String>>,
}
