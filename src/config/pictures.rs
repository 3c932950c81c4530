//! The `[pictures]` and `[budgets]` tables of `site.toml`: how pictures are made, and how
//! heavy a page may be.
//!
//! Takes the raw tables (every key optional); produces [`Pictures`] and [`Budgets`] with the
//! defaults filled in and every value checked, so a typo fails at its line in `site.toml`.

use std::ops::{Range, RangeInclusive};
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::sizes::Sizes;
use crate::diag::{Diagnostic, FileId};

/// `sizes` for a step picture in the easy theme: `.step-picture` is 38% of the column on
/// screens up to 30em wide and 34% above, in a column of at most 46em less 1em of padding
/// on each side, and never more than 15em.
pub const STEP_SIZES: &str =
    "(max-width: 30em) calc(38vw - 0.76em), (max-width: 46em) calc(34vw - 0.68em), 15em";
/// `sizes` for a picture on its own in the easy theme: `.picture` is at most 24em wide, in a
/// column with 1em of padding on each side.
pub const FIGURE_SIZES: &str = "(max-width: 26em) calc(100vw - 2em), 24em";

/// How pictures are resized, encoded and cached.
#[derive(Debug, Clone, PartialEq)]
pub struct Pictures {
    /// Widths (in pixels) made of a step picture.
    pub step_widths: Vec<u32>,
    /// How wide a step picture is shown, as the theme's CSS lays it out.
    pub step_sizes: Sizes,
    /// Widths (in pixels) made of a picture on its own.
    pub figure_widths: Vec<u32>,
    /// How wide a picture on its own is shown.
    pub figure_sizes: Sizes,
    /// WebP quality, 1 to 100.
    pub quality: u8,
    /// JPEG quality of the fallback files, 1 to 100.
    pub fallback_quality: u8,
    /// The largest picture accepted, in pixels (width × height).
    pub max_pixels: u64,
    /// The largest picture file accepted, in bytes.
    pub max_bytes: u64,
    /// The cache folder, relative to the site root unless absolute.
    pub cache: PathBuf,
}

impl Default for Pictures {
    fn default() -> Self {
        Pictures {
            step_widths: vec![128, 256, 384, 480],
            step_sizes: Sizes::parse(STEP_SIZES).expect("valid"),
            figure_widths: vec![320, 480, 640, 768],
            figure_sizes: Sizes::parse(FIGURE_SIZES).expect("valid"),
            quality: 70,
            fallback_quality: 80,
            max_pixels: 40_000_000,
            max_bytes: 20 * 1024 * 1024,
            cache: PathBuf::from(".easyguide-cache"),
        }
    }
}

/// How heavy a page may be, in bytes as sent (compressed).
#[derive(Debug, Clone, PartialEq)]
pub struct Budgets {
    /// HTML and CSS of one page: what must arrive in the first network round trip.
    pub html_css: u64,
    /// The whole page as a phone loads it: HTML, CSS and every picture it picks.
    pub page: u64,
    /// JavaScript on one page.
    pub javascript: u64,
    /// The phone's window width, in CSS pixels.
    pub phone_width: u32,
    /// The phone's device pixel ratio (screen pixels per CSS pixel).
    pub phone_dpr: f64,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            html_css: 14 * 1024,
            page: 100 * 1024,
            javascript: 0,
            phone_width: 360,
            phone_dpr: 2.0,
        }
    }
}

/// `[pictures]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPictures {
    step_widths: Option<Spanned<Vec<u32>>>,
    step_sizes: Option<Spanned<String>>,
    figure_widths: Option<Spanned<Vec<u32>>>,
    figure_sizes: Option<Spanned<String>>,
    quality: Option<Spanned<u8>>,
    fallback_quality: Option<Spanned<u8>>,
    max_megapixels: Option<Spanned<u32>>,
    max_megabytes: Option<Spanned<u32>>,
    cache: Option<Spanned<String>>,
}

/// `[budgets]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBudgets {
    html_css_kb: Option<u32>,
    page_kb: Option<u32>,
    javascript_kb: Option<u32>,
    phone_width: Option<Spanned<u32>>,
    phone_dpr: Option<Spanned<f64>>,
}

