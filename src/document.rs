//! The typed guide every stage after parsing reads: front matter and easy-read blocks.
//!
//! Parsing makes a [`Guide`] from a Markdown file; translation makes more of them (one per
//! language) by replacing [`Text`] pieces; rendering and checking read them. Every piece of
//! text keeps the span of its source so checks can point at the file, line and column, and
//! a language when it is shown in a language other than its page's (a fallback).

use std::ops::Range;

use jiff::civil::Date;

use crate::diag::{Diagnostic, FileId};
use crate::lang::Lang;

/// How many levels Markdown containers (quotes, lists, list items, paragraphs, emphasis,
/// links) may nest in a guide or a translation. Real guides stay under ten; every recursive
/// walk over blocks and inlines relies on this bound instead of the size of its stack.
pub const MAX_NESTING: usize = 32;

/// One guide in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    /// The guide's folder name under `content/`, also its URL segment.
    pub slug: String,
    /// The language of the page this guide becomes.
    pub lang: Lang,
    /// The Markdown file the guide came from.
    pub file: FileId,
    /// The front matter.
    pub meta: Meta,
    /// The body, as easy-read blocks.
    pub body: Vec<Block>,
    /// True when the front matter could not be used (an error says why): the meta is a
    /// stand-in ([`Meta::stand_in`]) so the body's links, pictures and words are still
    /// checked in the same run, and other guides' links to it are not reported broken. Such
    /// a guide is never published (its error stops the build) nor given to translators.
    pub stand_in: bool,
}

impl Meta {
    /// Front matter for a guide whose own cannot be read: its folder name as the title, no
    /// summary, dates that ask for nothing.
    pub fn stand_in(slug: &str) -> Meta {
        let date = jiff::civil::date(2000, 1, 1);
        Meta {
            title: Text::plain(slug, 0..0),
            summary: Text::plain("", 0..0),
            updated: date,
            review_due: jiff::civil::date(9999, 1, 1),
            tags: Vec::new(),
            you_need: Vec::new(),
            time: None,
            sources: Vec::new(),
            order: None,
            nations: Vec::new(),
            glossary: Vec::new(),
            status: None,
        }
    }
}

/// A guide's front matter, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The guide's title (the page's only `h1`).
    pub title: Text,
    /// One or two sentences saying what the guide helps with.
    pub summary: Text,
    /// When the guide was last checked and changed.
    pub updated: Date,
    /// When the guide must next be checked against its sources.
    pub review_due: Date,
    /// Topics, for lists and feeds.
    pub tags: Vec<String>,
    /// What the reader needs before starting.
    pub you_need: Vec<Text>,
    /// How long it takes, in the author's words ("About 10 minutes").
    pub time: Option<Text>,
    /// The public pages the facts were checked against.
    pub sources: Vec<Text>,
    /// Sort position in guide lists (lower first; then by title); guides without one come
    /// after every guide with one.
    pub order: Option<i64>,
    /// Where the guide applies (`nations = ["england"]`), sorted; empty when it does not say.
    pub nations: Vec<Nation>,
    /// Hard words the page explains at their first use: the guide's own `[glossary]`,
    /// then the site's entries the guide uses.
    pub glossary: Vec<GlossaryEntry>,
    /// The words of a `# status:` comment in the front matter: how far a whole-guide
    /// translation has been checked, as a message file's `# status:` line says it.
    pub status: Option<String>,
}

/// A hard word and its short explanation, shown where the word is first used on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryEntry {
    /// The word or phrase, as the reader sees it.
    pub term: Text,
    /// A short explanation in plain words.
    pub explanation: Text,
    /// `Some` for an entry from the site's glossary: the spans of `term` and `explanation`
    /// are in that file (`site.toml`), not in the guide's.
    pub file: Option<FileId>,
}

/// A run of inline content from one source place: a paragraph, a heading, a list item's text.
///
/// A `Text` is the unit of translation: one Fluent message per `Text`.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The inline content.
    pub inlines: Vec<Inline>,
    /// Where it came from, as a byte range of `Guide::file`.
    pub span: Range<usize>,
    /// Set when `span` is in another file than the guide's: a translation's message file.
    pub file: Option<FileId>,
    /// Its place in the guide's reading order ([`Guide::texts`]), from 1; translations are
    /// found by it. 0 for text that is not a piece of a guide (inside another text, or the
    /// site's help text).
    pub piece: u32,
}

