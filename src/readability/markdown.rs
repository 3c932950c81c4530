//! Passages of a Markdown (or plain-text) document, each with the source offset of every
//! byte of its text, for `easyguide readability` and for guides.
//!
//! Plain text is Markdown without markup, so one reader serves both. pulldown-cmark gives
//! each piece of text its source range; a piece that differs from its source (typographic
//! quotes, entities, escapes) maps every byte to the start of its range.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Passage, PassageKind};

/// A passage and where each byte of its text is in the source file.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcePassage {
    /// The passage.
    pub passage: Passage,
    /// `offsets[i]` is the source offset of text byte `i`; one more entry for the end.
    pub offsets: Vec<usize>,
}

impl SourcePassage {
    /// A passage's byte range as a range of the source.
    pub fn source_range(&self, range: &Range<usize>) -> Range<usize> {
        let at = |i: usize| self.offsets[i.min(self.offsets.len() - 1)];
        let start = at(range.start);
        // The end is just after the last byte of the range.
        let end = if range.end > range.start {
            at(range.end - 1) + 1
        } else {
            start
        };
        start..end.max(start)
    }
}

/// Builds a passage and its offsets piece by piece.
#[derive(Debug)]
pub struct Builder {
    kind: PassageKind,
    text: String,
    offsets: Vec<usize>,
    code: Vec<Range<usize>>,
    emphasis: Vec<Range<usize>>,
    open_emphasis: Vec<usize>,
    paragraph: bool,
    end: usize,
}

impl Builder {
    /// An empty passage of a kind.
    pub fn new(kind: PassageKind, paragraph: bool) -> Builder {
        Builder {
            kind,
            text: String::new(),
            offsets: Vec::new(),
            code: Vec::new(),
            emphasis: Vec::new(),
            open_emphasis: Vec::new(),
            paragraph,
            end: 0,
        }
    }

    /// Appends text written at `source` in a file whose text is `file`. When the file holds
    /// exactly this text there, bytes map one to one; otherwise they map to the start.
    pub fn push(&mut self, text: &str, source: usize, file: &str) {
        let exact = file.get(source..source + text.len()) == Some(text);
        for i in 0..text.len() {
            self.offsets.push(if exact { source + i } else { source });
        }
        self.text.push_str(text);
        self.end = if exact { source + text.len() } else { source };
    }

    /// Appends code (one word, never checked).
    pub fn push_code(&mut self, text: &str, source: usize, file: &str) {
        let start = self.text.len();
        self.push(text, source, file);
        self.code.push(start..self.text.len());
    }

    /// Starts an italic run.
    pub fn open_emphasis(&mut self) {
        self.open_emphasis.push(self.text.len());
    }

    /// Ends an italic run.
    pub fn close_emphasis(&mut self) {
        if let Some(start) = self.open_emphasis.pop()
            && start < self.text.len()
        {
            self.emphasis.push(start..self.text.len());
        }
    }

    /// The passage, or `None` when it has no words.
    pub fn finish(mut self) -> Option<SourcePassage> {
        if !self.text.chars().any(char::is_alphanumeric) {
            return None;
        }
        self.offsets.push(self.end);
        Some(SourcePassage {
            passage: Passage {
                kind: self.kind,
                text: self.text,
                code: self.code,
                emphasis: self.emphasis,
                paragraph: self.paragraph,
            },
            offsets: self.offsets,
        })
    }
}

/// Where the Markdown starts: after a `+++` or `---` front matter block, if there is one.
fn body_start(text: &str) -> usize {
    for fence in ["+++", "---"] {
        if text.lines().next().map(str::trim_end) == Some(fence) {
            let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
            for line in text[offset..].split_inclusive('\n') {
                offset += line.len();
                if line.trim_end() == fence {
                    return offset;
                }
            }
        }
    }
    0
}

/// The passages of a Markdown or plain-text file: paragraphs, headings, list items, table
/// cells and picture descriptions, in reading order. Code blocks are left out.
pub fn passages(file: &str) -> Vec<SourcePassage> {
    let base = body_start(file);
    let options = Options::ENABLE_TABLES | Options::ENABLE_GFM | Options::ENABLE_SMART_PUNCTUATION;
    let mut out = Vec::new();
    let mut stack: Vec<Builder> = Vec::new();
    let mut in_code_block = false;
    for (event, range) in Parser::new_ext(&file[base..], options).into_offset_iter() {
        let at = base + range.start;
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => stack.push(Builder::new(PassageKind::Paragraph, true)),
                Tag::Heading { .. } => stack.push(Builder::new(PassageKind::Heading, false)),
                Tag::Item => stack.push(Builder::new(PassageKind::ListItem, false)),
                Tag::TableCell => stack.push(Builder::new(PassageKind::TableCell, false)),
                Tag::Image { .. } => stack.push(Builder::new(PassageKind::Alt, false)),
                Tag::Emphasis => stack
                    .last_mut()
                    .into_iter()
                    .for_each(Builder::open_emphasis),
                Tag::CodeBlock(_) => in_code_block = true,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::Image => {
                    // A paragraph inside a list item is the item's words.
                    let done = stack.pop();
                    match (done, stack.last_mut()) {
                        (Some(b), Some(parent))
                            if parent.kind == PassageKind::ListItem && tag == TagEnd::Paragraph =>
                        {
                            merge(parent, b)
                        }
                        (Some(b), _) => out.extend(b.finish()),
                        _ => {}
                    }
                }
                TagEnd::Emphasis => stack
                    .last_mut()
                    .into_iter()
                    .for_each(Builder::close_emphasis),
                TagEnd::CodeBlock => in_code_block = false,
                _ => {}
            },
            Event::Text(t) if !in_code_block => {
                if let Some(b) = stack.last_mut() {
                    b.push(&t, at, file);
                }
            }
            Event::Code(t) => {
                if let Some(b) = stack.last_mut() {
                    // The code's text starts after its backticks.
                    let inner = file[at..base + range.end].find(&*t).map_or(at, |i| at + i);
                    b.push_code(&t, inner, file);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = stack.last_mut() {
                    b.push(" ", at, file);
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|p| p.offsets.first().copied().unwrap_or(0));
    out
}

fn merge(parent: &mut Builder, child: Builder) {
    if !parent.text.is_empty() {
        let at = parent.end;
        parent.text.push(' ');
        parent.offsets.push(at);
    }
    let shift = parent.text.len();
    parent.text.push_str(&child.text);
    parent.offsets.extend(child.offsets);
    parent.code.extend(
        child
            .code
            .into_iter()
            .map(|r| r.start + shift..r.end + shift),
    );
    parent.emphasis.extend(
        child
            .emphasis
            .into_iter()
            .map(|r| r.start + shift..r.end + shift),
    );
    parent.end = child.end;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_map_back_to_the_source() {
        let file = "+++\ntitle = \"x\"\n+++\n# Hello\n\nIt is *very* free.\n\n- Call `111` now\n";
        let ps = passages(file);
        let texts: Vec<&str> = ps.iter().map(|p| p.passage.text.as_str()).collect();
        assert_eq!(texts, ["Hello", "It is very free.", "Call 111 now"]);
        let para = &ps[1];
        let very = para.passage.emphasis[0].clone();
        assert_eq!(&file[para.source_range(&very)], "very");
        let item = &ps[2];
        assert_eq!(&file[item.source_range(&item.passage.code[0])], "111");
    }
}
