//! A guide piece as a translator sees it, and back.
//!
//! Takes a [`Text`] and produces the value of its Fluent message: the piece's inline Markdown
//! (`**bold**`, `` `code` ``, `[words](…)`) with each link's address replaced by a Fluent
//! variable, so a translator moves the link's words but never has to copy (or can break) the
//! address: `Go to [111.nhs.uk]({ $link1 }) on your phone.`
//!
//! Going back, a translated Fluent pattern is read with fluent-syntax's AST and
//! pulldown-cmark's inline parser into [`Inline`]s whose links point where the source's links
//! point. Anything that looks like HTML stays text (the renderer escapes it), and a
//! translation that drops a link, invents one or uses a variable the source does not have is
//! a [`Problem`], so the caller can report it and show the source piece instead.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::unicode::unescape_unicode_to_string;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::document::{Inline, Link, MAX_NESTING, Picture, Text};

// The limit is written into a message below.
const _: () = assert!(MAX_NESTING == 32);
use crate::parse::markdown::options;

/// Stands in for a variable while pulldown-cmark reads a translation: a private-use
/// character no translator types, so a variable can never be confused with words.
const MARK: char = '\u{E000}';

/// The Fluent source of a piece's message value (what follows `id = `), on one line unless the
/// piece has a forced line break.
pub fn source_form(text: &Text) -> String {
    let mut writer = FormWriter::default();
    writer.inlines(&text.inlines);
    writer.out.trim().to_owned()
}

#[derive(Default)]
struct FormWriter {
    out: String,
    links: usize,
    pictures: usize,
}

impl FormWriter {
    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.text(t),
                Inline::Strong(c) => self.wrap("**", c),
                Inline::Emphasis(c) => self.wrap("*", c),
                Inline::Code(code) => self.code(code),
                Inline::Link(link) => {
                    self.links += 1;
                    self.out.push('[');
                    self.inlines(&link.children);
                    self.out.push_str(&format!("]({{ $link{} }})", self.links));
                }
                Inline::Picture(p) => {
                    self.pictures += 1;
                    self.out.push_str("![");
                    self.text(&p.alt.to_plain());
                    self.out
                        .push_str(&format!("]({{ $picture{} }})", self.pictures));
                }
                Inline::SoftBreak => self.out.push(' '),
                // A backslash at the end of a line is Markdown's forced line break; Fluent
                // keeps the line break in a multi-line value.
                Inline::LineBreak => self.out.push_str("\\\n"),
            }
        }
    }

    fn wrap(&mut self, mark: &str, children: &[Inline]) {
        self.out.push_str(mark);
        self.inlines(children);
        self.out.push_str(mark);
    }

    fn code(&mut self, code: &str) {
        let fence = if code.contains('`') { "``" } else { "`" };
        let pad = if code.starts_with('`') || code.ends_with('`') {
            " "
        } else {
            ""
        };
        for part in [fence, pad, code, pad, fence] {
            self.fluent_text(part);
        }
    }

    /// Words: Markdown's own characters get a backslash, Fluent's braces become literals.
    fn text(&mut self, text: &str) {
        let mut escaped = String::with_capacity(text.len());
        for c in text.chars() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&') {
                escaped.push('\\');
            }
            escaped.push(c);
        }
        self.fluent_text(&escaped);
    }

    fn fluent_text(&mut self, text: &str) {
        for c in text.chars() {
            let line_start = self.out.ends_with('\n');
            match c {
                '{' | '}' => self.out.push_str(&format!("{{ \"{c}\" }}")),
                // Fluent reads these at the start of a continuation line as syntax.
                '[' | '*' | '.' if line_start => self.out.push_str(&format!("{{ \"{c}\" }}")),
                _ => self.out.push(c),
            }
        }
    }
}

/// Why a translation cannot be shown as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `{ $name }` where the source piece has no such link or picture.
    UnknownVariable(String),
    /// A link of the source that the translation does not have.
    MissingLink(usize),
    /// A picture of the source that the translation does not have.
    MissingPicture(usize),
    /// A link to an address written into the translation instead of `{ $linkN }`.
    NewLink(String),
    /// `{ $link1 }` used as words rather than as a link's address.
    VariableAsWords(String),
    /// A Fluent feature guide pieces do not use (a selector, a function, a term).
    Unsupported(&'static str),
    /// The message has no value.
    Empty,
}

