//! Easy-read blocks to HTML. Every word from a guide or a translation is escaped here:
//! nothing a translator or author writes can become markup.

use std::fmt::Write;
use std::ops::Range;

use pulldown_cmark_escape::{escape_href, escape_html, escape_html_body_text};
use unicode_script::Script;

use super::picture;
use super::urls::Urls;
use crate::assets::{Assets, Role};
use crate::config::Pictures;
use crate::diag::FileId;
use crate::diag::origin::{self, Origin};
use crate::document::{
    Advice, Alert, Block, GlossaryEntry, Inline, Link, List, Nation, Passage, Picture, PictureItem,
    Shown, Step, Table, Target, Text,
};
use crate::lang::{Lang, tag};
use crate::parse::step_id;
use crate::translate::{Localised, Ui};

/// The interface message `id` as HTML for body text: escaped, and inside `<span lang dir>`
/// when the page's language has no usable message yet and another language's words are
/// shown, as a guide piece in another language is, so screen readers pick the right voice
/// and right-to-left punctuation stays in place. Every interface word in body text goes
/// through here (the writer's labels, the templates' `t()`, the translation notes).
pub fn ui_html(ui: &Ui, lang: &Lang, id: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
    let text = ui.message(lang, id, args);
    let mut out = String::new();
    match ui.message_lang(lang, id) {
        Some(shown) if shown != lang => {
            let _ = write!(out, "<span lang=\"{shown}\" dir=\"{}\">", shown.dir());
            let _ = escape_html_body_text(&mut out, &text);
            out.push_str("</span>");
        }
        _ => {
            let _ = escape_html_body_text(&mut out, &text);
        }
    }
    out
}

/// [`ui_html`] with named arguments.
pub fn ui_html_with(
    ui: &Ui,
    lang: &Lang,
    id: &str,
    args: &[(&str, fluent_bundle::FluentValue<'_>)],
) -> String {
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    ui_html(ui, lang, id, Some(&fluent_args))
}

/// Whose words a page shows, so every piece is looked up in one place.
#[derive(Clone, Copy)]
pub enum Words<'a> {
    /// A guide in the page's language: its translated pieces, the rest in the source language.
    Guide(&'a Localised),
    /// Text that belongs to no guide (the site's help text), in this language when it is not
    /// the page's.
    As(Option<&'a Lang>),
}

impl<'a> Words<'a> {
    /// A piece as the page shows it.
    pub fn shown<'t>(self, text: &'t Text) -> Shown<'t>
    where
        'a: 't,
    {
        match self {
            Words::Guide(guide) => guide.shown(text),
            Words::As(lang) => Shown { text, lang },
        }
    }
}

/// What the writer needs to know about the page it writes for.
pub struct Page<'a> {
    /// The page's language.
    pub lang: &'a Lang,
    /// The page's output path, for relative links.
    pub path: &'a str,
    /// The guide's slug.
    pub slug: &'a str,
    /// Whose words the writer shows.
    pub words: Words<'a>,
    /// The file the blocks' spans are in (the guide's Markdown, or `site.toml`).
    pub file: FileId,
    /// Interface words.
    pub ui: &'a Ui,
    /// Link building.
    pub urls: &'a Urls,
    /// Pictures, as the assets stage prepared them.
    pub assets: &'a Assets,
    /// How the theme shows pictures (widths and `sizes` per role).
    pub pictures: &'a Pictures,
    /// Follow each piece shown in another language with a "not translated yet" mark (off
    /// when the page says so once for all, so a screen reader does not hear it every line).
    pub marks: bool,
    /// Show notes for helpers (`> [!HELPER]`): the print handouts do; a reader's page, an
    /// embed and the JSON's step text never.
    pub helpers: bool,
    /// The site's guides in every language, for links to parts of other guides.
    pub site: &'a crate::translate::Site,
}

/// Writes HTML for one page, keeping count of pictures so only the first loads eagerly.
pub struct Writer<'a> {
    page: Page<'a>,
    out: String,
    pictures: usize,
    /// The glossary, its words as the page shows them (for finding their uses).
    glossary: Vec<GlossaryEntry>,
    explained: Vec<usize>,
    /// The source language and its scripts, on a translated page written in other scripts:
    /// words left in the source language there (the names on a screen, an organisation's
    /// name) are marked with it, so a screen reader reads them in its voice.
    source: Option<(&'a Lang, &'static [Script])>,
    /// Writing words shown in the page's language (not a piece shown untranslated).
    in_page_words: bool,
}