/// A piece of text as a page shows it: its words, and their language when it is not the
/// page's (a piece not translated yet, shown in the source language).
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The words.
    pub text: &'a Text,
    /// Their language, when it differs from the page's.
    pub lang: Option<&'a Lang>,
}

impl Text {
    /// A text holding one plain string.
    pub fn plain(text: impl Into<String>, span: Range<usize>) -> Self {
        Text {
            inlines: vec![Inline::Text(text.into())],
            span,
            file: None,
            piece: 0,
        }
    }

    /// The words a reader reads, without markup (for titles, alt text and checks).
    pub fn to_plain(&self) -> String {
        let mut out = String::new();
        push_plain(&self.inlines, &mut out);
        out
    }

    /// True when there is nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.to_plain().trim().is_empty()
    }
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Strong(children) | Inline::Emphasis(children) => push_plain(children, out),
            Inline::Link(link) => push_plain(&link.children, out),
            Inline::Picture(p) => out.push_str(&p.alt.to_plain()),
            Inline::SoftBreak | Inline::LineBreak => out.push(' '),
        }
    }
}

/// Inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain words.
    Text(String),
    /// Important words (`**bold**`).
    Strong(Vec<Inline>),
    /// Stressed words (`*emphasis*`); the theme shows it without italics.
    Emphasis(Vec<Inline>),
    /// Something to type or a code, kept as written (`` `111` ``).
    Code(String),
    /// A link.
    Link(Link),
    /// A picture inside a sentence (rare; step pictures are blocks).
    Picture(Picture),
    /// A line ending inside a paragraph.
    SoftBreak,
    /// A forced line break.
    LineBreak,
}

/// A link and where it points.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Where the link goes.
    pub target: Target,
    /// The link's words.
    pub children: Vec<Inline>,
    /// The span of the whole link in the source.
    pub span: Range<usize>,
}

/// Where a link points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another guide of this site (`../other-guide/`), maybe a part of it.
    Guide {
        /// The other guide's slug.
        slug: String,
        /// A heading or step id on that guide.
        anchor: Option<String>,
    },
    /// A part of this page (`#step-3`).
    Anchor(String),
    /// A web address, `tel:` or `mailto:` link, kept as written.
    External(String),
}

/// A picture with its description.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The path as written, relative to the guide's folder (`images/phone.svg`).
    pub src: String,
    /// The description for people who cannot see the picture.
    pub alt: Text,
    /// The span of the whole `![...](...)` in the source.
    pub span: Range<usize>,
}

/// A block of the easy-read body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading (`##` and lower; the title is the only `h1`).
    Heading(Heading),
    /// A paragraph.
    Paragraph(Text),
    /// A run of step rows: each a picture beside its words, numbered through the guide.
    Steps(Vec<Step>),
    /// A list whose every item has a picture beside its words: things to notice, places
    /// to ask, facts. Not numbered, and not counted as steps.
    PictureList(Vec<PictureItem>),
    /// A picture on its own, not followed by words.
    Picture(Picture),
    /// A bulleted or numbered list.
    List(List),
    /// A callout box (`> [!WARNING]`).
    Alert(Alert),
    /// A list of things to do or not to do (`> [!DO]`, `> [!DONT]`).
    Advice(Advice),
    /// A passage for readers in some of the UK's nations only (`> [!ONLY wales]`).
    Nations(Passage),
    /// A quotation that is not a callout.
    Quote(Quote),
    /// A note for the person helping the reader (`> [!HELPER]`): in the print handouts and
    /// the JSON, never on the reader's page or in an embed.
    Helper(Quote),
    /// A table with header cells.
    Table(Table),
    /// Preformatted text (`` ``` ``), kept as written and not translated.
    Code(Code),
    /// A thematic break (`---`), which also ends a run of steps; its span.
    Rule(Range<usize>),
}

/// A section heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 2 to 6.
    pub level: u8,
    /// Stable, unique id from the source text (or `{#id}`), the same in every language.
    pub id: String,
    /// The heading's words.
    pub text: Text,
}

/// One step row: a picture beside its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// 1-based position among all steps of the guide.
    pub number: usize,
    /// The guide's step count, for "Step 2 of 7".
    pub total: usize,
    /// The step's picture.
    pub picture: Picture,
    /// What to do: the words after the picture and any blocks up to the next step.
    pub body: Vec<Block>,
}