impl Problem {
    /// What is wrong, in one sentence for the translator.
    pub fn message(&self) -> String {
        match self {
            Problem::UnknownVariable(name) => {
                format!("the English has no `{{ ${name} }}`, so this translation is not used")
            }
            Problem::MissingLink(n) => {
                format!("the link `{{ $link{n} }}` is missing, so this translation is not used")
            }
            Problem::MissingPicture(n) => format!(
                "the picture `{{ $picture{n} }}` is missing, so this translation is not used"
            ),
            Problem::NewLink(url) => format!(
                "the link to `{url}` is not in the English, so this translation is not used"
            ),
            Problem::VariableAsWords(name) => {
                format!("`{{ ${name} }}` must be a link's address, written [words]({{ ${name} }})")
            }
            Problem::Unsupported(what) => {
                format!("guide texts cannot use {what}, so this translation is not used")
            }
            Problem::Empty => "this message has no words".into(),
        }
    }
}

/// Reads a translated pattern into inlines, with links and pictures taken from `source`.
pub fn translate(pattern: &Pattern<&str>, source: &Text) -> Result<Vec<Inline>, Problem> {
    let markdown = markdown_of(pattern)?;
    let links = source_links(&source.inlines);
    let pictures = source_pictures(&source.inlines);
    let mut reader = Reader {
        links: &links,
        pictures: &pictures,
        used_links: vec![false; links.len()],
        used_pictures: vec![false; pictures.len()],
        problem: None,
    };
    let inlines = reader.read(&block_safe(&markdown));
    if let Some(problem) = reader.problem {
        return Err(problem);
    }
    if let Some(n) = reader.used_links.iter().position(|u| !u) {
        return Err(Problem::MissingLink(n + 1));
    }
    if let Some(n) = reader.used_pictures.iter().position(|u| !u) {
        return Err(Problem::MissingPicture(n + 1));
    }
    if inlines.is_empty() {
        return Err(Problem::Empty);
    }
    Ok(inlines)
}

/// The first HTML tag a translator typed into a message (`<b>`, `<script>`): the page shows
/// it as the characters typed, which is safe but rarely what the translator meant.
pub fn typed_html(pattern: &Pattern<&str>) -> Option<String> {
    let markdown = markdown_of(pattern).ok()?;
    Parser::new_ext(&block_safe(&markdown), options()).find_map(|event| match event {
        Event::Html(t) | Event::InlineHtml(t) => Some(t.trim().to_owned()),
        _ => None,
    })
}

/// The pattern as Markdown, variables replaced by marks the reader recognises.
fn markdown_of(pattern: &Pattern<&str>) -> Result<String, Problem> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.push(MARK);
                    out.push_str(id.name);
                    out.push(MARK);
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(&unescape_unicode_to_string(value))
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    out.push_str(value)
                }
                Expression::Select { .. } => return Err(Problem::Unsupported("a selector")),
                Expression::Inline(InlineExpression::Placeable { .. }) => {
                    return Err(Problem::Unsupported("nested braces"));
                }
                Expression::Inline(InlineExpression::FunctionReference { .. }) => {
                    return Err(Problem::Unsupported("a function"));
                }
                Expression::Inline(
                    InlineExpression::MessageReference { .. }
                    | InlineExpression::TermReference { .. },
                ) => return Err(Problem::Unsupported("a reference to another message")),
            },
        }
    }
    // A translator may wrap a long message over lines; only a backslash at a line's end
    // means a line break in the page.
    Ok(join_lines(&out))
}

fn join_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(if out.ends_with('\\') { '\n' } else { ' ' });
        }
        out.push_str(line.trim());
    }
    out.trim().to_owned()
}

/// A translation is one piece of inline text: a leading `#`, `-`, `>` or `1.` must not turn
/// it into a heading, list or quote, so such a start is escaped.
fn block_safe(markdown: &str) -> String {
    let first_is_paragraph = Parser::new_ext(markdown, options())
        .next()
        .is_some_and(|e| matches!(e, Event::Start(Tag::Paragraph)));
    if first_is_paragraph || markdown.is_empty() {
        return markdown.to_owned();
    }
    let digits = markdown.bytes().take_while(u8::is_ascii_digit).count();
    let at = if digits > 0 { digits } else { 0 };
    let mut out = markdown.to_owned();
    if out[at..].starts_with(|c: char| c.is_ascii_punctuation()) {
        out.insert(at, '\\');
    }
    out
}

struct Reader<'s> {
    links: &'s [&'s Link],
    pictures: &'s [&'s Picture],
    used_links: Vec<bool>,
    used_pictures: Vec<bool>,
    problem: Option<Problem>,
}

/// An open inline element while reading events.
enum Frame {
    Root,
    Strong,
    Emphasis,
    Link(String),
    Picture(String),
    Other,
}