impl<'a> Writer<'a> {
    /// A writer for `page`.
    pub fn new(page: Page<'a>) -> Self {
        let source = source_scripts(&page);
        Writer {
            page,
            out: String::new(),
            pictures: 0,
            glossary: Vec::new(),
            explained: Vec::new(),
            source,
            in_page_words: false,
        }
    }

    /// Explains these hard words where each is first used (see [`Writer::explain`]).
    pub fn with_glossary(mut self, glossary: &[GlossaryEntry]) -> Self {
        let words = self.page.words;
        // A shown piece keeps its piece number, so writing it looks it up again the same way.
        self.glossary = glossary
            .iter()
            .map(|e| GlossaryEntry {
                term: words.shown(&e.term).text.clone(),
                explanation: words.shown(&e.explanation).text.clone(),
                file: e.file,
            })
            .collect();
        self
    }

    /// A definition list explaining the glossary words first used in `texts`, or nothing.
    /// Blocks call this after they are written, so an explanation follows its first use.
    pub fn explain(&mut self, texts: &[&Text]) -> String {
        let words = self.page.words;
        let mut found = Vec::new();
        for text in texts {
            found.extend(
                crate::glossary::first_uses(
                    &self.glossary,
                    &words.shown(text).text.to_plain(),
                    &mut self.explained,
                )
                .into_iter()
                .cloned(),
            );
        }
        if found.is_empty() {
            return String::new();
        }
        let start = self.out.len();
        self.out.push_str("<dl class=\"glossary\">\n");
        for entry in &found {
            self.out.push_str("<dt>");
            let at = self.text_origin(&entry.term, entry.file);
            origin::mark(&mut self.out, at);
            self.out.push_str("<dfn>");
            self.text_into(&entry.term);
            self.out.push_str("</dfn></dt>\n<dd>");
            let at = self.text_origin(&entry.explanation, entry.file);
            origin::mark(&mut self.out, at);
            self.text_into(&entry.explanation);
            self.out.push_str("</dd>\n");
        }
        self.out.push_str("</dl>\n");
        self.out.split_off(start)
    }

    fn explain_block(&mut self, block: &Block) {
        if self.glossary.len() == self.explained.len() {
            return;
        }
        let mut texts = Vec::new();
        crate::document::visit_blocks(std::slice::from_ref(block), &mut |t| texts.push(t));
        let html = self.explain(&texts);
        self.out.push_str(&html);
    }

    /// The HTML of a text piece, without a surrounding element; the element a template puts
    /// it in is marked as made from it.
    pub fn text(&mut self, text: &Text) -> String {
        let start = self.out.len();
        self.mark_text(text);
        self.text_into(text);
        self.out.split_off(start)
    }

    /// The HTML of a whole body.
    pub fn body(&mut self, blocks: &[Block]) -> String {
        let start = self.out.len();
        self.blocks(blocks);
        self.out.split_off(start)
    }