/// One item of a picture list: a picture beside its words.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureItem {
    /// The item's picture.
    pub picture: Picture,
    /// The item's words (and any blocks after them in the item).
    pub body: Vec<Block>,
}

/// A passage that applies in some of the UK's nations only.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// Where it applies, sorted, never empty.
    pub nations: Vec<Nation>,
    /// Its content.
    pub body: Vec<Block>,
    /// The whole `> [!ONLY …]` quote in the source.
    pub span: Range<usize>,
}

/// A quotation that is not a callout.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Its content.
    pub body: Vec<Block>,
    /// The whole quote in the source.
    pub span: Range<usize>,
}

/// Preformatted text, kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    /// The text.
    pub text: String,
    /// The whole code block in the source.
    pub span: Range<usize>,
}

/// A nation of the UK. Health services differ between them: the NHS App and NHS 111 online
/// are England's; Wales has the NHS Wales App, NHS 111 Wales and free prescriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Nation {
    /// England.
    England,
    /// Northern Ireland.
    NorthernIreland,
    /// Scotland.
    Scotland,
    /// Wales.
    Wales,
}

impl Nation {
    /// Every nation, in the order of their names.
    pub const ALL: [Nation; 4] = [
        Nation::England,
        Nation::NorthernIreland,
        Nation::Scotland,
        Nation::Wales,
    ];

    /// The name authors write (`northern-ireland`), also used in message ids and classes.
    pub fn name(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::NorthernIreland => "northern-ireland",
            Nation::Scotland => "scotland",
            Nation::Wales => "wales",
        }
    }

    /// The nation an author's word names, in any case; `None` for anything else.
    pub fn parse(word: &str) -> Option<Nation> {
        let word = word.trim().to_lowercase().replace(['_', ' '], "-");
        Nation::ALL.into_iter().find(|n| n.name() == word)
    }

    /// The nation `word` names, or an error at `span` of `file` with a did-you-mean.
    pub fn read(word: &str, file: FileId, span: Range<usize>) -> Result<Nation, Diagnostic> {
        Nation::parse(word).ok_or_else(|| {
            let names = Nation::ALL.map(Nation::name);
            let lower = word.to_lowercase();
            let d = Diagnostic::error(
                "unknown-nation",
                format!("`{word}` is not one of the UK's nations"),
            )
            .at(file, span)
            .label("unknown nation")
            .note("passages and guides can be for England, Northern Ireland, Scotland or Wales");
            match crate::diag::did_you_mean(&lower, names) {
                Some(close) => d.help(format!("did you mean `{close}`?")),
                None => d.help(format!("use one of: {}", names.join(", "))),
            }
        })
    }
}

/// A list.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// `Some(first number)` for numbered lists.
    pub start: Option<u64>,
    /// The items.
    pub items: Vec<Vec<Block>>,
    /// The whole list in the source.
    pub span: Range<usize>,
}

/// The kinds of callout, from GitHub's alert syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertKind {
    /// `[!NOTE]`: useful to know.
    Note,
    /// `[!TIP]`: a way to make it easier.
    Tip,
    /// `[!IMPORTANT]`: needed to succeed.
    Important,
    /// `[!WARNING]`: a risk to avoid.
    Warning,
    /// `[!CAUTION]`: danger, act now (emergencies).
    Caution,
}

impl AlertKind {
    /// The lower-case name used for CSS classes and message ids.
    pub fn name(self) -> &'static str {
        match self {
            AlertKind::Note => "note",
            AlertKind::Tip => "tip",
            AlertKind::Important => "important",
            AlertKind::Warning => "warning",
            AlertKind::Caution => "caution",
        }
    }
}

/// A callout box.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// Which kind.
    pub kind: AlertKind,
    /// A picture shown beside the callout's words, when its first line starts with one.
    pub picture: Option<Picture>,
    /// Its content.
    pub body: Vec<Block>,
    /// The whole callout in the source.
    pub span: Range<usize>,
}

/// Whether advice is something to do or to avoid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdviceKind {
    /// Things to do.
    Do,
    /// Things not to do.
    Dont,
}

impl AdviceKind {
    /// The lower-case name used for CSS classes and message ids.
    pub fn name(self) -> &'static str {
        match self {
            AdviceKind::Do => "do",
            AdviceKind::Dont => "dont",
        }
    }
}

