//! A stylesheet scoped under one class, for a guide put straight into another site's page.
//!
//! Takes the theme's stylesheet; produces the same rules with every selector inside
//! [`SCOPE`]: `html`, `body` and `:root` become the scope itself (the element that holds the
//! guide), and every other selector is put under it, so nothing leaks into the host page.
//! Rules are read with cssparser (through the accessibility checker's reader, which keeps
//! each rule's selectors, declarations and `@media` conditions); rules it does not keep
//! (`@page`, `@font-face`) would reach outside the scope, so they are left out.

use std::fmt::Write;

use cssparser::{ParseError, Parser};

use crate::a11y::css::parse::stylesheet;

/// The class of the element that holds a guide on another site.
pub const SCOPE: &str = ".easyguide";

/// `css` with every rule inside [`SCOPE`].
pub fn scope(css: &str) -> String {
    let mut out = String::new();
    for rule in stylesheet(css, 0).rules {
        let list: Vec<String> = selectors(&rule.selectors)
            .iter()
            .map(|s| scoped(s))
            .collect();
        let mut text = format!("{} {{", list.join(", "));
        for d in &rule.declarations {
            let important = if d.important { " !important" } else { "" };
            let _ = write!(text, " {}: {}{important};", d.name, d.value);
        }
        text.push_str(" }");
        for media in rule.media.iter().rev() {
            text = format!("@media {media} {{ {text} }}");
        }
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// The selectors of a selector list, split at its top-level commas by cssparser (a comma
/// inside `:is(a, b)` belongs to one selector).
pub fn selectors(list: &str) -> Vec<String> {
    let mut parser = Parser::new(list);
    parser
        .parse_comma_separated(|p| {
            let start = p.position();
            while p.next_including_whitespace_and_comments().is_ok() {}
            Ok::<_, ParseError<()>>(p.slice_from(start).trim().to_owned())
        })
        .unwrap_or_default()
}

fn scoped(selector: &str) -> String {
    for root in [":root", "html", "body"] {
        if let Some(rest) = selector.strip_prefix(root) {
            let ends = rest
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
            if ends {
                return format!("{SCOPE}{rest}");
            }
        }
    }
    format!("{SCOPE} {selector}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_selector_is_put_inside_the_scope() {
        let css = ":root { --text: #111; }\nhtml { font-size: 100%; }\nbody, main > p { margin: 0 }\n\
            *, *::before { box-sizing: border-box }\na:is(:hover, :focus) { color: red !important }\n\
            @media (prefers-color-scheme: dark) { :root { --text: #eee } }\n\
            @page { size: A4 }\nhtmlish { color: blue }\n";
        let out = scope(css);
        assert_eq!(
            out,
            ".easyguide { --text: #111; }\n\
             .easyguide { font-size: 100%; }\n\
             .easyguide, .easyguide main > p { margin: 0; }\n\
             .easyguide *, .easyguide *::before { box-sizing: border-box; }\n\
             .easyguide a:is(:hover, :focus) { color: red !important; }\n\
             @media (prefers-color-scheme: dark) { .easyguide { --text: #eee; } }\n\
             .easyguide htmlish { color: blue; }\n"
        );
    }

    #[test]
    fn the_themes_stylesheet_is_scoped_whole() {
        let theme = include_str!("../../themes/easy/static/style.css");
        let out = scope(theme);
        let parsed = stylesheet(&out, 0);
        assert!(parsed.rules.len() > 50);
        for rule in &parsed.rules {
            for s in selectors(&rule.selectors) {
                assert!(s.starts_with(SCOPE), "{s}");
            }
        }
        let kept: usize = stylesheet(theme, 0)
            .rules
            .iter()
            .map(|r| r.declarations.len())
            .sum();
        let now: usize = parsed.rules.iter().map(|r| r.declarations.len()).sum();
        assert_eq!(kept, now, "every declaration is kept");
    }
}