    fn blocks(&mut self, blocks: &[Block]) {
        let mut after_steps = false;
        for block in blocks {
            // A `---` that only ends a run of steps draws no line of its own: the last step's
            // bottom border already closes them, and two lines would look like a gap.
            if after_steps && matches!(block, Block::Rule(_)) {
                after_steps = false;
                continue;
            }
            after_steps = matches!(block, Block::Steps(_));
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(h) => {
                let _ = write!(self.out, "<h{} id=\"", h.level);
                escape_attribute(&mut self.out, &h.id);
                self.out.push_str("\">");
                self.mark_text(&h.text);
                self.text_into(&h.text);
                let _ = writeln!(self.out, "</h{}>", h.level);
            }
            Block::Paragraph(text) => self.element("p", "", text),
            Block::Steps(steps) => {
                self.out.push_str("<ol class=\"steps\">");
                self.mark(&steps[0].picture.span);
                self.out.push('\n');
                steps.iter().for_each(|s| self.step(s));
                self.out.push_str("</ol>\n");
            }
            Block::PictureList(items) => {
                self.out.push_str("<ul class=\"picture-list\">");
                self.mark(&items[0].picture.span);
                self.out.push('\n');
                items.iter().for_each(|i| self.picture_item(i));
                self.out.push_str("</ul>\n");
            }
            Block::Nations(passage) => self.passage(passage),
            Block::Picture(p) => {
                self.out.push_str("<figure class=\"picture\">");
                self.mark(&p.span);
                self.picture(p);
                self.out.push_str("</figure>\n");
            }
            Block::List(list) => self.list(list),
            Block::Alert(alert) => self.alert(alert),
            Block::Advice(advice) => self.advice(advice),
            Block::Quote(quote) => {
                self.out.push_str("<blockquote>");
                self.mark(&quote.span);
                self.out.push('\n');
                self.blocks(&quote.body);
                self.out.push_str("</blockquote>\n");
            }
            Block::Table(table) => self.table(table),
            Block::Code(code) => {
                self.out.push_str("<pre>");
                self.mark(&code.span);
                self.out.push_str("<code>");
                self.escape(&code.text);
                self.out.push_str("</code></pre>\n");
            }
            Block::Rule(_) => self.out.push_str("<hr>\n"),
            // Not shown, so none of its words are explained either.
            Block::Helper(_) if !self.page.helpers => return,
            Block::Helper(note) => {
                self.labelled_box(("callout", "helper"), &note.span, None, &note.body)
            }
        }
        self.explain_block(block);
    }

    fn element(&mut self, tag: &str, class: &str, text: &Text) {
        let _ = write!(self.out, "<{tag}");
        if !class.is_empty() {
            let _ = write!(self.out, " class=\"{class}\"");
        }
        self.out.push('>');
        self.mark_text(text);
        self.text_into(text);
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn step(&mut self, step: &Step) {
        // A box (a callout, do and don't, a nations passage, a table) in a step goes under its
        // picture and words at full width, with all that follows it: in the narrow column
        // beside the picture it would show two or three words a line on a phone.
        let split = step
            .body
            .iter()
            .position(|b| self.is_box(b))
            .unwrap_or(step.body.len());
        let (words, boxes) = step.body.split_at(split);
        let class = if boxes.is_empty() {
            "step"
        } else {
            "step step-with-boxes"
        };
        let _ = write!(
            self.out,
            "<li class=\"{class}\" id=\"{}\">",
            step_id(step.number)
        );
        self.mark(&step.picture.span);
        if !boxes.is_empty() {
            self.out.push_str("\n<div class=\"step-row\">");
        }
        self.out.push_str("\n<div class=\"step-picture\">");
        self.picture_as(&step.picture, Role::Step);
        self.out
            .push_str("</div>\n<div class=\"step-text\">\n<p class=\"step-number\">");
        self.mark_ui("step-of");
        let label = ui_html_with(
            self.page.ui,
            self.page.lang,
            "step-of",
            &[("number", step.number.into()), ("total", step.total.into())],
        );
        self.out.push_str(&label);
        self.out.push_str("</p>\n");
        self.blocks(words);
        self.out.push_str("</div>\n");
        if !boxes.is_empty() {
            self.out.push_str("</div>\n<div class=\"step-boxes\">\n");
            self.blocks(boxes);
            self.out.push_str("</div>\n");
        }
        self.out.push_str("</li>\n");
    }

    /// True for a block that is a box of its own, not words of a step.
    fn is_box(&self, block: &Block) -> bool {
        match block {
            Block::Alert(_)
            | Block::Advice(_)
            | Block::Nations(_)
            | Block::Table(_)
            | Block::Code(_) => true,
            Block::Helper(_) => self.page.helpers,
            _ => false,
        }
    }

    /// A picture list item: laid out like a step, without a number.
    fn picture_item(&mut self, item: &PictureItem) {
        self.out.push_str("<li class=\"picture-item\">");
        self.mark(&item.picture.span);
        self.out.push_str("\n<div class=\"step-picture\">");
        self.picture_as(&item.picture, Role::Step);
        self.out.push_str("</div>\n<div class=\"step-text\">\n");
        self.blocks(&item.body);
        self.out.push_str("</div>\n</li>\n");
    }

    /// A passage for some nations, labelled "If you live in Wales".
    fn passage(&mut self, passage: &Passage) {
        self.out.push_str("<div class=\"nation-passage");
        for nation in &passage.nations {
            let _ = write!(self.out, " nation-{}", nation.name());
        }
        self.out.push_str("\">");
        self.mark(&passage.span);
        self.out.push_str("\n<p class=\"nation-label\">");
        self.mark_ui("nation-passage");
        let label = self.nations_html("nation-passage", &passage.nations);
        self.out.push_str(&label);
        self.out.push_str("</p>\n");
        self.blocks(&passage.body);
        self.out.push_str("</div>\n");
    }

    /// "This guide is for people in England." as HTML, or empty when the guide does not say.
    pub fn nations_line(&self, nations: &[Nation]) -> String {
        if nations.is_empty() {
            return String::new();
        }
        self.nations_html("guide-nations", nations)
    }

    /// The interface message `id` with `$nations` filled in ("England", "England and
    /// Wales", "England, Scotland and Wales"), escaped; marked with its language when the
    /// page's language has no such message yet, so screen readers read it right.
    fn nations_html(&self, id: &str, nations: &[Nation]) -> String {
        let ui = self.page.ui;
        let lang = self.page.lang;
        let names: Vec<String> = nations
            .iter()
            .map(|n| ui.message(lang, &format!("nation-{}", n.name()), None))
            .collect();
        let joined = match names.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => ui.message_with(
                lang,
                "nations-and",
                &[
                    ("first", rest.join(", ").into()),
                    ("last", last.clone().into()),
                ],
            ),
        };
        ui_html_with(ui, lang, id, &[("nations", joined.into())])
    }

