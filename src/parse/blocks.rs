//! The easy-read conventions: Markdown [`Node`]s to [`Block`]s.
//!
//! - A paragraph that starts with a picture starts a **step**: the picture, the words after it,
//!   and every block up to the next step, heading or `---`. Steps are numbered through the guide.
//! - A bulleted list whose every item starts with a picture is a **picture list**: each item
//!   a picture beside its words, not numbered and not counted as a step.
//! - `> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` are callouts; a
//!   callout whose first line starts with a picture shows it beside its words.
//!   `> [!DO]` and `> [!DONT]` are do / don't boxes.
//! - `> [!HELPER]` is a note for the person helping the reader (a digital champion): shown
//!   in the print handouts and the JSON, never on the reader's page.
//! - `> [!ONLY wales]` (one or more nations) is a passage for readers in those nations.
//! - Headings get stable, unique ids from their words (or `{#id}`); `#` becomes `##` because
//!   the title is the page's only `h1`.

pub use crate::document::step_id;
use std::collections::BTreeSet;
use std::ops::Range;

use pulldown_cmark::BlockQuoteKind;

use super::markdown::{Cell, Node};
use super::slugify;
use crate::diag::{Diagnostic, FileId};
use crate::document::{
    Advice, AdviceKind, Alert, AlertKind, Block, Code, Heading, Inline, List, Nation, Passage,
    Picture, PictureItem, Quote, Step, Table, Text,
};

/// Ids the theme uses on every guide page, which headings must not take.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "top",
    "title",
    "summary",
    "facts",
    "you-need",
    "time",
    "steps",
    "sources",
    "languages",
    "site-header",
    "site-footer",
    "help",
];

/// Applies the conventions to a guide body.
pub fn to_blocks(nodes: Vec<Node>, file: FileId, diagnostics: &mut Vec<Diagnostic>) -> Vec<Block> {
    let mut c = Conventions { file, diagnostics };
    let mut blocks = c.body(nodes);
    number_steps(&mut blocks);
    let mut ids: BTreeSet<String> = RESERVED_IDS.iter().map(|s| (*s).to_owned()).collect();
    ids.extend(step_ids(&blocks));
    c.assign_ids(&mut blocks, &mut ids);
    blocks
}

struct Conventions<'d> {
    file: FileId,
    diagnostics: &'d mut Vec<Diagnostic>,
}

/// A step being gathered: its picture and the blocks so far.
type OpenStep = (Picture, Vec<Block>);

