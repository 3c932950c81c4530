//! CSS values the checks compute: colours (every CSS Color 4 syntax cssparser-color reads,
//! plus system colours), contrast ratios, lengths in CSS px, and `var()` substitution.

use std::collections::BTreeMap;

use cssparser::{Parser, Token};
use cssparser_color::Color;

/// A colour in sRGB, each channel 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba {
    /// Red.
    pub r: f32,
    /// Green.
    pub g: f32,
    /// Blue.
    pub b: f32,
    /// Opacity.
    pub a: f32,
}

impl Rgba {
    /// An opaque colour from 0-255 channels.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba {
            r: r as f32 / 255.0,
            g: g as f32 / 255.0,
            b: b as f32 / 255.0,
            a: 1.0,
        }
    }

    /// Fully transparent.
    pub const TRANSPARENT: Rgba = Rgba {
        r: 0.0,
        g: 0.0,
        b: 0.0,
        a: 0.0,
    };

    /// This colour painted over `below` (which must be opaque).
    pub fn over(self, below: Rgba) -> Rgba {
        let a = self.a.clamp(0.0, 1.0);
        Rgba {
            r: self.r * a + below.r * (1.0 - a),
            g: self.g * a + below.g * (1.0 - a),
            b: self.b * a + below.b * (1.0 - a),
            a: 1.0,
        }
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f32 {
        let c = |v: f32| {
            let v = v.clamp(0.0, 1.0);
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(self.r) + 0.7152 * c(self.g) + 0.0722 * c(self.b)
    }

    /// `#rrggbb` (with alpha as `#rrggbbaa` when not opaque), for messages.
    pub fn hex(self) -> String {
        let h = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        if self.a >= 0.999 {
            format!("#{:02x}{:02x}{:02x}", h(self.r), h(self.g), h(self.b))
        } else {
            format!(
                "#{:02x}{:02x}{:02x}{:02x}",
                h(self.r),
                h(self.g),
                h(self.b),
                h(self.a)
            )
        }
    }
}

/// The WCAG contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Rgba, b: Rgba) -> f32 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A colour value: a colour, `currentcolor`, or a keyword the cascade resolves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColorValue {
    /// A colour.
    Color(Rgba),
    /// `currentcolor`.
    Current,
    /// `inherit`, `unset` (for `color`) and friends.
    Inherit,
    /// `initial` (and `unset` for non-inherited properties, `revert`).
    Initial,
}

/// Parses a colour value. `dark` picks the dark system colours (Canvas, CanvasText...).
pub fn color(text: &str, dark: bool) -> Option<ColorValue> {
    let t = text.trim().to_ascii_lowercase();
    match t.as_str() {
        "inherit" | "unset" => return Some(ColorValue::Inherit),
        "initial" | "revert" | "revert-layer" => return Some(ColorValue::Initial),
        _ => {}
    }
    if let Some(c) = system_color(&t, dark) {
        return Some(ColorValue::Color(c));
    }
    let mut parser = Parser::new(text);
    let parsed = Color::parse(&mut parser).ok()?;
    if !parser.is_exhausted() {
        return None;
    }
    from_parsed(parsed)
}

