//! The `[limits]` table of `site.toml`: how large a source file may be, before any of it is
//! read as Markdown or Fluent.
//!
//! Takes the raw table (every key optional); produces [`Limits`] with the defaults filled in
//! and every value checked. The defaults are far above any real guide, so only a mistake (a
//! pasted file, a picture saved as text) or an attack meets them, and meeting one costs a
//! clear error instead of minutes of work.

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, FileId};

/// How large the site's text files may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest text file (guide, `.ftl` file, template, `site.toml`) read, in bytes.
    pub file_bytes: u64,
    /// The longest line of a guide or `.ftl` file, in characters.
    pub line_chars: usize,
    /// The most picture files a guide's `images/` folder may hold (language versions count).
    pub pictures: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: 1024 * 1024,
            line_chars: 10_000,
            pictures: 200,
        }
    }
}

/// `[limits]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLimits {
    max_file_kb: Option<Spanned<u32>>,
    max_line_length: Option<Spanned<u32>>,
    max_pictures: Option<Spanned<u32>>,
}

/// Checks `[limits]`, filling in defaults.
pub fn limits(file: FileId, raw: RawLimits, errors: &mut Vec<Diagnostic>) -> Limits {
    let d = Limits::default();
    let mut positive = |v: Option<Spanned<u32>>, key: &str, example: &str| -> Option<u64> {
        let v = v?;
        if *v.get_ref() == 0 {
            errors.push(
                Diagnostic::error("bad-value", format!("`{key}` in site.toml cannot be 0"))
                    .at(file, v.span())
                    .label("no file could be read at all")
                    .help(format!("write a number above 0, like this: {example}")),
            );
            return None;
        }
        Some(u64::from(v.into_inner()))
    };
    let file_bytes = positive(raw.max_file_kb, "max_file_kb", "max_file_kb = 1024")
        .map_or(d.file_bytes, |kb| kb * 1024);
    let line_chars = positive(
        raw.max_line_length,
        "max_line_length",
        "max_line_length = 10000",
    )
    .map_or(d.line_chars, |n| n as usize);
    let pictures = positive(raw.max_pictures, "max_pictures", "max_pictures = 200")
        .map_or(d.pictures, |n| n as usize);
    Limits {
        file_bytes,
        line_chars,
        pictures,
    }
}
