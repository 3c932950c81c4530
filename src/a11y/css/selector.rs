//! Selectors: each complex selector of a rule, its specificity, and the states it needs
//! (`:focus`, `:visited`, `:hover`...). scraper's selector engine matches structure only, so
//! state pseudo-classes are taken out of the selector text (by cssparser tokens) and kept as
//! [`States`]; the cascade then applies the rule only when it looks at that state.

use cssparser::{Parser, Token};

/// The dynamic states a selector needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct States {
    /// `:focus`, `:focus-visible`.
    pub focus: bool,
    /// `:visited`.
    pub visited: bool,
    /// `:hover`, `:active`, `:focus-within`, form states: never looked at.
    pub other: bool,
}

/// Which box a selector styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The element itself.
    Element,
    /// `::before` or `::after`.
    Generated,
    /// `::marker`, `::placeholder`, `::selection`...: not looked at.
    Other,
}

/// One complex selector, ready to match.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The selector without its state pseudo-classes.
    pub selector: scraper::Selector,
    /// (ids, classes, types).
    pub specificity: (u32, u32, u32),
    /// The states it needs.
    pub states: States,
    /// Which box it styles.
    pub target: Target,
    /// The selector as written.
    pub text: String,
    /// A name an element must have to match, for skipping the others.
    pub key: Key,
}

/// A name every element the selector matches has, from its last compound: its id, else a
/// class, else its tag name, lower-cased (a superset of what matches, whatever the page's
/// case rules); `Any` when the compound names none (`*`, `[href]`, `:is(...)` alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// `#name`.
    Id(String),
    /// `.name`.
    Class(String),
    /// `name`.
    Tag(String),
    /// Any element may match.
    Any,
}

/// The [`Key`] of a selector without its states.
fn key(stripped: &str) -> Key {
    let mut p = Parser::new(stripped);
    let (mut id, mut class, mut tag) = (None, None, None);
    while let Ok(token) = p.next_including_whitespace_and_comments() {
        match token.clone() {
            Token::WhiteSpace(_) | Token::Delim('>') | Token::Delim('+') | Token::Delim('~') => {
                (id, class, tag) = (None, None, None);
            }
            Token::IDHash(name) => id = Some(name.to_ascii_lowercase()),
            Token::Delim('.') => {
                if let Ok(Token::Ident(name)) = p.next_including_whitespace() {
                    class = Some(name.to_ascii_lowercase());
                }
            }
            Token::Ident(name) => tag = Some(name.to_ascii_lowercase()),
            // A pseudo-class's name (`:first-child`, `:not(`) is not a tag; a function's
            // arguments are skipped by the next read.
            Token::Colon => {
                if let Ok(Token::Colon) = p.next_including_whitespace() {
                    let _ = p.next_including_whitespace();
                }
            }
            _ => {}
        }
    }
    match (id, class, tag) {
        (Some(id), _, _) => Key::Id(id),
        (None, Some(class), _) => Key::Class(class),
        (None, None, Some(tag)) => Key::Tag(tag),
        (None, None, None) => Key::Any,
    }
}

/// Compiles every complex selector of a selector list; ones scraper cannot match (`:lang()`,
/// unknown pseudo-classes) are left out, as if they never matched.
pub fn compile(list: &str) -> Vec<Compiled> {
    split(list)
        .into_iter()
        .filter_map(|complex| {
            let (stripped, states, target, specificity) = strip(&complex)?;
            let selector = scraper::Selector::parse(&stripped).ok()?;
            Some(Compiled {
                selector,
                specificity,
                states,
                target,
                key: key(&stripped),
                text: complex,
            })
        })
        .collect()
}

