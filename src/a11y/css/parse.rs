//! Stylesheets read with cssparser (the tokenizer and rule parser Firefox and Servo use):
//! style rules with their selectors, each declaration with its byte range, and the `@media`
//! conditions around them. Only what the checks need is kept; other at-rules are skipped.

use std::ops::Range;

use cssparser::{
    AtRuleParser, CowRcStr, DeclarationParser, ParseError, Parser, ParserState,
    QualifiedRuleParser, RuleBodyItemParser, RuleBodyParser, StyleSheetParser,
};

/// One declaration: `name: value [!important]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    /// The property, lower case (custom properties keep their case).
    pub name: String,
    /// The value as written, without `!important`, trimmed.
    pub value: String,
    /// `!important`.
    pub important: bool,
    /// Bytes of the whole declaration, in the text that was parsed (plus its base).
    pub range: Range<usize>,
}

/// A style rule: its selector text and declarations, inside some `@media` conditions.
#[derive(Debug, Clone)]
pub struct StyleRule {
    /// The selector list as written.
    pub selectors: String,
    /// Where the selector list starts.
    pub at: usize,
    /// The declarations, in order.
    pub declarations: Vec<Declaration>,
    /// The media query lists of the `@media` rules around it, all of which must match.
    pub media: Vec<String>,
}

/// What a parse of a stylesheet gives.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Style rules in source order.
    pub rules: Vec<StyleRule>,
    /// `@import` addresses.
    pub imports: Vec<String>,
}

/// Parses `css`; every range is shifted by `base` (where the text starts in its file).
pub fn stylesheet(css: &str, base: usize) -> Parsed {
    let mut parser = Parser::new(css);
    let mut out = Parsed::default();
    rules(&mut parser, base, &[], &mut out);
    out
}

/// Parses the declarations of a `style` attribute.
pub fn declarations(css: &str) -> Vec<Declaration> {
    let mut parser = Parser::new(css);
    body(&mut parser, 0)
}

fn rules(input: &mut Parser, base: usize, media: &[String], out: &mut Parsed) {
    let mut top = Rules {
        base,
        media: media.to_vec(),
        out,
    };
    for item in StyleSheetParser::new(input, &mut top) {
        // A rule the parser cannot read is dropped, as browsers drop it.
        let _ = item;
    }
}

fn body(input: &mut Parser, base: usize) -> Vec<Declaration> {
    let mut parser = Declarations { base };
    RuleBodyParser::new(input, &mut parser)
        .filter_map(Result::ok)
        .collect()
}

struct Rules<'o> {
    base: usize,
    media: Vec<String>,
    out: &'o mut Parsed,
}

enum AtPrelude {
    Media(String),
    Group,
    Import(String),
    Skip,
}

impl<'i> AtRuleParser<'i> for Rules<'_> {
    type Prelude = AtPrelude;
    type AtRule = ();
    type Error = ();

    fn parse_prelude(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
    ) -> Result<AtPrelude, ParseError<()>> {
        let start = input.position();
        while input.next().is_ok() {}
        let text = input.slice_from(start).trim().to_owned();
        Ok(match name.to_ascii_lowercase().as_str() {
            "media" => AtPrelude::Media(text),
            "supports" | "layer" | "container" | "scope" | "document" => AtPrelude::Group,
            "import" => AtPrelude::Import(text),
            _ => AtPrelude::Skip,
        })
    }

    fn rule_without_block(&mut self, prelude: AtPrelude, _: &ParserState) -> Result<(), ()> {
        if let AtPrelude::Import(text) = prelude {
            self.out.imports.push(import_url(&text));
        }
        Ok(())
    }

    fn parse_block(
        &mut self,
        prelude: AtPrelude,
        _: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<()>> {
        let mut media = self.media.clone();
        match prelude {
            AtPrelude::Media(m) => media.push(m),
            AtPrelude::Group => {}
            AtPrelude::Import(_) | AtPrelude::Skip => {
                while input.next().is_ok() {}
                return Ok(());
            }
        }
        rules(input, self.base, &media, self.out);
        Ok(())
    }
}