/// A do or don't box.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// Do or don't.
    pub kind: AdviceKind,
    /// Its content, usually one list.
    pub body: Vec<Block>,
    /// The whole box in the source.
    pub span: Range<usize>,
}

/// A table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Header cells (`th scope="col"`).
    pub head: Vec<Text>,
    /// Body rows.
    pub rows: Vec<Vec<Text>>,
    /// The whole table in the source.
    pub span: Range<usize>,
}

impl Guide {
    /// Every [`Text`] of the guide in reading order: front matter first, then the body.
    ///
    /// This order is the one translation files follow and checks report in. Glossary
    /// entries (term, then explanation) come last.
    pub fn texts(&self) -> Vec<&Text> {
        let mut out = vec![&self.meta.title, &self.meta.summary];
        out.extend(self.meta.time.iter());
        out.extend(self.meta.you_need.iter());
        out.extend(self.meta.sources.iter());
        visit_blocks(&self.body, &mut |t| out.push(t));
        for entry in &self.meta.glossary {
            out.push(&entry.term);
            out.push(&entry.explanation);
        }
        out
    }

    /// Calls `f` on every [`Text`] of the guide, in the same order as [`Guide::texts`].
    pub fn for_each_text_mut(&mut self, f: &mut impl FnMut(&mut Text)) {
        f(&mut self.meta.title);
        f(&mut self.meta.summary);
        self.meta.time.iter_mut().for_each(&mut *f);
        self.meta.you_need.iter_mut().for_each(&mut *f);
        self.meta.sources.iter_mut().for_each(&mut *f);
        visit_blocks_mut(&mut self.body, f);
        for entry in &mut self.meta.glossary {
            f(&mut entry.term);
            f(&mut entry.explanation);
        }
    }

    /// Numbers every piece in reading order, from 1 (see [`Text::piece`]).
    pub fn number_pieces(&mut self) {
        let mut next = 0;
        self.for_each_text_mut(&mut |t| {
            next += 1;
            t.piece = next;
        });
    }

    /// Every link of the guide, in reading order.
    pub fn links(&self) -> Vec<&Link> {
        let mut out = Vec::new();
        for text in self.texts() {
            collect_links(&text.inlines, &mut out);
        }
        out
    }

    /// How many step rows the guide has.
    pub fn step_count(&self) -> usize {
        steps(&self.body).count()
    }

    /// Every picture of the guide, in reading order.
    pub fn pictures(&self) -> Vec<&Picture> {
        let mut out = Vec::new();
        collect_pictures(&self.body, &mut out);
        out
    }
}

/// Every picture the theme shows beside words rather than on its own: step pictures,
/// picture list items and callout pictures, wherever they are.
pub fn pictures_beside_words(blocks: &[Block]) -> Vec<&Picture> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Steps(steps) => {
                for step in steps {
                    out.push(&step.picture);
                    out.extend(pictures_beside_words(&step.body));
                }
            }
            Block::PictureList(items) => {
                for item in items {
                    out.push(&item.picture);
                    out.extend(pictures_beside_words(&item.body));
                }
            }
            Block::Alert(alert) => {
                out.extend(alert.picture.iter());
                out.extend(pictures_beside_words(&alert.body));
            }
            Block::List(list) => list
                .items
                .iter()
                .for_each(|i| out.extend(pictures_beside_words(i))),
            Block::Advice(Advice { body, .. })
            | Block::Nations(Passage { body, .. })
            | Block::Quote(Quote { body, .. })
            | Block::Helper(Quote { body, .. }) => out.extend(pictures_beside_words(body)),
            _ => {}
        }
    }
    out
}

/// Removes every passage for nations none of which is in `served`, wherever it is: a site
/// never shows readers a passage about services in a nation it does not serve.
pub fn keep_passages_for(blocks: &mut Vec<Block>, served: &[Nation]) {
    blocks.retain(|b| match b {
        Block::Nations(p) => p.nations.iter().any(|n| served.contains(n)),
        _ => true,
    });
    for block in blocks {
        match block {
            Block::Steps(steps) => steps
                .iter_mut()
                .for_each(|s| keep_passages_for(&mut s.body, served)),
            Block::PictureList(items) => items
                .iter_mut()
                .for_each(|i| keep_passages_for(&mut i.body, served)),
            Block::List(list) => list
                .items
                .iter_mut()
                .for_each(|i| keep_passages_for(i, served)),
            Block::Alert(Alert { body, .. })
            | Block::Advice(Advice { body, .. })
            | Block::Nations(Passage { body, .. })
            | Block::Quote(Quote { body, .. })
            | Block::Helper(Quote { body, .. }) => keep_passages_for(body, served),
            _ => {}
        }
    }
}