fn from_parsed(c: Color) -> Option<ColorValue> {
    use cssparser_color::{hsl_to_rgb, hwb_to_rgb};
    Some(ColorValue::Color(match c {
        Color::CurrentColor => return Some(ColorValue::Current),
        Color::Rgba(c) => Rgba {
            r: c.red as f32 / 255.0,
            g: c.green as f32 / 255.0,
            b: c.blue as f32 / 255.0,
            a: c.alpha,
        },
        Color::Hsl(h) => {
            let (r, g, b) = hsl_to_rgb(
                h.hue.unwrap_or(0.0) / 360.0,
                h.saturation.unwrap_or(0.0),
                h.lightness.unwrap_or(0.0),
            );
            Rgba {
                r,
                g,
                b,
                a: h.alpha.unwrap_or(1.0),
            }
        }
        Color::Hwb(h) => {
            let (r, g, b) = hwb_to_rgb(
                h.hue.unwrap_or(0.0) / 360.0,
                h.whiteness.unwrap_or(0.0),
                h.blackness.unwrap_or(0.0),
            );
            Rgba {
                r,
                g,
                b,
                a: h.alpha.unwrap_or(1.0),
            }
        }
        Color::Oklab(l) => oklab(
            l.lightness.unwrap_or(0.0),
            l.a.unwrap_or(0.0),
            l.b.unwrap_or(0.0),
            l.alpha.unwrap_or(1.0),
        ),
        Color::Oklch(l) => {
            let (c, h) = (l.chroma.unwrap_or(0.0), l.hue.unwrap_or(0.0).to_radians());
            oklab(
                l.lightness.unwrap_or(0.0),
                c * h.cos(),
                c * h.sin(),
                l.alpha.unwrap_or(1.0),
            )
        }
        _ => return None,
    }))
}

/// Oklab to sRGB (Björn Ottosson's matrices).
fn oklab(l: f32, a: f32, b: f32, alpha: f32) -> Rgba {
    let l_ = l + 0.396_337_78 * a + 0.215_803_76 * b;
    let m_ = l - 0.105_561_346 * a - 0.063_854_17 * b;
    let s_ = l - 0.089_484_18 * a - 1.291_485_5 * b;
    let (l3, m3, s3) = (l_.powi(3), m_.powi(3), s_.powi(3));
    let lin = [
        4.076_741_7 * l3 - 3.307_711_6 * m3 + 0.230_969_94 * s3,
        -1.268_438 * l3 + 2.609_757_4 * m3 - 0.341_319_38 * s3,
        -0.004_196_086 * l3 - 0.703_418_6 * m3 + 1.707_614_7 * s3,
    ];
    let gamma = |v: f32| {
        let v = v.clamp(0.0, 1.0);
        if v <= 0.003_130_8 {
            12.92 * v
        } else {
            1.055 * v.powf(1.0 / 2.4) - 0.055
        }
    };
    Rgba {
        r: gamma(lin[0]),
        g: gamma(lin[1]),
        b: gamma(lin[2]),
        a: alpha,
    }
}

/// CSS system colours as Chromium paints them without forced colours.
pub fn system_color(name: &str, dark: bool) -> Option<Rgba> {
    Some(match (name, dark) {
        ("canvas" | "field" | "window", false) => Rgba::rgb(255, 255, 255),
        ("canvas" | "field" | "window", true) => Rgba::rgb(18, 18, 18),
        ("canvastext" | "fieldtext" | "windowtext" | "buttontext", false) => Rgba::rgb(0, 0, 0),
        ("canvastext" | "fieldtext" | "windowtext" | "buttontext", true) => {
            Rgba::rgb(255, 255, 255)
        }
        ("linktext", false) => Rgba::rgb(0, 0, 238),
        ("linktext", true) => Rgba::rgb(158, 158, 255),
        ("visitedtext", false) => Rgba::rgb(85, 26, 139),
        ("visitedtext", true) => Rgba::rgb(208, 173, 240),
        ("activetext", _) => Rgba::rgb(255, 0, 0),
        ("buttonface" | "buttonborder", false) => Rgba::rgb(239, 239, 239),
        ("buttonface" | "buttonborder", true) => Rgba::rgb(107, 107, 107),
        ("graytext", _) => Rgba::rgb(109, 109, 109),
        ("highlight", _) => Rgba::rgb(0, 120, 215),
        ("highlighttext", _) => Rgba::rgb(255, 255, 255),
        ("mark", _) => Rgba::rgb(255, 255, 0),
        ("marktext", _) => Rgba::rgb(0, 0, 0),
        ("accentcolor", _) => Rgba::rgb(0, 117, 255),
        ("accentcolortext", _) => Rgba::rgb(255, 255, 255),
        _ => return None,
    })
}