impl Reader<'_> {
    fn read(&mut self, markdown: &str) -> Vec<Inline> {
        let mut stack: Vec<(Frame, Vec<Inline>)> = vec![(Frame::Root, Vec::new())];
        for event in Parser::new_ext(markdown, options()) {
            self.event(event, &mut stack);
        }
        while stack.len() > 1 {
            self.close(&mut stack);
        }
        let mut inlines = stack.pop().map(|(_, i)| i).unwrap_or_default();
        while matches!(inlines.last(), Some(Inline::SoftBreak)) {
            inlines.pop();
        }
        inlines
    }

    fn event(&mut self, event: Event<'_>, stack: &mut Vec<(Frame, Vec<Inline>)>) {
        let frame = match event {
            Event::Start(Tag::Strong) => Frame::Strong,
            Event::Start(Tag::Emphasis) => Frame::Emphasis,
            Event::Start(Tag::Link { dest_url, .. }) => Frame::Link(dest_url.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => Frame::Picture(dest_url.to_string()),
            Event::Start(Tag::Paragraph) => return,
            Event::Start(_) => Frame::Other,
            Event::End(TagEnd::Paragraph) => return push(stack, Inline::SoftBreak),
            Event::End(_) => return self.close(stack),
            Event::Text(t) => return self.words(&t, stack),
            // Markup a translator typed is shown as the characters they typed.
            Event::Html(t) | Event::InlineHtml(t) => {
                return push(stack, Inline::Text(t.to_string()));
            }
            Event::Code(t) => return push(stack, Inline::Code(t.to_string())),
            Event::SoftBreak => return push(stack, Inline::Text(" ".into())),
            Event::HardBreak => return push(stack, Inline::LineBreak),
            _ => return,
        };
        // Past the bound every later walk relies on, the frame only collects words.
        if stack.len() > MAX_NESTING {
            self.problem.get_or_insert(Problem::Unsupported(
                "markup nested more than 32 levels deep",
            ));
            return stack.push((Frame::Other, Vec::new()));
        }
        stack.push((frame, Vec::new()));
    }

    fn close(&mut self, stack: &mut Vec<(Frame, Vec<Inline>)>) {
        if stack.len() < 2 {
            return;
        }
        let (frame, children) = stack.pop().expect("checked");
        let inline = match frame {
            Frame::Strong => Inline::Strong(children),
            Frame::Emphasis => Inline::Emphasis(children),
            Frame::Link(dest) => match self.variable(&dest, "link", self.links.len()) {
                Some(n) => {
                    self.used_links[n] = true;
                    let source = self.links[n];
                    Inline::Link(Link {
                        target: source.target.clone(),
                        children,
                        span: source.span.clone(),
                    })
                }
                None => return children.into_iter().for_each(|c| push(stack, c)),
            },
            Frame::Picture(dest) => match self.variable(&dest, "picture", self.pictures.len()) {
                Some(n) => {
                    self.used_pictures[n] = true;
                    let source = self.pictures[n];
                    let alt = Text {
                        inlines: children,
                        ..source.alt.clone()
                    };
                    Inline::Picture(Picture {
                        alt: Text::plain(alt.to_plain(), source.alt.span.clone()),
                        ..source.clone()
                    })
                }
                None => return,
            },
            Frame::Root | Frame::Other => {
                for child in children {
                    push(stack, child);
                }
                return;
            }
        };
        push(stack, inline);
    }

    /// The 0-based index `n` of `{ $<kind>N }` written as an address, if it is one the
    /// source has; anything else is recorded as a problem.
    fn variable(&mut self, dest: &str, kind: &str, count: usize) -> Option<usize> {
        let Some(name) = dest.strip_prefix(MARK).and_then(|d| d.strip_suffix(MARK)) else {
            self.problem
                .get_or_insert_with(|| Problem::NewLink(dest.to_owned()));
            return None;
        };
        let n = name
            .strip_prefix(kind)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| (1..=count).contains(n));
        if n.is_none() {
            self.problem
                .get_or_insert_with(|| Problem::UnknownVariable(name.to_owned()));
        }
        n.map(|n| n - 1)
    }

    fn words(&mut self, text: &str, stack: &mut [(Frame, Vec<Inline>)]) {
        if let Some(name) = text.split(MARK).nth(1) {
            let known = [("link", self.links.len()), ("picture", self.pictures.len())]
                .iter()
                .any(|(kind, count)| {
                    name.strip_prefix(kind)
                        .and_then(|n| n.parse::<usize>().ok())
                        .is_some_and(|n| (1..=*count).contains(&n))
                });
            let problem = if known {
                Problem::VariableAsWords(name.to_owned())
            } else {
                Problem::UnknownVariable(name.to_owned())
            };
            self.problem.get_or_insert(problem);
        }
        push(stack, Inline::Text(text.replace(MARK, "")));
    }
}

