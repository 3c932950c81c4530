//! Media queries evaluated for one [`Scenario`]: light or dark, more contrast or not,
//! forced colours or not, at a phone's width on a screen (never print).

use cssparser::{Parser, Token};

/// The conditions a page is looked at in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Scenario {
    /// `prefers-color-scheme: dark`.
    pub dark: bool,
    /// `prefers-contrast: more`.
    pub more_contrast: bool,
    /// `forced-colors: active`.
    pub forced: bool,
}

/// The viewport width media queries are evaluated at, in CSS px: a common phone.
pub const WIDTH: f32 = 360.0;
/// The viewport height.
pub const HEIGHT: f32 = 740.0;

impl Scenario {
    /// The scenarios contrast is checked in.
    pub const CHECKED: [Scenario; 4] = [
        Scenario {
            dark: false,
            more_contrast: false,
            forced: false,
        },
        Scenario {
            dark: true,
            more_contrast: false,
            forced: false,
        },
        Scenario {
            dark: false,
            more_contrast: true,
            forced: false,
        },
        Scenario {
            dark: true,
            more_contrast: true,
            forced: false,
        },
    ];

    /// How the scenario is named in messages ("", " in dark mode"...).
    pub fn describe(&self) -> &'static str {
        match (self.dark, self.more_contrast) {
            (false, false) => "",
            (true, false) => " (dark mode)",
            (false, true) => " (more contrast)",
            (true, true) => " (dark mode, more contrast)",
        }
    }

    /// Does the media query list `query` match?
    pub fn matches(&self, query: &str) -> bool {
        let mut parser = Parser::new(query);
        let queries = parser.parse_comma_separated_ignoring_errors(|p| {
            Ok::<bool, cssparser::ParseError<()>>(self.query(p))
        });
        queries.into_iter().any(|q| q)
    }

    /// One media query: `[not|only] [type] [and (feature)]*`, or a condition.
    fn query(&self, p: &mut Parser) -> bool {
        let mut negate = false;
        let mut result = true;
        let mut first = true;
        let mut or = false;
        while let Ok(token) = p.next() {
            match token.clone() {
                Token::Ident(word) => match word.to_ascii_lowercase().as_str() {
                    "not" if first => negate = true,
                    "only" | "and" => {}
                    "or" => or = true,
                    "all" | "screen" => {}
                    _ => result = false, // print, speech, or a type we do not know
                },
                Token::ParenthesisBlock => {
                    let value = p
                        .parse_nested_block(|inner| {
                            Ok::<bool, cssparser::ParseError<()>>(self.condition(inner))
                        })
                        .unwrap_or(false);
                    result = if or { result || value } else { result && value };
                    or = false;
                }
                _ => result = false,
            }
            first = false;
        }
        result != negate
    }

    /// The inside of a parenthesis: a feature, or a nested condition.
    fn condition(&self, p: &mut Parser) -> bool {
        let state = p.state();
        if let Ok(Token::Ident(w)) = p.next()
            && w.eq_ignore_ascii_case("not")
        {
            return !self.query(p);
        }
        p.reset(&state);
        if let Ok(Token::ParenthesisBlock) = p.next() {
            p.reset(&state);
            return self.query(p);
        }
        p.reset(&state);
        let Ok(name) = p.expect_ident_cloned() else {
            return self.range(p);
        };
        let name = name.to_ascii_lowercase();
        if p.is_exhausted() {
            return self.boolean(&name);
        }
        match p.next() {
            Ok(Token::Colon) => {}
            Ok(Token::Delim(op)) => {
                let op = *op;
                let eq = p.try_parse(|p| p.expect_delim('=')).is_ok();
                let value = length(p).unwrap_or(f32::NAN);
                return compare(self.dimension(&name), op, eq, value);
            }
            _ => return false,
        }
        let state = p.state();
        if let Ok(value) = p.expect_ident_cloned() {
            return self.keyword(&name, &value.to_ascii_lowercase());
        }
        p.reset(&state);
        let Some(value) = length(p) else { return false };
        match name.as_str() {
            "min-width" => WIDTH >= value,
            "max-width" => WIDTH <= value,
            "width" => (WIDTH - value).abs() < 0.5,
            "min-height" => HEIGHT >= value,
            "max-height" => HEIGHT <= value,
            "min-resolution" | "min-device-pixel-ratio" | "-webkit-min-device-pixel-ratio" => {
                value <= 2.0
            }
            _ => false,
        }
    }

    /// `(400px <= width)` and `(400px < width < 800px)`.
    fn range(&self, p: &mut Parser) -> bool {
        let Some(left) = length(p) else { return false };
        let Ok(Token::Delim(op)) = p.next().cloned() else {
            return false;
        };
        let eq = p.try_parse(|p| p.expect_delim('=')).is_ok();
        let Ok(name) = p.expect_ident_cloned() else {
            return false;
        };
        let actual = self.dimension(&name.to_ascii_lowercase());
        // `left < width` is `width > left`.
        let flipped = match op {
            '<' => '>',
            '>' => '<',
            o => o,
        };
        let mut ok = compare(actual, flipped, eq, left);
        if let Ok(Token::Delim(op2)) = p.next().cloned() {
            let eq2 = p.try_parse(|p| p.expect_delim('=')).is_ok();
            if let Some(right) = length(p) {
                ok = ok && compare(actual, op2, eq2, right);
            }
        }
        ok
    }

    fn dimension(&self, name: &str) -> f32 {
        match name {
            "width" => WIDTH,
            "height" => HEIGHT,
            _ => f32::NAN,
        }
    }

    fn boolean(&self, name: &str) -> bool {
        match name {
            "prefers-color-scheme" | "color" | "grid" | "pointer" | "any-pointer" => true,
            "prefers-contrast" => self.more_contrast,
            "forced-colors" => self.forced,
            _ => false,
        }
    }

    fn keyword(&self, name: &str, value: &str) -> bool {
        match (name, value) {
            ("prefers-color-scheme", v) => (v == "dark") == self.dark,
            ("prefers-contrast", "more") => self.more_contrast,
            ("prefers-contrast", "no-preference") => !self.more_contrast,
            ("prefers-contrast", _) => false,
            ("forced-colors", "active") => self.forced,
            ("forced-colors", "none") => !self.forced,
            ("prefers-reduced-motion", v) | ("prefers-reduced-transparency", v) => {
                v == "no-preference"
            }
            ("orientation", v) => v == "portrait",
            ("hover" | "any-hover", v) => v == "none",
            ("pointer" | "any-pointer", v) => v == "coarse",
            ("scripting", v) => v == "none",
            ("display-mode", v) => v == "browser",
            ("inverted-colors", v) => v == "none",
            _ => false,
        }
    }
}

