//! schema.org `HowTo` structured data for a guide page, as JSON-LD.
//!
//! Takes a guide's [`GuideDetail`] (the JSON API's value, so both say the same); produces the
//! text of a `<script type="application/ld+json">` element: name, description, language,
//! date, time (ISO 8601, when the author's words read as a duration), what you need as
//! `HowToSupply`, and each step as a `HowToStep` with its words, picture and address, which
//! is what Google's rich results ask of a `HowTo`. A guide without numbered steps lists its
//! parts of the body as steps instead, so every guide page has a valid `HowTo`.

use serde::Serialize;

use super::api::{GuideDetail, Part};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HowTo<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    description: &'a str,
    in_language: &'a str,
    date_modified: &'a str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_time: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    supply: Vec<Supply<'a>>,
    step: Vec<HowToStep<'a>>,
}

#[derive(Serialize)]
struct Supply<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct HowToStep<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    position: usize,
    name: String,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
}

/// The JSON-LD text for a guide page. `<` is written as `\u003c`, so no words can end the
/// `<script>` element early.
pub fn howto(detail: &GuideDetail) -> String {
    let s = &detail.summary;
    let value = HowTo {
        context: "https://schema.org",
        kind: "HowTo",
        name: &s.name,
        description: &s.description,
        in_language: &detail.in_language,
        date_modified: &s.date_modified,
        url: &s.url,
        image: s.image.as_ref().map(|i| i.url.as_str()),
        total_time: detail
            .total_time
            .as_ref()
            .and_then(|t| t.iso8601.as_deref()),
        supply: detail
            .supply
            .iter()
            .map(|r| Supply {
                kind: "HowToSupply",
                name: &r.text,
            })
            .collect(),
        step: steps(detail),
    };
    let json = serde_json::to_string(&value).unwrap_or_default();
    json.replace('<', "\\u003c")
}

fn steps(detail: &GuideDetail) -> Vec<HowToStep<'_>> {
    let mut out: Vec<HowToStep> = detail
        .step
        .iter()
        .map(|s| HowToStep {
            kind: "HowToStep",
            position: s.number,
            name: first_sentence(&s.words.text),
            text: &s.words.text,
            url: Some(&s.url),
            image: s.image.as_ref().map(|i| i.url.as_str()),
        })
        .collect();
    if out.is_empty() {
        out = detail
            .has_part
            .iter()
            .filter_map(|p| match p {
                Part::Block { words }
                | Part::Callout { words, .. }
                | Part::Advice { words, .. } => Some(words),
                _ => None,
            })
            .filter(|w| !w.text.trim().is_empty())
            .enumerate()
            .map(|(i, w)| HowToStep {
                kind: "HowToStep",
                position: i + 1,
                name: first_sentence(&w.text),
                text: &w.text,
                url: None,
                image: None,
            })
            .collect();
    }
    out
}

/// A step's name: its first sentence (Google shows it as the step's title).
fn first_sentence(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    match line.find(". ") {
        Some(at) => line[..=at].to_owned(),
        None => line.to_owned(),
    }
}
