//! Markdown events (pulldown-cmark, with byte offsets) to a small tree of [`Node`]s.
//!
//! This step knows Markdown, not easy read: it keeps what the author wrote, with spans, and
//! reports what easyguide refuses (raw HTML, unsafe links, pictures without descriptions).
//! The easy-read conventions are applied to the tree afterwards, in `blocks`.

use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, OffsetIter, Options, Parser, Tag,
    TagEnd,
};

use super::links;
use super::nesting::{self, Bounded};
use crate::diag::{Diagnostic, FileId};
use crate::document::{Inline, Link, Picture, Text};

/// A Markdown block as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A paragraph (or the text of a tight list item).
    Paragraph(Vec<Inline>, Range<usize>),
    /// A heading with its level (1-6) and `{#id}` if given.
    Heading(u8, Option<String>, Vec<Inline>, Range<usize>),
    /// A block quote, with its GitHub alert kind when it has one.
    Quote(Option<BlockQuoteKind>, Vec<Node>, Range<usize>),
    /// A list: first number for ordered lists, and each item's blocks.
    List(Option<u64>, Vec<Vec<Node>>, Range<usize>),
    /// A table: header cells and rows of cells.
    Table(Vec<Cell>, Vec<Vec<Cell>>, Range<usize>),
    /// A fenced or indented code block.
    Code(String, Range<usize>),
    /// A thematic break.
    Rule(Range<usize>),
}

/// A table cell's content and span.
pub type Cell = (Vec<Inline>, Range<usize>);

/// The parser options easyguide uses: CommonMark plus tables, GitHub alerts, heading ids and
/// typographic quotes. Nothing that makes output depend on raw HTML. Strikethrough, footnotes
/// and task lists are read only to be refused with a warning at their place (an easy-read
/// page shows none of them), instead of reaching the reader as `~~`, `[^1]` and `[ ]`.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_GFM
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
}

/// What a guide's pictures may refer to: the files in its `images/` folder.
pub struct Context<'a> {
    /// The Markdown file.
    pub file: FileId,
    /// Where the Markdown body starts in the file.
    pub base: usize,
    /// Files in the guide folder's `images/`, relative to the guide folder.
    pub pictures: &'a [String],
}

/// Parses `body` (which starts at `ctx.base` in the file) into nodes.
/// Containers nested deeper than [`crate::document::MAX_NESTING`] are left out with one
/// `too-deep` error, so the tree (and every walk over it) has a bounded depth.
pub fn parse(body: &str, ctx: &Context) -> (Vec<Node>, Vec<Diagnostic>) {
    let too_deep = std::cell::Cell::new(None);
    let events = Parser::new_ext(body, options()).into_offset_iter();
    let mut builder = Builder {
        events: Bounded::new(events, &too_deep).peekable(),
        body,
        ctx,
        diagnostics: Vec::new(),
        inline_end: 0,
    };
    let nodes = builder.blocks();
    let mut diagnostics = builder.diagnostics;
    if let Some(at) = too_deep.get() {
        diagnostics.push(nesting::too_deep(ctx.file, ctx.base + at, &body[at..]));
    }
    (nodes, diagnostics)
}

struct Builder<'t, 'c> {
    events: Peekable<Bounded<'c, OffsetIter<'t>>>,
    body: &'t str,
    ctx: &'c Context<'c>,
    diagnostics: Vec<Diagnostic>,
    /// Where the last inline event read ends (a tight list item's text has no container
    /// of its own to give its span).
    inline_end: usize,
}

fn is_inline(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::FootnoteReference(_)
        | Event::TaskListMarker(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Superscript
                | Tag::Subscript
        ),
        _ => false,
    }
}

impl Builder<'_, '_> {
    /// A range of the body as a range of the file, without trailing white space (so a
    /// caret under a paragraph stays on its lines).
    fn span(&self, range: Range<usize>) -> Range<usize> {
        let trimmed = self
            .body
            .get(range.clone())
            .map_or(0, |t| t.len() - t.trim_end().len());
        let end = range.end.saturating_sub(trimmed).max(range.start);
        self.ctx.base + range.start..self.ctx.base + end
    }

    /// Blocks until the end of the enclosing container (its `End` is left for the caller).
    fn blocks(&mut self) -> Vec<Node> {
        let mut nodes = Vec::new();
        while let Some((event, range)) = self.events.peek().cloned() {
            if matches!(event, Event::End(_)) {
                break;
            }
            if is_inline(&event) {
                // Tight list items hold inline events without a paragraph around them.
                let inlines = self.inlines();
                let end = self.inline_end.max(range.end);
                nodes.push(Node::Paragraph(inlines, self.span(range.start..end)));
                continue;
            }
            self.events.next();
            if let Some(node) = self.block(event, range) {
                nodes.push(node);
            }
        }
        nodes
    }