/// Every id a reader can link to on a guide page: headings, steps and the theme's parts.
pub fn anchors(guide: &Guide) -> std::collections::BTreeSet<String> {
    let mut ids: std::collections::BTreeSet<String> = ["main", "title", "summary", "facts"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    if !guide.meta.you_need.is_empty() {
        ids.insert("you-need".into());
    }
    if !guide.meta.sources.is_empty() {
        ids.insert("sources".into());
    }
    ids.extend((1..=guide.step_count()).map(step_id));
    collect_heading_ids(&guide.body, &mut ids);
    ids
}

fn collect_heading_ids(blocks: &[Block], ids: &mut std::collections::BTreeSet<String>) {
    for block in blocks {
        match block {
            Block::Heading(h) => {
                ids.insert(h.id.clone());
            }
            Block::Steps(steps) => steps.iter().for_each(|s| collect_heading_ids(&s.body, ids)),
            Block::PictureList(items) => {
                items.iter().for_each(|i| collect_heading_ids(&i.body, ids))
            }
            Block::Nations(p) => collect_heading_ids(&p.body, ids),
            Block::List(l) => l.items.iter().for_each(|i| collect_heading_ids(i, ids)),
            Block::Alert(a) => collect_heading_ids(&a.body, ids),
            Block::Advice(a) => collect_heading_ids(&a.body, ids),
            Block::Quote(q) | Block::Helper(q) => collect_heading_ids(&q.body, ids),
            _ => {}
        }
    }
}

/// The id of step `number` on its page (`step-2`), which links to a step use.
pub fn step_id(number: usize) -> String {
    format!("step-{number}")
}

/// The word a message file's header, or a whole-guide translation's front matter, says how
/// far a translation has been checked with (`# status: reviewed by …`).
pub const STATUS: &str = "status:";

/// Every step row of a body, in order (steps are only ever at the top level of a body).
pub fn steps(blocks: &[Block]) -> impl Iterator<Item = &Step> {
    blocks
        .iter()
        .filter_map(|b| {
            if let Block::Steps(s) = b {
                Some(s)
            } else {
                None
            }
        })
        .flatten()
}

/// Calls `f` on every [`Text`] of `blocks` in reading order (picture alt text included),
/// notes for helpers too: everything to translate.
pub fn visit_blocks<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Text)) {
    visit(blocks, true, f)
}

/// [`visit_blocks`] without the notes for helpers: the words a reader is shown.
pub fn visit_reader_blocks<'a>(blocks: &'a [Block], f: &mut impl FnMut(&'a Text)) {
    visit(blocks, false, f)
}

/// Every note for helpers (`> [!HELPER]`) in `blocks`, wherever it is, in reading order.
pub fn helper_notes(blocks: &[Block]) -> Vec<&Quote> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Helper(note) => out.push(note),
            Block::Steps(steps) => steps.iter().for_each(|s| out.extend(helper_notes(&s.body))),
            Block::PictureList(items) => {
                items.iter().for_each(|i| out.extend(helper_notes(&i.body)))
            }
            Block::List(list) => list.items.iter().for_each(|i| out.extend(helper_notes(i))),
            Block::Alert(Alert { body, .. })
            | Block::Advice(Advice { body, .. })
            | Block::Nations(Passage { body, .. })
            | Block::Quote(Quote { body, .. }) => out.extend(helper_notes(body)),
            _ => {}
        }
    }
    out
}

