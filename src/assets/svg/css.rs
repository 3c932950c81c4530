//! CSS inside an SVG: presentation-attribute values, `style` attributes and `<style>`
//! elements, read with cssparser (Servo's tokenizer, as browsers read CSS) and written
//! back from its tokens with only what draws.
//!
//! A value keeps identifiers, numbers, colours, strings, a short list of functions
//! (colours, arithmetic, transforms) and `url(#id)`; anything else (a `url()` to
//! another file or host, `image-set()`, `var()`, `expression()`, `@import`, any other
//! at-rule, a property that is not a drawing's) is removed and named in
//! [`Removed`](super::Removed). Because the output is written from tokens, escapes and
//! comments cannot hide anything: what is written is what was checked.

use cssparser::{
    AtRuleParser, CowRcStr, DeclarationParser, ParseError, Parser, ParserState,
    QualifiedRuleParser, RuleBodyItemParser, RuleBodyParser, StyleSheetParser, ToCss, Token,
};

use super::Removed;
use super::allow;

/// How deeply functions may nest in a value (`calc(min(1px, 2px))` is 2).
const MAX_DEPTH: usize = 8;

type Failure = ParseError<String>;

/// A presentation attribute's value, written back from its tokens, or why it is refused.
pub fn value(text: &str) -> Result<String, String> {
    let mut parser = Parser::new(text);
    let mut out = String::new();
    clean_tokens(&mut parser, &mut out, 0).map_err(reason)?;
    Ok(out.trim().to_owned())
}

/// The declarations of a `style` attribute that may be kept, as `name:value;…`.
pub fn declarations(text: &str, element: &str, removed: &mut Removed) -> String {
    let mut parser = Parser::new(text);
    let mut rules = Declarations { removed, element };
    let kept: Vec<String> = RuleBodyParser::new(&mut parser, &mut rules)
        .filter_map(|d| d.ok().flatten())
        .collect();
    kept.join(";")
}

/// The rules of a `<style>` element that may be kept, each with only its kept declarations.
pub fn stylesheet(text: &str, removed: &mut Removed) -> String {
    let mut parser = Parser::new(text);
    let mut rules = Rules { removed };
    let kept: Vec<String> = StyleSheetParser::new(&mut parser, &mut rules)
        .filter_map(|r| r.ok().flatten())
        .collect();
    kept.concat()
}

/// Copies the tokens of a value to `out`, refusing anything that is not plainly a drawing's.
fn clean_tokens<'i>(input: &mut Parser<'i>, out: &mut String, depth: usize) -> Result<(), Failure> {
    loop {
        let start = input.position();
        let Ok(token) = input.next_including_whitespace_and_comments() else {
            return Ok(());
        };
        let token = token.clone();
        match token {
            Token::Comment(_) => {}
            // Numbers are written as they were: the tokenizer keeps only 32-bit floats.
            Token::Number { .. } | Token::Percentage { .. } | Token::Dimension { .. } => {
                let text = input.slice_from(start);
                if text.contains('\\') {
                    return Err(ParseError::custom(format!(
                        "an escaped unit `{}`",
                        super::shorten(text)
                    )));
                }
                out.push_str(text);
            }
            Token::QuotedString(ref text) if allow::suspicious(text).is_some() => {
                return Err(ParseError::custom(format!(
                    "the text `{}`",
                    super::shorten(text)
                )));
            }
            Token::Ident(_)
            | Token::Hash(_)
            | Token::IDHash(_)
            | Token::QuotedString(_)
            | Token::Comma => plain_token(&token, out)?,
            Token::Delim(c) if "/+-*.%".contains(c) => plain_token(&token, out)?,
            Token::WhiteSpace(_) => out.push(' '),
            Token::Delim('!') => {
                input.expect_ident_matching("important")?;
                out.push_str("!important");
            }
            Token::UnquotedUrl(url) => {
                out.push_str(&fragment_url(&url).map_err(ParseError::custom)?)
            }
            Token::Function(name) => function(input, &name, out, depth)?,
            Token::ParenthesisBlock if depth < MAX_DEPTH => {
                out.push('(');
                input.parse_nested_block(|i| clean_tokens(i, out, depth + 1))?;
                out.push(')');
            }
            other => return Err(ParseError::custom(describe(&other))),
        }
    }
}

/// `url(#id)`, or a function from the allowed list with its arguments cleaned.
fn function<'i>(
    input: &mut Parser<'i>,
    name: &str,
    out: &mut String,
    depth: usize,
) -> Result<(), Failure> {
    let lower = name.to_ascii_lowercase();
    if lower == "url" {
        let url = input.parse_nested_block(|i| -> Result<_, Failure> {
            let url = i.expect_string_cloned()?;
            i.expect_exhausted()?;
            Ok(url)
        });
        let url = url.map_err(|_| ParseError::custom("a url() it cannot read".to_owned()))?;
        let kept = fragment_url(&url).map_err(ParseError::custom)?;
        out.push_str(&kept);
        return Ok(());
    }
    if !allow::function(&lower) || depth >= MAX_DEPTH {
        return Err(ParseError::custom(format!("{lower}()")));
    }
    out.push_str(&lower);
    out.push('(');
    input.parse_nested_block(|i| clean_tokens(i, out, depth + 1))?;
    out.push(')');
    Ok(())
}