impl<'i> QualifiedRuleParser<'i> for Rules<'_> {
    type Prelude = (String, usize);
    type QualifiedRule = ();
    type Error = ();

    fn parse_prelude(&mut self, input: &mut Parser<'i>) -> Result<(String, usize), ParseError<()>> {
        let start = input.position();
        while input.next().is_ok() {}
        Ok((
            input.slice_from(start).trim().to_owned(),
            self.base + start.byte_index(),
        ))
    }

    fn parse_block(
        &mut self,
        (selectors, at): (String, usize),
        _: &ParserState,
        input: &mut Parser<'i>,
    ) -> Result<(), ParseError<()>> {
        let declarations = body(input, self.base);
        self.out.rules.push(StyleRule {
            selectors,
            at,
            declarations,
            media: self.media.clone(),
        });
        Ok(())
    }
}

struct Declarations {
    base: usize,
}

impl<'i> DeclarationParser<'i> for Declarations {
    type Declaration = Declaration;
    type Error = ();

    fn parse_value(
        &mut self,
        name: CowRcStr<'i>,
        input: &mut Parser<'i>,
        start: &ParserState,
    ) -> Result<Declaration, ParseError<()>> {
        let value_start = input.position();
        // Blocks are skipped whole by `next`, so the slice runs to the declaration's end.
        while input.next_including_whitespace().is_ok() {}
        let raw = input.slice_from(value_start).trim();
        let (value, important) = split_important(raw);
        let value = value.to_owned();
        let name = if name.starts_with("--") {
            name.to_string()
        } else {
            name.to_ascii_lowercase()
        };
        let end = input.position().byte_index();
        Ok(Declaration {
            name,
            value,
            important,
            range: self.base + start.position().byte_index()..self.base + end,
        })
    }
}

impl<'i> AtRuleParser<'i> for Declarations {
    type Prelude = ();
    type AtRule = Declaration;
    type Error = ();
}

impl<'i> QualifiedRuleParser<'i> for Declarations {
    type Prelude = ();
    type QualifiedRule = Declaration;
    type Error = ();
}

impl<'i> RuleBodyItemParser<'i, Declaration, ()> for Declarations {
    fn parse_declarations(&self) -> bool {
        true
    }
    fn parse_qualified(&self) -> bool {
        false
    }
}

/// `red !important` → (`red`, true). The tokens are already known to be a declaration's, so
/// the flag is the last `!` followed by the word `important`.
fn split_important(raw: &str) -> (&str, bool) {
    if let Some(bang) = raw.rfind('!') {
        let after = raw[bang + 1..].trim();
        if after.eq_ignore_ascii_case("important") {
            return (raw[..bang].trim_end(), true);
        }
    }
    (raw, false)
}

fn import_url(text: &str) -> String {
    let mut parser = Parser::new(text);
    parser
        .expect_url_or_string()
        .map(|u| u.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_declarations_and_media() {
        let css = ":root { --text: #111; }\n@media (prefers-color-scheme: dark) {\n  body { color: var(--text) !important; background: #000 }\n}\n@font-face { font-family: x }";
        let parsed = stylesheet(css, 10);
        assert_eq!(parsed.rules.len(), 2);
        let body = &parsed.rules[1];
        assert_eq!(body.selectors, "body");
        assert_eq!(body.media, vec!["(prefers-color-scheme: dark)".to_owned()]);
        let color = &body.declarations[0];
        assert_eq!(
            (color.name.as_str(), color.value.as_str(), color.important),
            ("color", "var(--text)", true)
        );
        assert_eq!(
            &css[color.range.start - 10..color.range.start - 10 + 5],
            "color"
        );
        assert_eq!(parsed.rules[0].declarations[0].name, "--text");
    }

    #[test]
    fn style_attributes() {
        let d = declarations("color: red; line-height: 1 !important");
        assert_eq!(d.len(), 2);
        assert!(d[1].important);
    }
}
