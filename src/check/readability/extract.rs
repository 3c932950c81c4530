//! The prose a reader reads, from a parsed guide (not from HTML): every text piece as a
//! labelled [`Passage`], with the source offset of each byte so findings point at the exact
//! line and column.
//!
//! A [`Text`] keeps the span of its whole Markdown construct; the words inside it are found
//! again in that span, character by character, skipping the markup between them (`**`,
//! `[`, link addresses, list markers, quotes around front matter values). Typographic
//! quotes and dashes match the straight ones they were made from.

use crate::diag::{FileId, SourceMap};
use crate::document::{Block, Inline, Text};
use crate::readability::PassageKind;
use crate::readability::markdown::{Builder, SourcePassage};
use crate::translate::Localised;

/// How far past the last matched character the next one is looked for (markup between
/// words is short; link addresses are skipped using the link's own span).
const LOOKAHEAD: usize = 120;

/// Every passage of a guide in reading order, each with the file its offsets are in: front
/// matter, body, then its own glossary explanations. Sources (citations) and code blocks are
/// left out, and so are pieces shown in another language than the guide's (a fallback to the
/// source language is checked with the source guide).
pub fn passages(guide: &Localised, map: &SourceMap) -> Vec<(FileId, SourcePassage)> {
    let mut e = Extract {
        guide,
        map,
        out: Vec::new(),
    };
    let meta = &guide.guide.meta;
    e.add(PassageKind::Title, &meta.title, false);
    e.add(PassageKind::Summary, &meta.summary, false);
    meta.time
        .iter()
        .for_each(|t| e.add(PassageKind::Time, t, false));
    meta.you_need
        .iter()
        .for_each(|t| e.add(PassageKind::YouNeed, t, false));
    e.blocks(&guide.guide.body, None);
    for entry in meta.glossary.iter().filter(|entry| entry.file.is_none()) {
        e.add(PassageKind::Glossary, &entry.explanation, false);
    }
    e.out
}

struct Extract<'a> {
    guide: &'a Localised,
    map: &'a SourceMap,
    out: Vec<(FileId, SourcePassage)>,
}

impl Extract<'_> {
    fn add(&mut self, kind: PassageKind, text: &Text, paragraph: bool) {
        let shown = self.guide.shown(text);
        if shown.lang.is_some_and(|l| *l != self.guide.lang) {
            return;
        }
        let text = shown.text;
        let file = text.file.unwrap_or(self.guide.guide.file);
        let source = self.map.get(file).text();
        // Inline spans (links, pictures) are in the guide's own file; a translated piece's
        // words are found by searching its message alone.
        if let Some(p) = align(text, source, kind, paragraph, text.file.is_none()) {
            self.out.push((file, p));
        }
    }

    fn blocks(&mut self, blocks: &[Block], within: Option<PassageKind>) {
        for block in blocks {
            let para = within.unwrap_or(PassageKind::Paragraph);
            match block {
                Block::Heading(h) => self.add(PassageKind::Heading, &h.text, false),
                Block::Paragraph(t) => self.add(para, t, within.is_none()),
                Block::Steps(steps) => {
                    for step in steps {
                        self.add(PassageKind::Alt, &step.picture.alt, false);
                        self.blocks(&step.body, within);
                    }
                }
                Block::PictureList(items) => {
                    for item in items {
                        self.add(PassageKind::Alt, &item.picture.alt, false);
                        self.blocks(&item.body, Some(within.unwrap_or(PassageKind::ListItem)));
                    }
                }
                Block::Picture(p) => self.add(PassageKind::Alt, &p.alt, false),
                Block::List(list) => {
                    let kind = within.unwrap_or(PassageKind::ListItem);
                    for item in &list.items {
                        self.blocks(item, Some(kind));
                    }
                }
                Block::Alert(a) => {
                    if let Some(p) = &a.picture {
                        self.add(PassageKind::Alt, &p.alt, false);
                    }
                    self.blocks(&a.body, Some(PassageKind::Alert));
                }
                Block::Nations(p) => self.blocks(&p.body, within),
                Block::Advice(a) => self.blocks(&a.body, Some(PassageKind::Advice)),
                Block::Quote(q) => self.blocks(&q.body, within),
                // Written for the helper, not the reader the level is for.
                Block::Helper(_) => {}
                Block::Table(table) => {
                    for cell in table.head.iter().chain(table.rows.iter().flatten()) {
                        self.add(PassageKind::TableCell, cell, false);
                    }
                }
                Block::Code(_) | Block::Rule(_) => {}
            }
        }
    }
}

/// One text as a passage, its words found again in its source span.
pub fn align(
    text: &Text,
    file: &str,
    kind: PassageKind,
    paragraph: bool,
    inline_spans: bool,
) -> Option<SourcePassage> {
    let mut a = Aligner {
        file,
        inline_spans,
        end: text.span.end.min(file.len()),
        cursor: text.span.start.min(file.len()),
        builder: Builder::new(kind, paragraph),
    };
    a.inlines(&text.inlines);
    a.builder.finish()
}