fn push(stack: &mut [(Frame, Vec<Inline>)], inline: Inline) {
    let out = &mut stack.last_mut().expect("root").1;
    if let (Some(Inline::Text(last)), Inline::Text(next)) = (out.last_mut(), &inline) {
        last.push_str(next);
    } else {
        out.push(inline);
    }
}

fn source_links(inlines: &[Inline]) -> Vec<&Link> {
    collect(inlines, |i| match i {
        Inline::Link(l) => Some(l),
        _ => None,
    })
}

fn source_pictures(inlines: &[Inline]) -> Vec<&Picture> {
    collect(inlines, |i| match i {
        Inline::Picture(p) => Some(p),
        _ => None,
    })
}

/// The items `pick` finds among `inlines`, in the order [`source_form`] numbers them.
fn collect<'a, T>(inlines: &'a [Inline], pick: impl Fn(&'a Inline) -> Option<&'a T>) -> Vec<&'a T> {
    let mut out = Vec::new();
    walk(inlines, &mut |i| out.extend(pick(i)));
    out
}

/// Calls `f` on every inline in the order [`source_form`] numbers links and pictures.
fn walk<'a>(inlines: &'a [Inline], f: &mut impl FnMut(&'a Inline)) {
    for inline in inlines {
        f(inline);
        match inline {
            Inline::Strong(c) | Inline::Emphasis(c) => walk(c, f),
            Inline::Link(l) => walk(&l.children, f),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Target;

    fn source() -> Text {
        let link = Link {
            target: Target::External("https://111.nhs.uk/".into()),
            children: vec![Inline::Text("111.nhs.uk".into())],
            span: 5..30,
        };
        Text {
            inlines: vec![
                Inline::Strong(vec![Inline::Text("Go".into())]),
                Inline::Text(" to ".into()),
                Inline::Link(link),
                Inline::Text(" and type ".into()),
                Inline::Code("{111}".into()),
                Inline::SoftBreak,
                Inline::Text("a*b".into()),
            ],
            span: 0..40,
            file: None,
            piece: 0,
        }
    }

    fn read(value: &str, source: &Text) -> Result<Vec<Inline>, Problem> {
        let text = format!("x = {}\n", value.replace('\n', "\n    "));
        let resource = fluent_syntax::parser::parse(text.as_str()).expect("valid");
        let Some(fluent_syntax::ast::Entry::Message(m)) = resource.body.first() else {
            panic!("no message")
        };
        translate(m.value.as_ref().expect("value"), source)
    }

    #[test]
    fn a_piece_becomes_markdown_with_link_variables_and_escaped_braces() {
        assert_eq!(
            source_form(&source()),
            "**Go** to [111.nhs.uk]({ $link1 }) and type `{ \"{\" }111{ \"}\" }` a\\*b"
        );
    }

    #[test]
    fn a_translation_keeps_the_source_links_and_its_own_words() {
        let inlines = read("**Ewch** i [111.nhs.uk]({ $link1 }) a `111`", &source()).unwrap();
        assert_eq!(
            inlines[0],
            Inline::Strong(vec![Inline::Text("Ewch".into())])
        );
        let Inline::Link(link) = &inlines[2] else {
            panic!("{inlines:?}")
        };
        assert_eq!(link.target, Target::External("https://111.nhs.uk/".into()));
        assert_eq!(inlines[4], Inline::Code("111".into()));
    }

    #[test]
    fn the_source_form_reads_back_as_the_source() {
        let inlines = read(&source_form(&source()), &source()).unwrap();
        let text = Text {
            inlines,
            ..source()
        };
        assert_eq!(text.to_plain(), "Go to 111.nhs.uk and type {111} a*b");
    }

    #[test]
    fn a_translation_is_never_a_heading_list_or_html() {
        let plain = Text::plain("x", 0..1);
        for value in [
            "1. krok",
            "# Nagłówek",
            "- punkt",
            "> cytat",
            "<script>alert(1)</script>",
        ] {
            let inlines = read(value, &plain).unwrap();
            assert_eq!(inlines, [Inline::Text(value.into())], "{value}");
        }
    }

    #[test]
    fn links_must_match_the_source() {
        let s = source();
        assert_eq!(read("Ewch i 111.nhs.uk", &s), Err(Problem::MissingLink(1)));
        assert_eq!(
            read("[x](https://evil.example/) [y]({ $link1 })", &s),
            Err(Problem::NewLink("https://evil.example/".into()))
        );
        assert_eq!(
            read("[y]({ $link2 })", &s),
            Err(Problem::UnknownVariable("link2".into()))
        );
        assert_eq!(
            read("{ $link1 }", &s),
            Err(Problem::VariableAsWords("link1".into()))
        );
        assert_eq!(
            read("{ $n ->\n   *[other] x\n}", &s),
            Err(Problem::Unsupported("a selector"))
        );
    }
}