    fn block(&mut self, event: Event<'_>, range: Range<usize>) -> Option<Node> {
        let span = self.span(range);
        match event {
            Event::Start(Tag::Paragraph) => {
                let inlines = self.inlines();
                self.end();
                Some(Node::Paragraph(inlines, span))
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                let inlines = self.inlines();
                self.end();
                Some(Node::Heading(
                    heading_level(level),
                    id.map(|i| i.to_string()),
                    inlines,
                    span,
                ))
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                let children = self.blocks();
                self.end();
                Some(Node::Quote(kind, children, span))
            }
            Event::Start(Tag::List(start)) => Some(self.list(start, span)),
            Event::Start(Tag::Table(_)) => Some(self.table(span)),
            Event::Start(Tag::CodeBlock(kind)) => Some(self.code(kind, span)),
            Event::Start(Tag::HtmlBlock) => {
                self.raw_html_block(span);
                None
            }
            Event::Rule => Some(Node::Rule(span)),
            Event::Start(Tag::FootnoteDefinition(_)) => {
                self.skip_container();
                self.diagnostics.push(unsupported(
                    self.ctx.file,
                    span,
                    Unsupported::FootnoteDefinition,
                ));
                None
            }
            Event::Start(_) => {
                // Only reachable with parser options easyguide does not enable.
                self.skip_container();
                None
            }
            _ => None,
        }
    }

    /// Consumes the `End` event the caller expects next.
    fn end(&mut self) {
        if let Some((Event::End(_), _)) = self.events.peek() {
            self.events.next();
        }
    }

    fn skip_container(&mut self) {
        let mut depth = 1;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
    }

    fn list(&mut self, start: Option<u64>, span: Range<usize>) -> Node {
        let mut items = Vec::new();
        while let Some((Event::Start(Tag::Item), _)) = self.events.peek() {
            self.events.next();
            items.push(self.blocks());
            self.end();
        }
        self.end();
        Node::List(start, items, span)
    }

    fn table(&mut self, span: Range<usize>) -> Node {
        let mut head = Vec::new();
        let mut rows = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead) => head = self.cells(),
                Event::Start(Tag::TableRow) => rows.push(self.cells()),
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        Node::Table(head, rows, span)
    }

    fn cells(&mut self) -> Vec<Cell> {
        let mut cells = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableCell) => {
                    let inlines = self.inlines();
                    self.end();
                    cells.push((inlines, self.span(range)));
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        cells
    }

    fn code(&mut self, _kind: CodeBlockKind<'_>, span: Range<usize>) -> Node {
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(_) => break,
                _ => {}
            }
        }
        Node::Code(text, span)
    }

    fn raw_html_block(&mut self, span: Range<usize>) {
        let mut html = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Html(t) => html.push_str(&t),
                Event::End(_) => break,
                _ => {}
            }
        }
        if !is_comment(&html) {
            self.diagnostics.push(raw_html(self.ctx.file, span, &html));
        }
    }

    /// Inline content until the next event that is not inline (usually the container's `End`).
    fn inlines(&mut self) -> Vec<Inline> {
        let mut out: Vec<Inline> = Vec::new();
        while let Some((event, _)) = self.events.peek() {
            if !is_inline(event) {
                break;
            }
            let (event, range) = self.events.next().expect("peeked");
            self.inline_end = range.end;
            self.inline(event, range, &mut out);
        }
        out
    }

    fn inline(&mut self, event: Event<'_>, range: Range<usize>, out: &mut Vec<Inline>) {
        let span = self.span(range);
        let inline = match event {
            Event::Text(t) => Inline::Text(t.to_string()),
            Event::Code(t) => Inline::Code(t.to_string()),
            Event::SoftBreak => Inline::SoftBreak,
            Event::HardBreak => Inline::LineBreak,
            Event::InlineHtml(html) => {
                if !is_comment(&html) {
                    self.diagnostics.push(raw_html(self.ctx.file, span, &html));
                }
                return;
            }
            Event::Start(Tag::Strong) => Inline::Strong(self.inline_children()),
            Event::Start(Tag::Emphasis) => Inline::Emphasis(self.inline_children()),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let children = self.inline_children();
                match links::classify(&dest_url) {
                    Ok(target) => Inline::Link(Link {
                        target,
                        children,
                        span,
                    }),
                    Err(problem) => {
                        self.diagnostics
                            .push(problem.diagnostic(self.ctx.file, span));
                        // Keep the words so the reader loses nothing while the link is fixed.
                        children.into_iter().for_each(|c| push_merged(out, c));
                        return;
                    }
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => match self.picture(dest_url, span) {
                Some(picture) => Inline::Picture(picture),
                None => return,
            },
            Event::Start(Tag::Strikethrough) => {
                self.diagnostics
                    .push(unsupported(self.ctx.file, span, Unsupported::Strikethrough));
                // The words stay, not crossed out, until the author rewrites them.
                self.inline_children()
                    .into_iter()
                    .for_each(|c| push_merged(out, c));
                return;
            }
            Event::FootnoteReference(_) => {
                self.diagnostics.push(unsupported(
                    self.ctx.file,
                    span,
                    Unsupported::FootnoteReference,
                ));
                return;
            }
            Event::TaskListMarker(_) => {
                self.diagnostics
                    .push(unsupported(self.ctx.file, span, Unsupported::TaskList));
                return;
            }
            Event::Start(_) => {
                // Only reachable with parser options easyguide does not enable: keep the words.
                self.inline_children()
                    .into_iter()
                    .for_each(|c| push_merged(out, c));
                return;
            }
            _ => return,
        };
        push_merged(out, inline);
    }

    fn inline_children(&mut self) -> Vec<Inline> {
        let children = self.inlines();
        self.end();
        children
    }

    fn picture(&mut self, dest: CowStr<'_>, span: Range<usize>) -> Option<Picture> {
        let alt_inlines = self.inline_children();
        let alt = Text::plain(plain(&alt_inlines).trim(), span.clone());
        if alt.is_blank() {
            self.diagnostics.push(
                Diagnostic::error("missing-alt", "this picture has no description")
                    .at(self.ctx.file, span.clone())
                    .label("the words between [ and ] are empty")
                    .note("people who cannot see the picture hear or read this description instead")
                    .help("say what the picture shows and why it matters, e.g. ![A phone showing the app store](images/app-store.svg)"),
            );
        }
        match links::picture_path(&dest, self.ctx.pictures) {
            Ok(src) => Some(Picture { src, alt, span }),
            Err(problem) => {
                self.diagnostics
                    .push(problem.diagnostic(self.ctx.file, span));
                None
            }
        }
    }
}