/// The colour inside a shorthand such as `background` or `outline` or `border`, and whether
/// the shorthand also paints an image (`url()`, a gradient).
pub fn colour_in_shorthand(text: &str, dark: bool) -> (Option<ColorValue>, bool) {
    let mut parser = Parser::new(text);
    let mut found = None;
    let mut image = false;
    loop {
        let start = parser.state();
        if let Ok(c) = parser.try_parse(Color::parse) {
            found = from_parsed(c).or(found);
            continue;
        }
        parser.reset(&start);
        match parser.next() {
            Ok(Token::Ident(word)) => {
                let w = word.to_ascii_lowercase();
                if let Some(c) = system_color(&w, dark) {
                    found = Some(ColorValue::Color(c));
                } else if w == "inherit" {
                    found = Some(ColorValue::Inherit);
                } else if w == "none" || w == "initial" || w == "unset" {
                    // `background: none` paints nothing.
                }
            }
            Ok(Token::UnquotedUrl(_)) => image = true,
            Ok(Token::Function(name)) => {
                let n = name.to_ascii_lowercase();
                if n == "url"
                    || n.contains("gradient")
                    || n == "image-set"
                    || n == "-webkit-image-set"
                    || n == "image"
                    || n == "cross-fade"
                {
                    image = true;
                }
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    (found, image)
}

/// Lengths in CSS px, given the font size of the element (`em`) and of the root (`rem`).
#[derive(Debug, Clone, Copy)]
pub struct Lengths {
    /// The font size `em` refers to.
    pub em: f32,
    /// The root font size.
    pub rem: f32,
    /// What 100% is (the parent's font size for font-size; NaN where unknown).
    pub percent: f32,
}

/// A length or `calc()`/`min()`/`max()`/`clamp()` of lengths, in CSS px, and whether it
/// used a relative unit.
pub fn length(text: &str, at: Lengths) -> Option<(f32, bool)> {
    let mut parser = Parser::new(text);
    let value = sum(&mut parser, at)?;
    parser.is_exhausted().then_some(value)
}

fn sum(p: &mut Parser, at: Lengths) -> Option<(f32, bool)> {
    let (mut total, mut relative) = product(p, at)?;
    loop {
        let state = p.state();
        match p.next() {
            Ok(Token::Delim('+')) => {
                let (v, r) = product(p, at)?;
                total += v;
                relative |= r;
            }
            Ok(Token::Delim('-')) => {
                let (v, r) = product(p, at)?;
                total -= v;
                relative |= r;
            }
            _ => {
                p.reset(&state);
                return Some((total, relative));
            }
        }
    }
}

fn product(p: &mut Parser, at: Lengths) -> Option<(f32, bool)> {
    let (mut value, mut relative) = term(p, at)?;
    loop {
        let state = p.state();
        match p.next() {
            Ok(Token::Delim('*')) => {
                let (v, r) = term(p, at)?;
                value *= v;
                relative |= r;
            }
            Ok(Token::Delim('/')) => {
                let (v, _) = term(p, at)?;
                if v == 0.0 {
                    return None;
                }
                value /= v;
            }
            _ => {
                p.reset(&state);
                return Some((value, relative));
            }
        }
    }
}

fn term(p: &mut Parser, at: Lengths) -> Option<(f32, bool)> {
    let token = p.next().ok()?.clone();
    match token {
        Token::Dimension { value, unit, .. } => {
            let unit = unit.to_ascii_lowercase();
            Some(match unit.as_str() {
                "px" => (value, false),
                "pt" => (value * 96.0 / 72.0, false),
                "pc" => (value * 16.0, false),
                "cm" => (value * 96.0 / 2.54, false),
                "mm" => (value * 96.0 / 25.4, false),
                "q" => (value * 96.0 / 101.6, false),
                "in" => (value * 96.0, false),
                "em" => (value * at.em, true),
                "rem" => (value * at.rem, true),
                "ex" | "rex" => (value * at.em * 0.5, true),
                "ch" | "rch" => (value * at.em * 0.5, true),
                "cap" | "rcap" => (value * at.em * 0.7, true),
                "lh" | "rlh" => (value * at.em * 1.2, true),
                "ic" | "ric" => (value * at.em, true),
                "vw" | "vi" | "svw" | "lvw" | "dvw" => (value * super::media::WIDTH / 100.0, true),
                "vh" | "vb" | "svh" | "lvh" | "dvh" => (value * super::media::HEIGHT / 100.0, true),
                "vmin" => (value * super::media::WIDTH / 100.0, true),
                "vmax" => (value * super::media::HEIGHT / 100.0, true),
                _ => return None,
            })
        }
        Token::Percentage { unit_value, .. } => {
            (!at.percent.is_nan()).then_some((unit_value * at.percent, true))
        }
        Token::Number { value, .. } => Some((value, false)),
        Token::ParenthesisBlock => p
            .parse_nested_block(|p| sum(p, at).ok_or(cssparser::ParseError::<()>::custom(())))
            .ok(),
        Token::Function(name) => {
            let name = name.to_ascii_lowercase();
            p.parse_nested_block(|p| {
                let args = p.parse_comma_separated(|p| {
                    sum(p, at).ok_or(cssparser::ParseError::<()>::custom(()))
                })?;
                let relative = args.iter().any(|a| a.1);
                let values: Vec<f32> = args.iter().map(|a| a.0).collect();
                let v = match (name.as_str(), values.as_slice()) {
                    ("calc", [v]) => *v,
                    ("max", vs) if !vs.is_empty() => vs.iter().copied().fold(f32::MIN, f32::max),
                    ("min", vs) if !vs.is_empty() => vs.iter().copied().fold(f32::MAX, f32::min),
                    ("clamp", [lo, v, hi]) => v.clamp(*lo, hi.max(*lo)),
                    _ => return Err(cssparser::ParseError::<()>::custom(())),
                };
                Ok((v, relative))
            })
            .ok()
        }
        _ => None,
    }
}

/// A custom property's value and where it was declared.
#[derive(Debug, Clone, PartialEq)]
pub struct Custom {
    /// The value as written.
    pub value: String,
    /// The declaration.
    pub origin: super::Origin,
}

/// Replaces every `var()` in `text`. Returns the text, and the declaration the value
/// really came from when the whole value was one `var()` (so a finding about `color:
/// var(--text)` points at `--text: #444`). `None` when a `var()` has no value and no fallback.
pub fn substitute(
    text: &str,
    customs: &BTreeMap<String, Custom>,
) -> Option<(String, Option<super::Origin>)> {
    substitute_depth(text, customs, 0)
}

fn substitute_depth(
    text: &str,
    customs: &BTreeMap<String, Custom>,
    depth: usize,
) -> Option<(String, Option<super::Origin>)> {
    if !text.contains("var(") && !text.contains("VAR(") {
        return Some((text.to_owned(), None));
    }
    if depth > 16 {
        return None;
    }
    let mut parser = Parser::new(text);
    let mut out = String::new();
    let mut origin = None;
    let mut pieces = 0;
    write_tokens(
        &mut parser,
        customs,
        depth,
        &mut out,
        &mut origin,
        &mut pieces,
    )
    .ok()?;
    let single = pieces == 1
        && text.trim_start().to_ascii_lowercase().starts_with("var(")
        && text.trim_end().ends_with(')');
    Some((out.trim().to_owned(), if single { origin } else { None }))
}

fn write_tokens<'i>(
    p: &mut Parser<'i>,
    customs: &BTreeMap<String, Custom>,
    depth: usize,
    out: &mut String,
    origin: &mut Option<super::Origin>,
    pieces: &mut usize,
) -> Result<(), cssparser::ParseError<()>> {
    loop {
        let start = p.position();
        let token = match p.next_including_whitespace() {
            Ok(t) => t.clone(),
            Err(_) => return Ok(()),
        };
        *pieces += 1;
        match token {
            Token::Function(name) if name.eq_ignore_ascii_case("var") => {
                let replaced = p.parse_nested_block(|inner| {
                    let name = inner.expect_ident_cloned()?.to_string();
                    let fallback_start = inner.position();
                    let has_fallback = inner.try_parse(|i| i.expect_comma()).is_ok();
                    let rest_start = inner.position();
                    while inner.next_including_whitespace().is_ok() {}
                    let fallback = has_fallback.then(|| inner.slice_from(rest_start).to_owned());
                    let _ = fallback_start;
                    Ok::<_, cssparser::ParseError<()>>((name, fallback))
                })?;
                let (name, fallback) = replaced;
                let value = match customs.get(&name) {
                    Some(c) => substitute_depth(&c.value, customs, depth + 1)
                        .map(|(v, o)| (v, Some(o.unwrap_or_else(|| c.origin.clone())))),
                    None => None,
                };
                let value = value
                    .or_else(|| fallback.and_then(|f| substitute_depth(&f, customs, depth + 1)));
                let Some((v, o)) = value else {
                    return Err(cssparser::ParseError::<()>::custom(()));
                };
                *origin = o;
                out.push_str(&v);
            }
            Token::Function(_)
            | Token::ParenthesisBlock
            | Token::SquareBracketBlock
            | Token::CurlyBracketBlock => {
                out.push_str(p.slice_from(start));
                let close = match token {
                    Token::SquareBracketBlock => "]",
                    Token::CurlyBracketBlock => "}",
                    _ => ")",
                };
                p.parse_nested_block(|inner| {
                    write_tokens(inner, customs, depth, out, origin, &mut 0)
                })?;
                out.push_str(close);
            }
            _ => out.push_str(p.slice_from(start)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(text: &str) -> Rgba {
        match color(text, false) {
            Some(ColorValue::Color(c)) => c,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn colours_and_contrast() {
        assert_eq!(rgb("#fff").hex(), "#ffffff");
        assert_eq!(rgb("rebeccapurple").hex(), "#663399");
        assert_eq!(rgb("hsl(0 0% 50%)").hex(), "#808080");
        assert_eq!(rgb("rgb(0 0 0 / 50%)").a, 0.5);
        let ratio = contrast(rgb("#767676"), rgb("#ffffff"));
        assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
        assert!((contrast(rgb("black"), rgb("white")) - 21.0).abs() < 0.01);
        assert_eq!(rgb("oklch(100% 0 0)").hex(), "#ffffff");
    }

    #[test]
    fn lengths_in_px() {
        let at = Lengths {
            em: 20.0,
            rem: 16.0,
            percent: 20.0,
        };
        assert_eq!(length("max(1.25rem, 19px)", at), Some((20.0, true)));
        assert_eq!(length("14pt", at).map(|l| l.0.round()), Some(19.0));
        assert_eq!(length("calc(1rem + 2px)", at), Some((18.0, true)));
        assert_eq!(length("150%", at), Some((30.0, true)));
    }

    #[test]
    fn custom_properties_are_substituted() {
        let origin = crate::a11y::css::Origin {
            sheet: 0,
            range: 3..9,
        };
        let mut customs = BTreeMap::new();
        customs.insert(
            "--text".to_owned(),
            Custom {
                value: "#333".into(),
                origin: origin.clone(),
            },
        );
        assert_eq!(
            substitute("var(--text)", &customs),
            Some(("#333".into(), Some(origin)))
        );
        assert_eq!(
            substitute("var(--none, red)", &customs).map(|v| v.0),
            Some("red".into())
        );
        assert_eq!(
            substitute("0 0 0 2px var(--text)", &customs).map(|v| v.0),
            Some("0 0 0 2px #333".into())
        );
        assert_eq!(substitute("var(--none)", &customs), None);
    }
}
