//! The corpus in memory, free of any tool's syntax: guides made of blocks of inline pieces.
//! Takes a [`Words`] (what each piece reads in one language) and produces the Markdown body
//! each tool reads: easyguide's conventions, or plain CommonMark for Hugo and Zola.

use std::fmt::Write;

/// A run of inline text.
#[derive(Debug, Clone)]
pub enum Inline {
    /// Plain words.
    Text(String),
    /// Words in bold (`**7726**`).
    Bold(String),
    /// Something to type, shown as it is (`` `111` ``); never translated.
    Code(String),
    /// A link: its words and its address.
    Link { words: String, to: String },
}

/// One translatable piece: a paragraph, list item, heading or table cell.
pub type Piece = Vec<Inline>;

/// A picture a step shows: its file under the guide's folder and its description.
#[derive(Debug, Clone)]
pub struct Picture {
    pub file: String,
    pub alt: String,
}

/// A callout's kind, as easyguide's alert marker.
#[derive(Debug, Clone, Copy)]
pub enum Callout {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl Callout {
    /// easyguide's marker and the label a reader sees (plain CommonMark shows the label).
    pub fn marker_and_label(self) -> (&'static str, &'static str) {
        match self {
            Callout::Note => ("NOTE", "Good to know"),
            Callout::Tip => ("TIP", "Tip"),
            Callout::Important => ("IMPORTANT", "Important"),
            Callout::Warning => ("WARNING", "Warning"),
            Callout::Caution => ("CAUTION", "Urgent"),
        }
    }
}

/// A block of a guide's body.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(Piece),
    Para(Piece),
    List(Vec<Piece>),
    /// A picture and the blocks that belong to it; the first is a paragraph.
    Step {
        picture: Picture,
        body: Vec<Block>,
    },
    Callout(Callout, Vec<Piece>),
    /// A do (`dont: false`) or don't list.
    Advice {
        dont: bool,
        items: Vec<Piece>,
    },
    /// Rows of two cells; the first row is the header.
    Table(Vec<[Piece; 2]>),
}

/// One guide in the source language.
#[derive(Debug, Clone)]
pub struct Guide {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub updated: String,
    pub review_due: String,
    pub tags: Vec<String>,
    pub you_need: Vec<String>,
    pub time: String,
    pub sources: Vec<String>,
    pub order: usize,
    /// The guide's own glossary: term and explanation.
    pub glossary: Vec<(String, String)>,
    pub blocks: Vec<Block>,
    /// A drawing replaced on the pages of the corpus's second language (as the guide names
    /// it: `images/phone-2.svg`; the replacement is `images/phone-2.<lang>.svg`).
    pub replaced: Option<String>,
}

/// What each piece reads in one language.
pub trait Words {
    /// A plain string (title, summary, picture description, front matter item).
    fn text(&self, english: &str) -> String;
    /// An inline piece.
    fn piece(&self, english: &Piece) -> Piece;
}

/// Which tool a body is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// easyguide: alerts, `> [!DO]`, a picture starting a step.
    Easyguide,
    /// Hugo: plain CommonMark, pictures as Markdown images (a render hook resizes them).
    Hugo,
    /// Zola: plain CommonMark, pictures through the `step` shortcode (Zola resizes only in
    /// templates).
    Zola,
}

/// The piece's inline Markdown.
pub fn inline(piece: &Piece) -> String {
    let mut out = String::new();
    for part in piece {
        match part {
            Inline::Text(t) => out.push_str(t),
            Inline::Bold(t) => write!(out, "**{t}**").unwrap(),
            Inline::Code(t) => write!(out, "`{t}`").unwrap(),
            Inline::Link { words, to } => write!(out, "[{words}]({to})").unwrap(),
        }
    }
    out
}

/// The piece's words without link addresses: the same text as a message value with its
/// `({ $link1 })` placeables taken out, so a piece can be found again in a `.ftl` file.
pub fn key(piece: &Piece) -> String {
    let mut out = String::new();
    for part in piece {
        match part {
            Inline::Text(t) => out.push_str(t),
            Inline::Bold(t) => write!(out, "**{t}**").unwrap(),
            Inline::Code(t) => write!(out, "`{t}`").unwrap(),
            Inline::Link { words, .. } => write!(out, "[{words}]").unwrap(),
        }
    }
    out
}

/// A guide's body in one language, for one tool.
pub fn body(guide: &Guide, words: &dyn Words, dialect: Dialect) -> String {
    let mut out = String::new();
    for block in &guide.blocks {
        write_block(&mut out, block, words, dialect);
    }
    out
}