impl Conventions<'_> {
    fn body(&mut self, nodes: Vec<Node>) -> Vec<Block> {
        let mut out = Vec::new();
        let mut step: Option<OpenStep> = None;
        for node in nodes {
            match node {
                Node::Paragraph(inlines, span) if starts_with_picture(&inlines) => {
                    close_step(&mut out, step.take());
                    let (picture, rest) = self.split_picture(inlines, span);
                    step = Some((picture, rest.into_iter().map(Block::Paragraph).collect()));
                }
                Node::Heading(..) | Node::Rule(_) => {
                    close_step(&mut out, step.take());
                    out.extend(self.block(node));
                }
                // A picture list is never part of a step: its pictures would sit in the
                // step's text column.
                Node::List(None, ref items, _) if items.iter().all(|i| item_has_picture(i)) => {
                    close_step(&mut out, step.take());
                    out.extend(self.block(node));
                }
                other => {
                    let blocks = self.block(other);
                    match &mut step {
                        Some((_, body)) => body.extend(blocks),
                        None => out.extend(blocks),
                    }
                }
            }
        }
        close_step(&mut out, step);
        out
    }

    /// Blocks inside a list, callout or quote: pictures stay pictures, never steps.
    fn nested(&mut self, nodes: Vec<Node>) -> Vec<Block> {
        let mut out = Vec::new();
        for node in nodes {
            match node {
                Node::Paragraph(inlines, span) if starts_with_picture(&inlines) => {
                    let (picture, rest) = self.split_picture(inlines, span);
                    out.push(Block::Picture(picture));
                    out.extend(rest.map(Block::Paragraph));
                }
                other => out.extend(self.block(other)),
            }
        }
        out
    }

    fn block(&mut self, node: Node) -> Option<Block> {
        Some(match node {
            Node::Paragraph(inlines, span) => {
                let text = self.text(inlines, span)?;
                Block::Paragraph(text)
            }
            Node::Heading(level, custom_id, inlines, span) => {
                self.heading(level, custom_id, inlines, span)
            }
            Node::Quote(kind, children, span) => self.quote(kind, children, span),
            Node::List(start, items, span) => self.list(start, items, span),
            Node::Table(head, rows, span) => Block::Table(Table {
                head: head.into_iter().map(cell).collect(),
                rows: rows
                    .into_iter()
                    .map(|r| r.into_iter().map(cell).collect())
                    .collect(),
                span,
            }),
            Node::Code(text, span) => Block::Code(Code { text, span }),
            Node::Rule(span) => Block::Rule(span),
        })
    }

    /// A list; a bulleted one whose every item starts with a picture is a picture list.
    fn list(&mut self, start: Option<u64>, items: Vec<Vec<Node>>, span: Range<usize>) -> Block {
        let pictured = items.iter().filter(|i| item_has_picture(i)).count();
        if start.is_none() && pictured == items.len() && pictured > 0 {
            return Block::PictureList(items.into_iter().map(|i| self.picture_item(i)).collect());
        }
        if start.is_none() && pictured > 0 {
            let span = items
                .iter()
                .find(|i| !item_has_picture(i))
                .and_then(|i| first_span(i));
            if let Some(span) = span {
                self.diagnostics.push(
                    Diagnostic::warning("mixed-picture-list", "some items of this list have a picture and some do not")
                        .at(self.file, span)
                        .label("this item has no picture at its start")
                        .note("a list is shown with a picture beside each item only when every item has one")
                        .help("start this item with a picture too, or take the pictures out of the list"),
                );
            }
        }
        Block::List(List {
            start,
            items: items.into_iter().map(|item| self.nested(item)).collect(),
            span,
        })
    }

    /// One item of a picture list: its picture, and its words with anything after them.
    fn picture_item(&mut self, mut nodes: Vec<Node>) -> PictureItem {
        let Node::Paragraph(inlines, span) = nodes.remove(0) else {
            unreachable!("checked by item_has_picture")
        };
        let (picture, rest) = self.split_picture(inlines, span);
        let mut body: Vec<Block> = rest.into_iter().map(Block::Paragraph).collect();
        body.extend(self.nested(nodes));
        if body.is_empty() {
            self.diagnostics.push(
                Diagnostic::warning(
                    "picture-without-words",
                    "this picture list item has a picture but no words",
                )
                .at(self.file, picture.span.clone())
                .label("nothing after the picture")
                .note("the words say what the picture means; a picture alone can be read many ways")
                .help("write the item's words on the line after the picture, indented like it"),
            );
        }
        PictureItem { picture, body }
    }

    /// A callout's content; a picture at the start of its first line goes beside its words.
    fn alert(
        &mut self,
        kind: BlockQuoteKind,
        mut children: Vec<Node>,
        span: Range<usize>,
    ) -> Block {
        let mut picture = None;
        let mut body = Vec::new();
        if let Some(Node::Paragraph(inlines, _)) = children.first()
            && starts_with_picture(inlines)
        {
            let Node::Paragraph(inlines, span) = children.remove(0) else {
                unreachable!()
            };
            let (p, rest) = self.split_picture(inlines, span);
            picture = Some(p);
            body.extend(rest.map(Block::Paragraph));
        }
        body.extend(self.nested(children));
        if body.is_empty() {
            // A picture alone in a box has no words to stand beside.
            body.extend(picture.take().map(Block::Picture));
        }
        Block::Alert(Alert {
            kind: alert_kind(kind),
            picture,
            body,
            span,
        })
    }

    /// A passage for some nations: the nations named after `[!ONLY`, each checked.
    fn passage(
        &mut self,
        words: &str,
        at: usize,
        children: Vec<Node>,
        span: Range<usize>,
    ) -> Block {
        // "northern ireland" is one nation: join it as "northern-ireland" (same length, so
        // offsets still point into the file).
        let mut words = words.to_owned();
        if let Some(at) = words.to_ascii_lowercase().find("northern ireland") {
            words.replace_range(at + 8..at + 9, "-");
        }
        let mut nations = Vec::new();
        // Past a `’` (the parser's for a typed `'`, longer than it) the words' offsets are
        // no longer the file's: a word there is pointed at where the nations start.
        let known = words.find('’').unwrap_or(words.len());
        for (offset, word) in split_words(&words) {
            let span = match offset + word.len() <= known {
                true => at + offset..at + offset + word.len(),
                false => at..at,
            };
            match Nation::read(word, self.file, span) {
                Ok(nation) => nations.push(nation),
                Err(d) => self.diagnostics.push(d),
            }
        }
        if words.trim().is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    "unknown-nation",
                    "`[!ONLY]` does not say which nations the passage is for",
                )
                .at(self.file, at.saturating_sub(6)..at + 1)
                .label("no nation named")
                .help(
                    "name one or more nations, e.g. > [!ONLY wales] or > [!ONLY england scotland]",
                ),
            );
        }
        nations.sort();
        nations.dedup();
        Block::Nations(Passage {
            nations,
            body: self.nested(children),
            span,
        })
    }

    /// A paragraph's text, or `None` when nothing is left (say, only raw HTML that was dropped).
    fn text(&mut self, inlines: Vec<Inline>, span: Range<usize>) -> Option<Text> {
        let text = Text {
            inlines,
            span,
            file: None,
            piece: 0,
        };
        if text.is_blank() && !has_picture(&text.inlines) {
            return None;
        }
        if has_picture(&text.inlines) {
            self.diagnostics.push(
                Diagnostic::warning("picture-in-text", "a picture in the middle of a sentence is hard to follow")
                    .at(self.file, text.span.clone())
                    .label("this paragraph has a picture after its first words")
                    .help("put the picture at the start of its own line, so it becomes the picture of a step"),
            );
        }
        Some(text)
    }

    fn split_picture(
        &mut self,
        mut inlines: Vec<Inline>,
        span: Range<usize>,
    ) -> (Picture, Option<Text>) {
        let at = inlines
            .iter()
            .position(|i| matches!(i, Inline::Picture(_)))
            .expect("checked");
        let Inline::Picture(picture) = inlines.remove(at) else {
            unreachable!()
        };
        let rest: Vec<Inline> = inlines
            .into_iter()
            .skip_while(|i| matches!(i, Inline::SoftBreak | Inline::LineBreak) || is_space(i))
            .collect();
        let rest_span = picture.span.end.min(span.end)..span.end;
        let rest = self.text(rest, rest_span);
        (picture, rest)
    }

    fn heading(
        &mut self,
        level: u8,
        custom_id: Option<String>,
        inlines: Vec<Inline>,
        span: Range<usize>,
    ) -> Block {
        let level = if level == 1 {
            self.diagnostics.push(
                Diagnostic::warning(
                    "h1-in-body",
                    "a guide's only top-level heading is its title",
                )
                .at(self.file, span.clone())
                .label("shown as a section heading (##)")
                .note("one main heading per page helps screen reader users find their way")
                .help("start section headings with ## (two #)"),
            );
            2
        } else {
            level
        };
        Block::Heading(Heading {
            level,
            id: custom_id.unwrap_or_default(),
            text: Text {
                inlines,
                span,
                file: None,
                piece: 0,
            },
        })
    }

    fn quote(
        &mut self,
        kind: Option<BlockQuoteKind>,
        mut children: Vec<Node>,
        span: Range<usize>,
    ) -> Block {
        if let Some(kind) = kind {
            return self.alert(kind, children, span);
        }
        if let Some((words, at)) = take_only_marker(&mut children) {
            return self.passage(&words, at, children, span);
        }
        match take_marker(&mut children) {
            Some((marker, _)) if is_helper(&marker) => Block::Helper(Quote {
                body: self.nested(children),
                span,
            }),
            Some((marker, at)) => match advice_kind(&marker) {
                Some(kind) => Block::Advice(Advice {
                    kind,
                    body: self.nested(children),
                    span,
                }),
                None => {
                    self.diagnostics.push(
                        Diagnostic::warning("unknown-callout", format!("`[!{marker}]` is not a kind of callout"))
                            .at(self.file, at)
                            .label("shown as a plain quotation")
                            .help("use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION], [!DO], [!DONT], [!HELPER] or [!ONLY wales]"),
                    );
                    Block::Quote(Quote {
                        body: self.nested(children),
                        span,
                    })
                }
            },
            None => Block::Quote(Quote {
                body: self.nested(children),
                span,
            }),
        }
    }

    /// Gives every heading a unique id: its `{#id}`, else a slug of its words.
    fn assign_ids(&mut self, blocks: &mut [Block], used: &mut BTreeSet<String>) {
        for block in blocks {
            match block {
                Block::Heading(h) => {
                    let custom = !h.id.is_empty();
                    let base = if custom {
                        h.id.clone()
                    } else {
                        slugify(&h.text.to_plain())
                    };
                    let base = if base.is_empty() {
                        "section".to_owned()
                    } else {
                        base
                    };
                    let mut id = base.clone();
                    let mut n = 2;
                    while used.contains(&id) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    if custom && id != base {
                        self.diagnostics.push(
                            Diagnostic::error("duplicate-id", format!("the id `{base}` is used twice on this page"))
                                .at(self.file, h.text.span.clone())
                                .label("this {#id} is already taken")
                                .help("give this heading a different {#id}, or remove it to use the heading's words"),
                        );
                    }
                    used.insert(id.clone());
                    h.id = id;
                }
                Block::Steps(steps) => steps
                    .iter_mut()
                    .for_each(|s| self.assign_ids(&mut s.body, used)),
                Block::PictureList(items) => items
                    .iter_mut()
                    .for_each(|i| self.assign_ids(&mut i.body, used)),
                Block::List(list) => list.items.iter_mut().for_each(|i| self.assign_ids(i, used)),
                Block::Alert(Alert { body, .. })
                | Block::Advice(Advice { body, .. })
                | Block::Nations(Passage { body, .. })
                | Block::Quote(Quote { body, .. })
                | Block::Helper(Quote { body, .. }) => self.assign_ids(body, used),
                _ => {}
            }
        }
    }
}