/// `url(#id)` for a reference inside the file; anything else is refused.
fn fragment_url(url: &str) -> Result<String, String> {
    let trimmed = url.trim_matches(|c: char| c.is_ascii_whitespace());
    match trimmed.strip_prefix('#') {
        Some(id) if is_plain_id(id) => Ok(format!("url(#{id})")),
        _ => Err(format!("url({})", super::shorten(trimmed))),
    }
}

/// An element id that can be written in `url(#…)` and `href="#…"` as it is.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

/// Writes a token that must need no escape: a name or string a drawing uses is plain, and
/// an escape is the usual way to hide a word from a check.
fn plain_token(token: &Token, out: &mut String) -> Result<(), Failure> {
    let mut text = String::new();
    write_token(token, &mut text);
    if text.contains('\\') {
        return Err(ParseError::custom(format!(
            "an escaped name `{}`",
            super::shorten(&text)
        )));
    }
    out.push_str(&text);
    Ok(())
}

fn write_token(token: &Token, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = token.to_css(out);
}

fn describe(token: &Token) -> String {
    match token {
        Token::AtKeyword(name) => format!("@{name}"),
        Token::BadUrl(url) => format!("url({})", super::shorten(url)),
        Token::CurlyBracketBlock => "a { } block".into(),
        Token::SquareBracketBlock => "a [ ] block".into(),
        _ => {
            let mut text = String::new();
            write_token(token, &mut text);
            format!("`{}`", super::shorten(&text))
        }
    }
}

fn reason(e: Failure) -> String {
    match e.kind {
        cssparser::ParseErrorKind::Custom(why) => why,
        cssparser::ParseErrorKind::Basic(_) => "CSS it cannot read".into(),
    }
}

/// Reads `name: value` declarations, keeping the allowed properties with clean values.
struct Declarations<'a> {
    removed: &'a mut Removed,
    element: &'a str,
}

impl<'i> DeclarationParser<'i> for Declarations<'_> {
    type Declaration = Option<String>;
    type Error = String;

    fn parse_value(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
        _start: &ParserState,
    ) -> Result<Self::Declaration, Failure> {
        let property = name.to_ascii_lowercase();
        let kept = if allow::style_property(&property) {
            let mut value = String::new();
            match clean_tokens(input, &mut value, 0) {
                Ok(()) => Some(format!("{property}:{}", value.trim())),
                Err(e) => {
                    let why = reason(e);
                    self.removed.add(format!(
                        "`{property}: {why}` in a style on <{}>",
                        self.element
                    ));
                    None
                }
            }
        } else {
            if !allow::editor_property(&property) {
                self.removed.add(format!(
                    "the style property `{property}` on <{}>",
                    self.element
                ));
            }
            None
        };
        while input.next_including_whitespace_and_comments().is_ok() {}
        Ok(kept)
    }
}

impl<'i> AtRuleParser<'i> for Declarations<'_> {
    type Prelude = ();
    type AtRule = Option<String>;
    type Error = String;

    fn parse_prelude(
        &mut self,
        name: CowRcStr<'i>,
        _input: &mut Parser<'i>,
    ) -> Result<(), Failure> {
        self.removed.add(format!(
            "@{} in a style on <{}>",
            name.to_ascii_lowercase(),
            self.element
        ));
        Err(ParseError::custom(String::new()))
    }
}

impl<'i> QualifiedRuleParser<'i> for Declarations<'_> {
    type Prelude = ();
    type QualifiedRule = Option<String>;
    type Error = String;
}

impl<'i> RuleBodyItemParser<'i, Option<String>, String> for Declarations<'_> {
    fn parse_declarations(&self) -> bool {
        true
    }
    fn parse_qualified(&self) -> bool {
        false
    }
}

/// Reads the rules of a style sheet: plain selectors with their kept declarations.
struct Rules<'a> {
    removed: &'a mut Removed,
}

