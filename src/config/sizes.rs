//! The `sizes` attribute of responsive pictures: parsed, checked and evaluated.
//!
//! Takes a `sizes` value such as `(max-width: 30em) calc(38vw - 0.76em), 15em`; produces a
//! [`Sizes`] that says how wide (in CSS pixels) a picture is shown in a window of a given
//! width. The page-weight check uses it to pick the file a browser would load, and the
//! picture markup uses it to pick the fallback file. Only the forms a theme needs are
//! understood: `(max-width: L)` and `(min-width: L)` conditions, lengths in `px`, `em`,
//! `rem` and `vw`, and `calc()` sums of them. `em` and `rem` are 16 px, as in media queries
//! when the reader has not changed their browser's text size.

use std::fmt;

/// One CSS pixel length in `em` and `rem`: the browser's default text size.
pub const EM_PX: f64 = 16.0;

/// A parsed `sizes` value.
#[derive(Debug, Clone, PartialEq)]
pub struct Sizes {
    text: String,
    entries: Vec<(Option<Condition>, Length)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Condition {
    MaxWidth(f64),
    MinWidth(f64),
}

/// A sum of terms: pixels plus a share of the window width.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Length {
    px: f64,
    vw: f64,
}

impl Sizes {
    /// Parses a `sizes` value; the error says what could not be read.
    pub fn parse(text: &str) -> Result<Sizes, String> {
        let mut entries = Vec::new();
        for part in split_top_level(text) {
            let part = part.trim();
            if part.is_empty() {
                return Err("an entry between two commas is empty".into());
            }
            let (condition, length) = match part.strip_prefix('(') {
                Some(rest) => {
                    let (inside, after) = rest
                        .split_once(')')
                        .ok_or_else(|| format!("`{part}` has no closing bracket"))?;
                    (Some(condition(inside)?), after.trim())
                }
                None => (None, part),
            };
            entries.push((condition, parse_length(length)?));
        }
        match entries.last() {
            Some((None, _)) => {}
            _ => return Err("the last entry must be a width with no condition, e.g. 15em".into()),
        }
        Ok(Sizes {
            text: text.trim().to_owned(),
            entries,
        })
    }

    /// How wide the picture is shown, in CSS pixels, in a window `viewport` CSS pixels wide.
    pub fn width_at(&self, viewport: f64) -> f64 {
        let length = self
            .entries
            .iter()
            .find(|(c, _)| c.is_none_or(|c| c.matches(viewport)))
            .map_or(Length { px: 0.0, vw: 1.0 }, |(_, l)| *l);
        (length.px + length.vw * viewport).max(1.0)
    }
}

/// The candidate a browser picks for a slot that needs `needed` pixels: the narrowest at least
/// that wide, else the widest. (Browsers may pick differently between two candidates; this
/// is the rule the HTML standard describes and the one Chromium and Firefox follow closely.)
pub fn pick(widths: &[u32], needed: f64) -> Option<usize> {
    let widest = (0..widths.len()).max_by_key(|i| widths[*i]);
    (0..widths.len())
        .filter(|i| f64::from(widths[*i]) >= needed)
        .min_by_key(|i| widths[*i])
        .or(widest)
}

impl fmt::Display for Sizes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Condition {
    fn matches(self, viewport: f64) -> bool {
        match self {
            Condition::MaxWidth(w) => viewport <= w,
            Condition::MinWidth(w) => viewport >= w,
        }
    }
}

/// Splits on commas that are not inside brackets (`calc(a, b)` stays whole).
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn condition(inside: &str) -> Result<Condition, String> {
    let (feature, value) = inside
        .split_once(':')
        .ok_or_else(|| format!("`({inside})` is not a condition like (max-width: 30em)"))?;
    let length = parse_length(value.trim())?;
    if length.vw != 0.0 {
        return Err(format!("`{}` in a condition cannot use vw", value.trim()));
    }
    match feature.trim() {
        "max-width" => Ok(Condition::MaxWidth(length.px)),
        "min-width" => Ok(Condition::MinWidth(length.px)),
        other => Err(format!(
            "`{other}` is not understood; use max-width or min-width"
        )),
    }
}

fn parse_length(text: &str) -> Result<Length, String> {
    let text = text.trim();
    if let Some(inner) = text.strip_prefix("calc(").and_then(|t| t.strip_suffix(')')) {
        return parse_sum(inner);
    }
    term(text)
}

/// `38vw - 0.76em + 2px`: terms joined by `+` and `-` with spaces around them, as CSS wants.
fn parse_sum(text: &str) -> Result<Length, String> {
    let mut total = Length { px: 0.0, vw: 0.0 };
    let mut sign = 1.0;
    let mut expect_term = true;
    for token in text.split_whitespace() {
        match (expect_term, token) {
            (false, "+") => sign = 1.0,
            (false, "-") => sign = -1.0,
            (true, t) => {
                let l = term(t)?;
                total.px += sign * l.px;
                total.vw += sign * l.vw;
            }
            (false, t) => return Err(format!("expected + or - before `{t}`")),
        }
        expect_term = !expect_term;
    }
    if expect_term {
        return Err(format!("`calc({text})` ends without a length"));
    }
    Ok(total)
}

fn term(text: &str) -> Result<Length, String> {
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .ok_or_else(|| format!("`{text}` has no unit (px, em, rem or vw)"))?;
    let (number, unit) = text.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a number with a unit"))?;
    match unit {
        "px" => Ok(Length { px: value, vw: 0.0 }),
        "em" | "rem" => Ok(Length {
            px: value * EM_PX,
            vw: 0.0,
        }),
        "vw" => Ok(Length {
            px: 0.0,
            vw: value / 100.0,
        }),
        other => Err(format!(
            "the unit `{other}` is not understood; use px, em, rem or vw"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_the_step_picture_sizes() {
        let s = Sizes::parse(
            "(max-width: 30em) calc(38vw - 0.76em), (max-width: 46em) calc(34vw - 0.68em), 15em",
        )
        .unwrap();
        // 38% of (360 - 32) px.
        assert!((s.width_at(360.0) - 124.64).abs() < 0.01);
        assert!((s.width_at(600.0) - 193.12).abs() < 0.01);
        assert_eq!(s.width_at(1280.0), 240.0);
    }

    #[test]
    fn picks_the_narrowest_wide_enough_candidate() {
        assert_eq!(pick(&[128, 256, 384], 249.3), Some(1));
        assert_eq!(pick(&[128, 256, 384], 500.0), Some(2));
        assert_eq!(pick(&[384, 128], 100.0), Some(1));
        assert_eq!(pick(&[], 100.0), None);
    }

    #[test]
    fn refuses_what_it_cannot_evaluate() {
        assert!(Sizes::parse("(max-width: 30em) 100vw").is_err());
        assert!(Sizes::parse("(orientation: portrait) 50vw, 10em").is_err());
        assert!(Sizes::parse("calc(50vw 2em)").is_err());
        assert!(Sizes::parse("50%").is_err());
        assert!(Sizes::parse("100vw").is_ok());
    }
}