fn visit<'a>(blocks: &'a [Block], helpers: bool, f: &mut impl FnMut(&'a Text)) {
    for block in blocks {
        match block {
            Block::Heading(h) => f(&h.text),
            Block::Paragraph(t) => f(t),
            Block::Steps(steps) => {
                for step in steps {
                    f(&step.picture.alt);
                    visit(&step.body, helpers, f);
                }
            }
            Block::PictureList(items) => {
                for item in items {
                    f(&item.picture.alt);
                    visit(&item.body, helpers, f);
                }
            }
            Block::Picture(p) => f(&p.alt),
            Block::List(list) => list.items.iter().for_each(|item| visit(item, helpers, f)),
            Block::Alert(alert) => {
                alert.picture.iter().for_each(|p| f(&p.alt));
                visit(&alert.body, helpers, f)
            }
            Block::Advice(Advice { body, .. }) | Block::Nations(Passage { body, .. }) => {
                visit(body, helpers, f)
            }
            Block::Quote(Quote { body, .. }) => visit(body, helpers, f),
            Block::Helper(Quote { body, .. }) if helpers => visit(body, helpers, f),
            Block::Helper(_) => {}
            Block::Table(table) => {
                table.head.iter().for_each(&mut *f);
                table.rows.iter().flatten().for_each(&mut *f);
            }
            Block::Code(_) | Block::Rule(_) => {}
        }
    }
}

/// Calls `f` on every [`Text`] of `blocks`, mutably, in the order of [`visit_blocks`].
pub fn visit_blocks_mut(blocks: &mut [Block], f: &mut impl FnMut(&mut Text)) {
    for block in blocks {
        match block {
            Block::Heading(h) => f(&mut h.text),
            Block::Paragraph(t) => f(t),
            Block::Steps(steps) => {
                for step in steps {
                    f(&mut step.picture.alt);
                    visit_blocks_mut(&mut step.body, f);
                }
            }
            Block::PictureList(items) => {
                for item in items {
                    f(&mut item.picture.alt);
                    visit_blocks_mut(&mut item.body, f);
                }
            }
            Block::Picture(p) => f(&mut p.alt),
            Block::List(list) => list
                .items
                .iter_mut()
                .for_each(|item| visit_blocks_mut(item, f)),
            Block::Alert(alert) => {
                alert.picture.iter_mut().for_each(|p| f(&mut p.alt));
                visit_blocks_mut(&mut alert.body, f)
            }
            Block::Advice(Advice { body, .. }) | Block::Nations(Passage { body, .. }) => {
                visit_blocks_mut(body, f)
            }
            Block::Quote(Quote { body, .. }) | Block::Helper(Quote { body, .. }) => {
                visit_blocks_mut(body, f)
            }
            Block::Table(table) => {
                table.head.iter_mut().for_each(&mut *f);
                table.rows.iter_mut().flatten().for_each(&mut *f);
            }
            Block::Code(_) | Block::Rule(_) => {}
        }
    }
}

fn collect_pictures<'a>(blocks: &'a [Block], out: &mut Vec<&'a Picture>) {
    for block in blocks {
        match block {
            Block::Steps(steps) => {
                for step in steps {
                    out.push(&step.picture);
                    collect_pictures(&step.body, out);
                }
            }
            Block::PictureList(items) => {
                for item in items {
                    out.push(&item.picture);
                    collect_pictures(&item.body, out);
                }
            }
            Block::Picture(p) => out.push(p),
            Block::List(list) => list.items.iter().for_each(|i| collect_pictures(i, out)),
            Block::Alert(alert) => {
                out.extend(alert.picture.iter());
                collect_pictures(&alert.body, out)
            }
            Block::Advice(Advice { body, .. })
            | Block::Nations(Passage { body, .. })
            | Block::Quote(Quote { body, .. })
            | Block::Helper(Quote { body, .. }) => collect_pictures(body, out),
            Block::Paragraph(text) | Block::Heading(Heading { text, .. }) => {
                collect_inline_pictures(&text.inlines, out)
            }
            Block::Table(_) | Block::Code(_) | Block::Rule(_) => {}
        }
    }
}

fn collect_links<'a>(inlines: &'a [Inline], out: &mut Vec<&'a Link>) {
    for inline in inlines {
        match inline {
            Inline::Link(l) => {
                out.push(l);
                collect_links(&l.children, out);
            }
            Inline::Strong(c) | Inline::Emphasis(c) => collect_links(c, out),
            _ => {}
        }
    }
}

fn collect_inline_pictures<'a>(inlines: &'a [Inline], out: &mut Vec<&'a Picture>) {
    for inline in inlines {
        match inline {
            Inline::Picture(p) => out.push(p),
            Inline::Strong(c) | Inline::Emphasis(c) => collect_inline_pictures(c, out),
            Inline::Link(l) => collect_inline_pictures(&l.children, out),
            _ => {}
        }
    }
}