fn compare(actual: f32, op: char, eq: bool, value: f32) -> bool {
    match op {
        '<' => actual < value || eq && (actual - value).abs() < 0.01,
        '>' => actual > value || eq && (actual - value).abs() < 0.01,
        '=' => (actual - value).abs() < 0.5,
        _ => false,
    }
}

/// A length in a media query, in CSS px (em and rem are the browser's 16 px there).
fn length(p: &mut Parser) -> Option<f32> {
    match p.next().ok()?.clone() {
        Token::Dimension { value, unit, .. } => Some(match unit.to_ascii_lowercase().as_str() {
            "px" => value,
            "em" | "rem" => value * 16.0,
            "pt" => value * 96.0 / 72.0,
            "cm" => value * 96.0 / 2.54,
            "mm" => value * 96.0 / 25.4,
            "in" => value * 96.0,
            "dppx" | "x" => value,
            "dpi" => value / 96.0,
            _ => return None,
        }),
        Token::Number { value, .. } => Some(value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_queries() {
        let light = Scenario::CHECKED[0];
        let dark = Scenario::CHECKED[1];
        assert!(dark.matches("(prefers-color-scheme: dark)"));
        assert!(!light.matches("(prefers-color-scheme: dark)"));
        assert!(light.matches("screen and (max-width: 30em)"));
        assert!(!light.matches("print"));
        assert!(light.matches("print, (min-width: 10px)"));
        assert!(!light.matches("(min-width: 40em)"));
        assert!(light.matches("not print"));
        assert!(light.matches("(width < 600px)"));
        assert!(!light.matches("(forced-colors: active)"));
        assert!(Scenario::CHECKED[2].matches("(prefers-contrast: more)"));
    }
}
