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
            name: "pictures",
            required: false,
            example: "[pictures]",
        },
        Key {
            name: "budgets",
            required: false,
            example: "[budgets]",
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
    pub output: Option<Spanned<String>>,
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub pictures: super::pictures::RawPictures,
    #[serde(default)]
    pub budgets: super::pictures::RawBudgets,
}