/// Checks `[pictures]`, filling in defaults.
pub fn pictures(file: FileId, raw: RawPictures, errors: &mut Vec<Diagnostic>) -> Pictures {
    let d = Pictures::default();
    let mut bad = |span: Range<usize>, key: &str, why: String, example: &str| {
        errors.push(bad_value(file, span, key, why, example));
    };
    let step_widths = widths(raw.step_widths, d.step_widths, "step_widths", &mut bad);
    let figure_widths = widths(
        raw.figure_widths,
        d.figure_widths,
        "figure_widths",
        &mut bad,
    );
    let step_sizes = sizes(raw.step_sizes, d.step_sizes, "step_sizes", &mut bad);
    let figure_sizes = sizes(raw.figure_sizes, d.figure_sizes, "figure_sizes", &mut bad);
    let quality = percent(raw.quality, d.quality, "quality", &mut bad);
    let fallback_quality = percent(
        raw.fallback_quality,
        d.fallback_quality,
        "fallback_quality",
        &mut bad,
    );
    let max_pixels = raw
        .max_megapixels
        .map_or(d.max_pixels, |m| u64::from(*m.get_ref()).max(1) * 1_000_000);
    let max_bytes = raw.max_megabytes.map_or(d.max_bytes, |m| {
        u64::from(*m.get_ref()).max(1) * 1024 * 1024
    });
    let cache = raw.cache.map_or(d.cache, |c| PathBuf::from(c.into_inner()));
    Pictures {
        step_widths,
        step_sizes,
        figure_widths,
        figure_sizes,
        quality,
        fallback_quality,
        max_pixels,
        max_bytes,
        cache,
    }
}

/// Checks `[budgets]`, filling in defaults.
pub fn budgets(file: FileId, raw: RawBudgets, errors: &mut Vec<Diagnostic>) -> Budgets {
    let d = Budgets::default();
    let kb = |v: Option<u32>, default: u64| v.map_or(default, |v| u64::from(v) * 1024);
    let mut bad = |span: Range<usize>, key: &str, why: String, example: &str| {
        errors.push(bad_value(file, span, key, why, example));
    };
    let phone_width = ranged(
        raw.phone_width,
        d.phone_width,
        200..=2000,
        "phone_width",
        &mut bad,
    );
    let phone_dpr = ranged(raw.phone_dpr, d.phone_dpr, 1.0..=4.0, "phone_dpr", &mut bad);
    Budgets {
        html_css: kb(raw.html_css_kb, d.html_css),
        page: kb(raw.page_kb, d.page),
        javascript: kb(raw.javascript_kb, d.javascript),
        phone_width,
        phone_dpr,
    }
}

type Bad<'a> = dyn FnMut(Range<usize>, &str, String, &str) + 'a;

fn widths(raw: Option<Spanned<Vec<u32>>>, default: Vec<u32>, key: &str, bad: &mut Bad) -> Vec<u32> {
    let Some(raw) = raw else { return default };
    let span = raw.span();
    let mut list = raw.into_inner();
    list.sort_unstable();
    list.dedup();
    if list.is_empty() || list.iter().any(|w| !(16..=4096).contains(w)) {
        bad(
            span,
            key,
            "it needs one or more widths between 16 and 4096 pixels".into(),
            "step_widths = [128, 256, 384, 480]",
        );
        return default;
    }
    list
}

fn sizes(raw: Option<Spanned<String>>, default: Sizes, key: &str, bad: &mut Bad) -> Sizes {
    let Some(raw) = raw else { return default };
    Sizes::parse(raw.get_ref()).unwrap_or_else(|why| {
        bad(
            raw.span(),
            key,
            why,
            "figure_sizes = \"(max-width: 26em) calc(100vw - 2em), 24em\"",
        );
        default
    })
}

fn percent(raw: Option<Spanned<u8>>, default: u8, key: &str, bad: &mut Bad) -> u8 {
    ranged(raw, default, 1..=100, key, bad)
}

/// A number that must lie in `range`; the default stands in for a bad one.
fn ranged<T>(
    raw: Option<Spanned<T>>,
    default: T,
    range: RangeInclusive<T>,
    key: &str,
    bad: &mut Bad,
) -> T
where
    T: PartialOrd + Copy + std::fmt::Display,
{
    match raw {
        Some(v) if !range.contains(v.get_ref()) => {
            let why = format!("it is not between {} and {}", range.start(), range.end());
            bad(v.span(), key, why, &format!("{key} = {default}"));
            default
        }
        Some(v) => v.into_inner(),
        None => default,
    }
}

fn bad_value(
    file: FileId,
    span: Range<usize>,
    key: &str,
    why: String,
    example: &str,
) -> Diagnostic {
    Diagnostic::error(
        "bad-value",
        format!("`{key}` in site.toml has a value easyguide cannot use"),
    )
    .at(file, span)
    .label(why)
    .help(format!("write it like this: {example}"))
}