    fn list(&mut self, list: &List) {
        let tag = if list.start.is_some() { "ol" } else { "ul" };
        match list.start {
            Some(start) if start != 1 => {
                let _ = write!(self.out, "<ol start=\"{start}\">");
            }
            _ => {
                let _ = write!(self.out, "<{tag}>");
            }
        }
        self.mark(&list.span);
        self.out.push('\n');
        for item in &list.items {
            self.out.push_str("<li>");
            match item.as_slice() {
                [Block::Paragraph(text)] => {
                    self.mark_text(text);
                    self.text_into(text);
                }
                blocks => {
                    self.out.push('\n');
                    self.blocks(blocks);
                }
            }
            self.out.push_str("</li>\n");
        }
        let _ = writeln!(self.out, "</{tag}>");
    }

    /// A box with a visible label; a picture goes beside its first block of words, after the
    /// label so a screen reader hears "Urgent" first.
    fn labelled_box(
        &mut self,
        (class, kind): (&str, &str),
        span: &Range<usize>,
        picture: Option<&Picture>,
        body: &[Block],
    ) {
        let id = format!("{class}-{kind}");
        let label = ui_html(self.page.ui, self.page.lang, &id, None);
        let _ = write!(self.out, "<div class=\"{class} {class}-{kind}\">");
        self.mark(span);
        let _ = write!(self.out, "\n<p class=\"{class}-label\">");
        self.mark_ui(&id);
        self.out.push_str(&label);
        self.out.push_str("</p>\n");
        match (picture, body.split_first()) {
            // Only the first block goes beside the picture: a long list in a narrow column
            // beside it would be hard to read on a phone.
            (Some(picture), Some((first, rest))) => {
                self.out
                    .push_str("<div class=\"box-row\">\n<div class=\"step-picture\">");
                self.picture_as(picture, Role::Step);
                self.out.push_str("</div>\n<div class=\"step-text\">\n");
                self.block(first);
                self.out.push_str("</div>\n</div>\n");
                self.blocks(rest);
            }
            _ => self.blocks(body),
        }
        self.out.push_str("</div>\n");
    }