fn cell((inlines, span): Cell) -> Text {
    Text {
        inlines,
        span,
        file: None,
        piece: 0,
    }
}

fn close_step(out: &mut Vec<Block>, step: Option<OpenStep>) {
    let Some((picture, body)) = step else { return };
    if body.is_empty() {
        out.push(Block::Picture(picture));
        return;
    }
    let step = Step {
        number: 0,
        total: 0,
        picture,
        body,
    };
    match out.last_mut() {
        Some(Block::Steps(steps)) => steps.push(step),
        _ => out.push(Block::Steps(vec![step])),
    }
}

fn number_steps(blocks: &mut [Block]) {
    let total = crate::document::steps(blocks).count();
    let mut number = 0;
    for block in blocks {
        if let Block::Steps(steps) = block {
            for step in steps {
                number += 1;
                step.number = number;
                step.total = total;
            }
        }
    }
}

/// The ids of a body's step rows, in order.
fn step_ids(blocks: &[Block]) -> Vec<String> {
    crate::document::steps(blocks)
        .map(|s| step_id(s.number))
        .collect()
}

fn is_space(inline: &Inline) -> bool {
    matches!(inline, Inline::Text(t) if t.trim().is_empty())
}

fn starts_with_picture(inlines: &[Inline]) -> bool {
    matches!(
        inlines.iter().find(|i| !is_space(i)),
        Some(Inline::Picture(_))
    )
}