/// The complex selectors of a list, split at top-level commas.
fn split(list: &str) -> Vec<String> {
    let mut p = Parser::new(list);
    let mut out = Vec::new();
    let mut start = p.position();
    loop {
        let before = p.position();
        match p.next_including_whitespace_and_comments() {
            Ok(Token::Comma) => {
                out.push(p.slice(start..before).trim().to_owned());
                start = p.position();
            }
            Ok(_) => {}
            Err(_) => {
                out.push(p.slice_from(start).trim().to_owned());
                break;
            }
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Takes state pseudo-classes and pseudo-elements out of a complex selector.
/// A selector without its states: its text, states, target box and specificity.
type Stripped = (String, States, Target, (u32, u32, u32));

fn strip(complex: &str) -> Option<Stripped> {
    let mut p = Parser::new(complex);
    let mut out = String::new();
    let mut states = States::default();
    let mut target = Target::Element;
    let mut spec = (0, 0, 0);
    // True where a new compound starts (after a combinator or at the start).
    let mut compound_start = true;
    loop {
        let start = p.position();
        let token = match p.next_including_whitespace_and_comments() {
            Ok(t) => t.clone(),
            Err(_) => break,
        };
        match token {
            Token::Colon => {
                let double = p.try_parse(|p| p.expect_colon()).is_ok();
                let next = p.next_including_whitespace().ok()?.clone();
                let (name, function) = match &next {
                    Token::Ident(n) => (n.to_ascii_lowercase(), false),
                    Token::Function(n) => (n.to_ascii_lowercase(), true),
                    _ => return None,
                };
                if double
                    || matches!(
                        name.as_str(),
                        "before" | "after" | "first-line" | "first-letter"
                    )
                {
                    target = if matches!(name.as_str(), "before" | "after") {
                        Target::Generated
                    } else {
                        Target::Other
                    };
                    if function {
                        p.parse_nested_block(|i| {
                            while i.next().is_ok() {}
                            Ok::<(), cssparser::ParseError<()>>(())
                        })
                        .ok()?;
                    }
                    spec.2 += 1;
                    if compound_start {
                        out.push('*');
                    }
                    continue;
                }
                if function {
                    p.parse_nested_block(|i| {
                        while i.next().is_ok() {}
                        Ok::<(), cssparser::ParseError<()>>(())
                    })
                    .ok()?;
                    let whole = p.slice_from(start);
                    // :where() adds nothing; :is(), :not(), :has() and :nth-child() count as a
                    // class (exact for simple arguments).
                    if name != "where" {
                        spec.1 += 1;
                    }
                    out.push_str(whole);
                    compound_start = false;
                    continue;
                }
                spec.1 += 1;
                let replacement = match name.as_str() {
                    "focus" | "focus-visible" => {
                        states.focus = true;
                        ""
                    }
                    "visited" => {
                        states.visited = true;
                        "[href]"
                    }
                    "link" | "any-link" => "[href]",
                    "hover" | "active" | "focus-within" | "target" | "checked" | "disabled"
                    | "enabled" | "required" | "optional" | "invalid" | "valid" | "read-only"
                    | "read-write" | "placeholder-shown" | "default" | "indeterminate"
                    | "user-invalid" | "user-valid" | "autofill" | "-webkit-autofill" | "open"
                    | "popover-open" | "modal" | "fullscreen" => {
                        states.other = true;
                        ""
                    }
                    // Structure scraper understands.
                    _ => {
                        out.push_str(p.slice_from(start));
                        compound_start = false;
                        continue;
                    }
                };
                if replacement.is_empty() && compound_start {
                    out.push('*');
                } else {
                    out.push_str(replacement);
                }
                compound_start = false;
            }
            Token::WhiteSpace(_) | Token::Delim('>') | Token::Delim('+') | Token::Delim('~') => {
                out.push_str(p.slice_from(start));
                compound_start = true;
            }
            Token::Comment(_) => {}
            Token::IDHash(_) => {
                spec.0 += 1;
                out.push_str(p.slice_from(start));
                compound_start = false;
            }
            Token::Delim('.') => {
                spec.1 += 1;
                if !matches!(p.next_including_whitespace(), Ok(Token::Ident(_))) {
                    return None;
                }
                out.push_str(p.slice_from(start));
                compound_start = false;
            }
            Token::SquareBracketBlock => {
                spec.1 += 1;
                p.parse_nested_block(|i| {
                    while i.next().is_ok() {}
                    Ok::<(), cssparser::ParseError<()>>(())
                })
                .ok()?;
                out.push_str(p.slice_from(start));
                compound_start = false;
            }
            Token::Ident(_) => {
                spec.2 += 1;
                out.push_str(p.slice_from(start));
                compound_start = false;
            }
            _ => {
                out.push_str(p.slice_from(start));
                compound_start = false;
            }
        }
    }
    Some((out.trim().to_owned(), states, target, spec))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_key_is_a_name_of_the_last_compound() {
        use super::{Key, key};
        assert_eq!(key("main .step > p.Lead"), Key::Class("lead".into()));
        assert_eq!(key("nav a#Home.x"), Key::Id("home".into()));
        assert_eq!(key("ul li:first-child"), Key::Tag("li".into()));
        assert_eq!(key(".guide a:not(.x)"), Key::Tag("a".into()));
        assert_eq!(key(".callout *"), Key::Any);
        assert_eq!(key("[href]"), Key::Any);
        assert_eq!(key(":is(h1, h2)"), Key::Any);
        assert_eq!(key("p ~ *:nth-child(2n+1)"), Key::Any);
    }

    use super::*;

    #[test]
    fn states_are_taken_out() {
        let c = compile("a:focus-visible, summary:focus-visible, .x :focus, a:visited span");
        assert_eq!(c.len(), 4);
        assert!(c[0].states.focus);
        assert_eq!(c[0].specificity, (0, 1, 1));
        assert!(c[2].states.focus);
        assert!(c[3].states.visited);
        let html = scraper::Html::parse_document("<div class=x><a href=y><span>z</span></a></div>");
        let span = html
            .select(&scraper::Selector::parse("span").unwrap())
            .next()
            .unwrap();
        assert!(c[3].selector.matches(&span));
    }

    #[test]
    fn pseudo_elements_target_generated_boxes() {
        let c = compile(".advice-do .advice-label::before, p::first-line");
        assert_eq!(c[0].target, Target::Generated);
        assert_eq!(c[1].target, Target::Other);
        let c = compile("#main > p.lead[lang]");
        assert_eq!(c[0].specificity, (1, 2, 1));
    }
}