    fn alert(&mut self, alert: &Alert) {
        self.labelled_box(
            ("callout", alert.kind.name()),
            &alert.span,
            alert.picture.as_ref(),
            &alert.body,
        );
    }

    fn advice(&mut self, advice: &Advice) {
        self.labelled_box(
            ("advice", advice.kind.name()),
            &advice.span,
            None,
            &advice.body,
        );
    }

    fn table(&mut self, table: &Table) {
        self.out.push_str("<table>");
        self.mark(&table.span);
        self.out.push_str("\n<thead>\n<tr>");
        for cell in &table.head {
            self.out.push_str("<th scope=\"col\">");
            self.mark_text(cell);
            self.text_into(cell);
            self.out.push_str("</th>");
        }
        self.out.push_str("</tr>\n</thead>\n<tbody>\n");
        for row in &table.rows {
            self.out.push_str("<tr>");
            for cell in row {
                self.out.push_str("<td>");
                self.mark_text(cell);
                self.text_into(cell);
                self.out.push_str("</td>");
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>\n");
    }

    fn picture(&mut self, picture: &Picture) {
        self.picture_as(picture, Role::Figure);
    }

    fn picture_as(&mut self, picture: &Picture, role: Role) {
        let eager = self.pictures == 0;
        self.pictures += 1;
        let page = &self.page;
        let Some(prepared) = page.assets.picture(page.lang, page.slug, &picture.src) else {
            return;
        };
        let (widths, sizes) = match role {
            Role::Step => (&page.pictures.step_widths, &page.pictures.step_sizes),
            Role::Figure => (&page.pictures.figure_widths, &page.pictures.figure_sizes),
        };
        let shown = page.words.shown(&picture.alt);
        let alt = shown.text.to_plain();
        let cx = picture::Context {
            alt: &alt,
            origin: self.text_origin(&picture.alt, None),
            alt_lang: shown.lang.filter(|l| *l != page.lang),
            page: page.path,
            urls: page.urls,
            widths,
            sizes,
            eager,
        };
        self.out.push_str(&picture::html(prepared, &cx));
    }

    /// A text piece; wrapped in `<span lang dir>` when it is shown in another language than
    /// the page (an element with `dir` is isolated, so English words keep their order inside
    /// right-to-left text), and marked as not translated yet.
    fn text_into(&mut self, text: &Text) {
        let shown = self.page.words.shown(text);
        let text = shown.text;
        match shown.lang {
            Some(lang) if lang != self.page.lang => {
                let _ = write!(
                    self.out,
                    "<span class=\"untranslated\" lang=\"{}\" dir=\"{}\">",
                    lang,
                    lang.dir()
                );
                self.inlines(&text.inlines);
                self.out.push_str("</span>");
                if self.page.marks {
                    let mark = ui_html(self.page.ui, self.page.lang, "untranslated-mark", None);
                    self.out.push_str(" <small class=\"untranslated-mark\">(");
                    self.out.push_str(&mark);
                    self.out.push_str(")</small>");
                }
            }
            _ => {
                self.in_page_words = true;
                self.inlines(&text.inlines);
                self.in_page_words = false;
            }
        }
    }

    /// Page words, with the runs in the source language's script marked with its language.
    fn page_words(&mut self, text: &str) {
        let Some((source, scripts)) = self.source.filter(|_| self.in_page_words) else {
            return self.escape(text);
        };
        let mut at = 0;
        for run in tag::runs_in(text, scripts) {
            self.escape(&text[at..run.start]);
            let _ = write!(self.out, "<span lang=\"{source}\"");
            if self.page.lang.is_rtl() {
                let _ = write!(self.out, " dir=\"{}\"", source.dir());
            }
            self.out.push('>');
            self.escape(&text[run.clone()]);
            self.out.push_str("</span>");
            at = run.end;
        }
        self.escape(&text[at..]);
    }

    /// ` dir="auto"` on right-to-left pages, for elements that may hold left-to-right words
    /// (a web address, a code): the browser then isolates them and orders them by their
    /// own first letter.
    fn auto_dir(&self) -> &'static str {
        if self.page.lang.is_rtl() {
            " dir=\"auto\""
        } else {
            ""
        }
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.page_words(t),
                Inline::Strong(c) => self.wrap("strong", c),
                Inline::Emphasis(c) => self.wrap("em", c),
                Inline::Code(t) => {
                    let _ = write!(self.out, "<code{}>", self.auto_dir());
                    self.escape(t);
                    self.out.push_str("</code>");
                }
                Inline::Link(link) => self.link(link),
                Inline::Picture(p) => self.picture(p),
                Inline::SoftBreak => self.out.push('\n'),
                Inline::LineBreak => self.out.push_str("<br>\n"),
            }
        }
    }

    fn wrap(&mut self, tag: &str, children: &[Inline]) {
        let _ = write!(self.out, "<{tag}>");
        self.inlines(children);
        let _ = write!(self.out, "</{tag}>");
    }

    fn link(&mut self, link: &Link) {
        let href = match &link.target {
            Target::Guide { slug, anchor } => {
                let to = Urls::guide(self.page.lang, slug);
                let mut href = self.page.urls.relative(self.page.path, &to);
                // A whole-guide translation without the part is a warning at its file; its
                // readers land at the top of the guide meanwhile, not on a broken link.
                if let Some(anchor) = anchor
                    && self.page.site.has_part(self.page.lang, slug, anchor)
                {
                    href.push('#');
                    href.push_str(anchor);
                }
                href
            }
            Target::Anchor(anchor) => format!("#{anchor}"),
            Target::External(url) => url.clone(),
        };
        self.out.push_str("<a href=\"");
        let _ = escape_href(&mut self.out, &href);
        let _ = write!(self.out, "\"{}>", self.auto_dir());
        self.mark(&link.span);
        self.inlines(&link.children);
        self.out.push_str("</a>");
    }

    /// Words from a guide or a translation, escaped; characters that could pass for an
    /// origin marker are written as character references.
    fn escape(&mut self, text: &str) {
        escape_body(&mut self.out, text);
    }

    /// Marks the element just opened as made from `span` of the page's file.
    fn mark(&mut self, span: &Range<usize>) {
        origin::mark(&mut self.out, Origin::new(self.page.file, span));
    }

    /// Marks the element just opened as made from a piece: the translator's line when the
    /// piece is translated, else the author's.
    fn mark_text(&mut self, text: &Text) {
        let at = self.text_origin(text, None);
        origin::mark(&mut self.out, at);
    }

    /// Where a piece as shown is written (`file` for pieces whose span is in another file
    /// than the page's, such as the site's glossary).
    fn text_origin(&self, text: &Text, file: Option<FileId>) -> Origin {
        let shown = self.page.words.shown(text).text;
        let file = shown.file.or(file).unwrap_or(self.page.file);
        Origin::new(file, &shown.span)
    }

    /// Marks the element just opened as showing the interface message `id`.
    fn mark_ui(&mut self, id: &str) {
        if let Some(o) = self.page.ui.origin(self.page.lang, id) {
            origin::mark(&mut self.out, o);
        }
    }
}

/// The source language and its scripts, when the page is a translation written in none of
/// them.
fn source_scripts<'a>(page: &Page<'a>) -> Option<(&'a Lang, &'static [Script])> {
    let Words::Guide(guide) = page.words else {
        return None;
    };
    let source = guide.fallback.as_ref()?;
    let theirs = tag::scripts(source.as_str())?;
    let ours = tag::scripts(page.lang.as_str())?;
    theirs
        .iter()
        .all(|s| !ours.contains(s))
        .then_some((source, theirs))
}

/// Escapes text for an element's content (see [`Writer::escape`]).
fn escape_body(out: &mut String, text: &str) {
    if !text.chars().any(origin::is_marker_char) {
        let _ = escape_html_body_text(&mut *out, text);
        return;
    }
    let mut plain = String::new();
    let _ = escape_html_body_text(&mut plain, text);
    origin::escape_marker_chars(out, &plain);
}

/// Escapes text for an attribute value, marker characters included.
pub(super) fn escape_attribute(out: &mut String, text: &str) {
    let mut plain = String::new();
    let _ = escape_html(&mut plain, text);
    origin::escape_marker_chars(out, &plain);
}