/// True when a list item's first block is a paragraph starting with a picture.
fn item_has_picture(item: &[Node]) -> bool {
    matches!(item.first(), Some(Node::Paragraph(inlines, _)) if starts_with_picture(inlines))
}

fn first_span(item: &[Node]) -> Option<Range<usize>> {
    match item.first()? {
        Node::Paragraph(_, span) | Node::Heading(.., span) | Node::Quote(_, _, span) => {
            Some(span.clone())
        }
        _ => None,
    }
}

/// The words of `text` split at spaces and commas, each with its byte offset.
fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .scan(0, |offset, word| {
            let at = *offset;
            *offset += word.len() + 1;
            Some((at, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

fn has_picture(inlines: &[Inline]) -> bool {
    inlines.iter().any(|i| match i {
        Inline::Picture(_) => true,
        Inline::Strong(c) | Inline::Emphasis(c) => has_picture(c),
        Inline::Link(l) => has_picture(&l.children),
        _ => false,
    })
}

fn alert_kind(kind: BlockQuoteKind) -> AlertKind {
    match kind {
        BlockQuoteKind::Note => AlertKind::Note,
        BlockQuoteKind::Tip => AlertKind::Tip,
        BlockQuoteKind::Important => AlertKind::Important,
        BlockQuoteKind::Warning => AlertKind::Warning,
        BlockQuoteKind::Caution => AlertKind::Caution,
    }
}

/// `[!HELPER]`, in any case (`[!Helper]`, `[!helper]`).
fn is_helper(marker: &str) -> bool {
    let normal: String = marker.chars().filter(|c| c.is_alphanumeric()).collect();
    normal.eq_ignore_ascii_case("HELPER")
}

fn advice_kind(marker: &str) -> Option<AdviceKind> {
    let normal: String = marker
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    match normal.as_str() {
        "DO" => Some(AdviceKind::Do),
        "DONT" => Some(AdviceKind::Dont),
        _ => None,
    }
}

/// Removes a leading `[!ONLY nation ...]` line from a quote's first paragraph; returns the
/// words after `ONLY` and where they start in the file.
fn take_only_marker(children: &mut Vec<Node>) -> Option<(String, usize)> {
    let Some(Node::Paragraph(inlines, span)) = children.first() else {
        return None;
    };
    let Some(Inline::Text(first)) = inlines.first() else {
        return None;
    };
    let rest = first.strip_prefix("[!")?;
    let keyword = rest.get(..4)?;
    let after = rest.get(4..)?;
    if !keyword.eq_ignore_ascii_case("ONLY")
        || !(after.starts_with(char::is_whitespace) || after.starts_with(']'))
    {
        return None;
    }
    let close = after.find(']')?;
    let words = after[..close].to_owned();
    let at = span.start + 2 + 4;
    remove_marker(children, 2 + 4 + close + 1);
    Some((words, at))
}

/// Removes the first `len` bytes (a marker) of a quote's first paragraph, the line break
/// after them, and the paragraph itself when nothing is left.
fn remove_marker(children: &mut Vec<Node>, len: usize) {
    let Some(Node::Paragraph(inlines, _)) = children.first_mut() else {
        return;
    };
    let Some(Inline::Text(first)) = inlines.first_mut() else {
        return;
    };
    let after = first[len..].trim_start().to_owned();
    if after.is_empty() {
        inlines.remove(0);
        while matches!(inlines.first(), Some(Inline::SoftBreak | Inline::LineBreak)) {
            inlines.remove(0);
        }
    } else {
        *first = after;
    }
    if inlines.is_empty() {
        children.remove(0);
    }
}

/// Removes a leading `[!WORD]` line from a quote's first paragraph and returns `WORD`.
/// The `[!MARKER]` a quotation starts with, taken out of it, and where the marker is in the
/// file (it starts its first paragraph).
fn take_marker(children: &mut Vec<Node>) -> Option<(String, Range<usize>)> {
    let Some(Node::Paragraph(inlines, span)) = children.first_mut() else {
        return None;
    };
    let (start, limit) = (span.start, span.end);
    let Some(Inline::Text(first)) = inlines.first_mut() else {
        return None;
    };
    let rest = first.strip_prefix("[!")?;
    let close = rest.find(']')?;
    let marker = rest[..close].to_owned();
    if marker.is_empty()
        || !marker
            .chars()
            .all(|c| c.is_alphabetic() || "'’".contains(c))
    {
        return None;
    }
    remove_marker(children, 2 + close + 1);
    // The words are as the parser gives them, with `'` already turned into `’` (three bytes
    // for one in the file), so up to a `’` the marker's length in the file is known, and past
    // it not: point at the part that is certain. Found by fuzzing (`>[!nohelp']`).
    let known = match marker.find('’') {
        None => 2 + close + 1,
        Some(quote) => 2 + quote,
    };
    Some((marker, start..(start + known).min(limit)))
}