struct Aligner<'f> {
    file: &'f str,
    inline_spans: bool,
    end: usize,
    cursor: usize,
    builder: Builder,
}

impl Aligner<'_> {
    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.text(t),
                Inline::Code(t) => {
                    let at = self.find_str(t).unwrap_or(self.cursor);
                    self.builder.push_code(t, at, self.file);
                    self.cursor = (at + t.len()).min(self.end).max(self.cursor);
                }
                Inline::Strong(c) => self.inlines(c),
                Inline::Emphasis(c) => {
                    self.builder.open_emphasis();
                    self.inlines(c);
                    self.builder.close_emphasis();
                }
                Inline::Link(link) if self.inline_spans => {
                    self.cursor = self.cursor.max(link.span.start);
                    self.inlines(&link.children);
                    self.cursor = self.cursor.max(link.span.end.min(self.end));
                }
                Inline::Link(link) => self.inlines(&link.children),
                Inline::Picture(p) if self.inline_spans => {
                    self.cursor = self.cursor.max(p.span.end.min(self.end))
                }
                Inline::Picture(_) => {}
                Inline::SoftBreak | Inline::LineBreak => {
                    self.builder.push(" ", self.cursor, self.file)
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            match self.find_char(c) {
                Some((at, len)) => {
                    self.builder.push(c.encode_utf8(&mut buf), at, self.file);
                    self.cursor = at + len;
                }
                None => self
                    .builder
                    .push(c.encode_utf8(&mut buf), self.cursor, self.file),
            }
        }
    }

    /// Where `c` (or the characters it was made from) is next, and how many bytes it takes.
    fn find_char(&self, c: char) -> Option<(usize, usize)> {
        let window = self.window();
        for (i, s) in window.char_indices() {
            if s == c {
                return Some((self.cursor + i, s.len_utf8()));
            }
            if let Some(len) = made_from(c, &window[i..]) {
                return Some((self.cursor + i, len));
            }
        }
        None
    }

    fn find_str(&self, t: &str) -> Option<usize> {
        self.file
            .get(self.cursor..self.end)?
            .find(t)
            .map(|i| self.cursor + i)
    }

    fn window(&self) -> &str {
        let mut end = (self.cursor + LOOKAHEAD).min(self.end);
        while !self.file.is_char_boundary(end) {
            end -= 1;
        }
        self.file.get(self.cursor..end).unwrap_or("")
    }
}

/// How many bytes at the start of `source` typographic `c` was made from, if it was.
fn made_from(c: char, source: &str) -> Option<usize> {
    let prefix = |p: &str| source.starts_with(p).then_some(p.len());
    match c {
        '’' | '‘' => prefix("'"),
        '“' | '”' => prefix("\""),
        '—' => prefix("---"),
        '–' => prefix("--"),
        '…' => prefix("..."),
        '&' => prefix("&amp;"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::load::GuideSource;

    fn guide(text: &str) -> (Localised, SourceMap, String) {
        let mut map = SourceMap::new();
        let file = map.add("g.md".into(), "g.md".into(), text.into());
        let source = GuideSource {
            slug: "g".into(),
            dir: ".".into(),
            file,
            lang: None,
            pictures: vec!["images/a.svg".into()],
        };
        let (g, d) = crate::parse::parse_guide(&source, &map, &Lang::parse("en").unwrap());
        assert!(d.is_empty(), "{d:?}");
        let mut g = g.unwrap();
        g.number_pieces();
        let local = Localised::as_written(std::sync::Arc::new(g));
        (local, map, text.to_owned())
    }

    #[test]
    fn every_word_maps_back_to_its_place() {
        let (g, map, file) = guide(
            "+++\ntitle = \"Use the app\"\nsummary = \"It's quick.\"\nupdated = 2026-01-01\nreview_due = 2027-01-01\n+++\n\n## Get help\n\n![A phone](images/a.svg)\nGo to [the **NHS** site](https://x.org/) -- it is *free*.\n\n> [!NOTE]\n> - Call `111` now.\n",
        );
        let ps: Vec<SourcePassage> = passages(&g, &map).into_iter().map(|(_, p)| p).collect();
        let kinds: Vec<_> = ps.iter().map(|p| p.passage.kind).collect();
        use PassageKind::*;
        assert_eq!(kinds, [Title, Summary, Heading, Alt, Paragraph, Alert]);
        let at = |p: &SourcePassage, word: &str| {
            let i = p.passage.text.find(word).unwrap();
            let r = p.source_range(&(i..i + word.len()));
            file[r].to_owned()
        };
        assert_eq!(at(&ps[1], "quick"), "quick");
        assert_eq!(at(&ps[4], "NHS"), "NHS");
        assert_eq!(at(&ps[4], "free"), "free");
        assert_eq!(at(&ps[5], "now"), "now");
        assert_eq!(at(&ps[3], "phone"), "phone");
        let italic = ps[4].passage.emphasis[0].clone();
        assert_eq!(&file[ps[4].source_range(&italic)], "free");
        assert_eq!(&file[ps[5].source_range(&ps[5].passage.code[0])], "111");
    }
}