fn write_block(out: &mut String, block: &Block, words: &dyn Words, dialect: Dialect) {
    let line = |p: &Piece| inline(&words.piece(p));
    match block {
        Block::Heading(p) => writeln!(out, "## {}\n", line(p)).unwrap(),
        Block::Para(p) => writeln!(out, "{}\n", line(p)).unwrap(),
        Block::List(items) => {
            for item in items {
                writeln!(out, "- {}", line(item)).unwrap();
            }
            out.push('\n');
        }
        Block::Step { picture, body } => write_step(out, picture, body, words, dialect),
        Block::Callout(kind, paras) => {
            let (marker, label) = kind.marker_and_label();
            let lines: Vec<String> = paras.iter().map(line).collect();
            write_quote(out, marker, &words.text(label), &lines, "", dialect);
        }
        Block::Advice { dont, items } => {
            let (marker, label) = if *dont {
                ("DONT", "Don't")
            } else {
                ("DO", "Do")
            };
            let lines: Vec<String> = items.iter().map(line).collect();
            write_quote(out, marker, &words.text(label), &lines, "- ", dialect);
        }
        Block::Table(rows) => write_table(out, rows, words),
    }
}

fn write_step(
    out: &mut String,
    picture: &Picture,
    body: &[Block],
    words: &dyn Words,
    dialect: Dialect,
) {
    let alt = words.text(&picture.alt);
    match dialect {
        Dialect::Easyguide | Dialect::Hugo => {
            writeln!(out, "![{alt}]({})", picture.file).unwrap();
        }
        Dialect::Zola => {
            writeln!(
                out,
                "{{{{ step(src=\"{}\", alt=\"{alt}\") }}}}",
                picture.file
            )
            .unwrap();
        }
    }
    for (i, block) in body.iter().enumerate() {
        match (i, block) {
            // The words right after the picture: the same paragraph in easyguide and Hugo.
            (0, Block::Para(p)) if dialect != Dialect::Zola => {
                writeln!(out, "{}\n", inline(&words.piece(p))).unwrap()
            }
            (0, _) if dialect == Dialect::Zola => {
                out.push('\n');
                write_block(out, block, words, dialect);
            }
            _ => write_block(out, block, words, dialect),
        }
    }
}

/// A callout or do/don't box: an alert for easyguide, a quote with a bold label elsewhere.
fn write_quote(
    out: &mut String,
    marker: &str,
    label: &str,
    lines: &[String],
    bullet: &str,
    dialect: Dialect,
) {
    match dialect {
        Dialect::Easyguide => writeln!(out, "> [!{marker}]").unwrap(),
        Dialect::Hugo | Dialect::Zola => writeln!(out, "> **{label}**\n>").unwrap(),
    }
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && bullet.is_empty() {
            out.push_str(">\n");
        }
        writeln!(out, "> {bullet}{l}").unwrap();
    }
    out.push('\n');
}

fn write_table(out: &mut String, rows: &[[Piece; 2]], words: &dyn Words) {
    for (i, [a, b]) in rows.iter().enumerate() {
        let (a, b) = (inline(&words.piece(a)), inline(&words.piece(b)));
        writeln!(out, "| {a} | {b} |").unwrap();
        if i == 0 {
            out.push_str("|---|---|\n");
        }
    }
    out.push('\n');
}

/// Every piece of a guide's own words, as [`key`]s: what its message file may hold (with
/// the site's glossary entries it uses).
pub fn keys(guide: &Guide) -> Vec<String> {
    let mut out: Vec<String> = [&guide.title, &guide.summary, &guide.time]
        .into_iter()
        .chain(&guide.you_need)
        .chain(&guide.sources)
        .cloned()
        .collect();
    for block in &guide.blocks {
        block_keys(block, &mut out);
    }
    for (term, explanation) in &guide.glossary {
        out.push(term.clone());
        out.push(explanation.clone());
    }
    out
}

/// The guide's glossary and the entries of the site's glossary its words use (by a
/// case-blind search, near enough to easyguide's whole-word one for the other tools).
pub fn glossary_in_use(guide: &Guide, site: &[(&str, &str)]) -> Vec<(String, String)> {
    let words = keys(guide).join("\n").to_lowercase();
    let mut out = guide.glossary.clone();
    for (term, explanation) in site {
        if words.contains(&term.to_lowercase()) {
            out.push(((*term).to_owned(), (*explanation).to_owned()));
        }
    }
    out
}

fn block_keys(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Heading(p) | Block::Para(p) => out.push(key(p)),
        Block::List(items) | Block::Advice { items, .. } | Block::Callout(_, items) => {
            out.extend(items.iter().map(key))
        }
        Block::Step { picture, body } => {
            out.push(picture.alt.clone());
            body.iter().for_each(|b| block_keys(b, out));
        }
        Block::Table(rows) => out.extend(rows.iter().flatten().map(key)),
    }
}