fn push_merged(out: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(last)), Inline::Text(next)) = (out.last_mut(), &inline) {
        last.push_str(next);
    } else {
        out.push(inline);
    }
}

fn plain(inlines: &[Inline]) -> String {
    Text {
        inlines: inlines.to_vec(),
        span: 0..0,
        file: None,
        piece: 0,
    }
    .to_plain()
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn is_comment(html: &str) -> bool {
    let t = html.trim();
    t.starts_with("<!--") && t.ends_with("-->")
}

/// Markdown that GitHub shows but an easy-read page does not.
#[derive(Clone, Copy)]
enum Unsupported {
    Strikethrough,
    FootnoteReference,
    FootnoteDefinition,
    TaskList,
}

fn unsupported(file: FileId, span: Range<usize>, what: Unsupported) -> Diagnostic {
    let (message, label, note, help) = match what {
        Unsupported::Strikethrough => (
            "crossed-out words (~~like this~~) are not shown crossed out",
            "shown as plain words",
            "a line through words is hard to see, and screen readers do not say it",
            "write only what is true now, and remove the ~~ and the old words",
        ),
        Unsupported::FootnoteReference => (
            "footnotes are not shown",
            "this footnote mark is left out",
            "readers would have to jump to the end of the page and back",
            "put the footnote's words in the sentence, or in a > [!NOTE] box next to it",
        ),
        Unsupported::FootnoteDefinition => (
            "footnotes are not shown",
            "this footnote's words are left out of the page",
            "readers would have to jump to the end of the page and back",
            "put the footnote's words in the sentence, or in a > [!NOTE] box next to it",
        ),
        Unsupported::TaskList => (
            "tick boxes in a list ([ ] and [x]) are not shown",
            "this box is left out; the item is shown as a plain list item",
            "a box on a page cannot be ticked, and some screen readers read it out as brackets",
            "write a plain list (- item), or steps if the order matters",
        ),
    };
    Diagnostic::warning("unsupported-markdown", message)
        .at(file, span)
        .label(label)
        .note(note)
        .help(help)
}

/// The first tag of some HTML, whole, for naming it in a message (never half a tag): the
/// tag as written when it is short, else its name (`<div …>`); `…` marks anything after it.
fn first_tag(html: &str) -> String {
    let html = html.trim();
    let end = html.find('>').map(|i| i + 1);
    let (tag, rest) = match end {
        Some(end) if html[..end].chars().count() <= 60 => (html[..end].to_owned(), &html[end..]),
        _ if html.starts_with('<') => {
            let name: String = html[1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '/' || *c == '!' || *c == '-')
                .take(20)
                .collect();
            (format!("<{name} …>"), "")
        }
        _ => (html.chars().take(40).collect(), &html[html.len().min(40)..]),
    };
    match rest.trim().is_empty() {
        true => tag,
        false => format!("{tag}…"),
    }
}

fn raw_html(file: FileId, span: Range<usize>, html: &str) -> Diagnostic {
    let shown = first_tag(html);
    Diagnostic::warning("raw-html", "HTML in a guide is left out of the page")
        .at(file, span)
        .label(format!("`{shown}` is not published"))
        .note("raw HTML can break the page for screen readers, translations and offline copies")
        .help("use the Markdown conventions in the README instead (steps, callouts, do and don't lists)")
}

#[cfg(test)]
mod tests {
    use super::first_tag;

    #[test]
    fn a_message_names_the_first_tag_whole() {
        assert_eq!(first_tag("<br>"), "<br>");
        assert_eq!(
            first_tag("<div class=\"box\">\n<p>Hi</p>\n</div>\n"),
            "<div class=\"box\">…"
        );
        let long = format!("<img alt=\"{}\" src=\"a.png\">", "x".repeat(80));
        assert_eq!(first_tag(&long), "<img …>");
        assert_eq!(first_tag("<!-- a note -->"), "<!-- a note -->");
    }
}