impl<'i> QualifiedRuleParser<'i> for Rules<'_> {
    type Prelude = String;
    type QualifiedRule = Option<String>;
    type Error = String;

    fn parse_prelude(&mut self, input: &mut Parser<'i>) -> Result<String, Failure> {
        let start = input.position();
        match selector(input) {
            Ok(selector) => Ok(selector),
            Err(e) => {
                while input.next_including_whitespace_and_comments().is_ok() {}
                let text = input.slice_from(start).trim();
                self.removed
                    .add(format!("the style rule for `{}`", super::shorten(text)));
                Err(e)
            }
        }
    }

    fn parse_block(
        &mut self,
        selector: String,
        _start: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<Option<String>, Failure> {
        let mut declarations = Declarations {
            removed: self.removed,
            element: "style",
        };
        let kept: Vec<String> = RuleBodyParser::new(input, &mut declarations)
            .filter_map(|d| d.ok().flatten())
            .collect();
        Ok((!kept.is_empty()).then(|| format!("{selector}{{{}}}", kept.join(";"))))
    }
}

impl<'i> AtRuleParser<'i> for Rules<'_> {
    type Prelude = ();
    type AtRule = Option<String>;
    type Error = String;

    fn parse_prelude(
        &mut self,
        name: CowRcStr<'i>,
        _input: &mut Parser<'i>,
    ) -> Result<(), Failure> {
        self.removed
            .add(format!("@{} in <style>", name.to_ascii_lowercase()));
        Err(ParseError::custom(String::new()))
    }
}

/// A selector of type, class and id names, `*`, combinators and simple pseudo-classes,
/// written back from its tokens; anything else refuses the rule.
fn selector<'i>(input: &mut Parser<'i>) -> Result<String, Failure> {
    let mut out = String::new();
    while let Ok(token) = input.next_including_whitespace() {
        let token = token.clone();
        match token {
            Token::Ident(_) | Token::IDHash(_) | Token::Comma | Token::Colon => {
                plain_token(&token, &mut out)?
            }
            Token::Delim(c) if ".*>+~".contains(c) => plain_token(&token, &mut out)?,
            Token::WhiteSpace(_) => out.push(' '),
            other => return Err(ParseError::custom(describe(&other))),
        }
    }
    let out = out.trim().to_owned();
    if out.is_empty() {
        return Err(ParseError::custom("an empty selector".to_owned()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_colours_numbers_and_fragments() {
        assert_eq!(value("#e8f0fc").unwrap(), "#e8f0fc");
        assert_eq!(value(" 5 ").unwrap(), "5");
        assert_eq!(value("url(#g) none").unwrap(), "url(#g) none");
        assert_eq!(value("url( '#g' )").unwrap(), "url(#g)");
        assert_eq!(value("rgb(10, 20, 30)").unwrap(), "rgb(10, 20, 30)");
        assert_eq!(
            value("'Open Sans', sans-serif").unwrap(),
            "\"Open Sans\", sans-serif"
        );
    }

    #[test]
    fn values_refuse_every_spelling_of_another_file() {
        for bad in [
            "url(http://x.org/a.svg#g)",
            "url('//x.org/a')",
            "URL(https://x.org)",
            "u\\72l(https://x.org)",
            "\\75 rl(https://x.org)",
            "url(a.svg#g)",
            "url(data:image/svg+xml,<svg/>)",
            "image-set('https://x.org/a.png' 1x)",
            "var(--a)",
            "expression(alert(1))",
            "url(#a b)",
            "url(#)",
        ] {
            assert!(value(bad).is_err(), "{bad} was kept as {:?}", value(bad));
        }
    }

    #[test]
    fn style_attributes_keep_presentation_properties_only() {
        let mut removed = Removed::default();
        let kept = declarations(
            "fill:red; background:url(https://x.org/a.png); stroke: url(http://x.org/#a); -inkscape-font-specification:Sans; opacity:.5 !important",
            "rect",
            &mut removed,
        );
        assert_eq!(kept, "fill:red;opacity:.5 !important");
        assert_eq!(
            removed.list(),
            [
                "`stroke: url(http://x.org/#a)` in a style on <rect>",
                "the style property `background` on <rect>"
            ]
        );
    }

    #[test]
    fn style_sheets_drop_at_rules_and_odd_selectors() {
        let mut removed = Removed::default();
        let kept = stylesheet(
            "@import url(https://x.org/a.css); @font-face { src: url(https://x.org/f.woff) } .a, #b > c { fill: #fff; cursor: url(x.cur) } a[href^=http] { fill: red } @media print { .a { fill: red } }",
            &mut removed,
        );
        assert_eq!(kept, ".a, #b > c{fill:#fff}");
        let list = removed.list();
        assert!(list.contains(&"@import in <style>".to_owned()), "{list:?}");
        assert!(
            list.contains(&"@font-face in <style>".to_owned()),
            "{list:?}"
        );
        assert!(list.contains(&"@media in <style>".to_owned()), "{list:?}");
        assert!(
            list.contains(&"the style property `cursor` on <style>".to_owned()),
            "{list:?}"
        );
        assert!(
            list.iter()
                .any(|r| r.starts_with("the style rule for `a[href")),
            "{list:?}"
        );
    }
}
