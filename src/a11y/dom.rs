//! A page parsed once with html5ever into a tree (scraper's, on ego-tree), with the byte
//! range of every element's start tag in the page, so a finding can say line and column.
//!
//! html5ever's tree builder does not report offsets, so the tokenizer is driven by hand:
//! each token passes through [`Located`] on its way to the tree builder, which notes how much
//! of the input is left at that moment (the tokenizer has just consumed the tag's `>`); every
//! element the builder creates for that token gets the token's range. Elements the parser
//! adds by itself (`<html>`, `<head>`, `<tbody>` when they are not written) get no range and
//! are placed at the first written element inside them.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, QualName};
use scraper::{ElementRef, Html, HtmlTreeSink, Node};

use super::finding::{Lines, Position, Source, snippet};

/// A parsed page: the tree, the text it came from, and where each element starts.
pub struct Page {
    /// The tree.
    pub html: Html,
    /// The page's text.
    pub text: String,
    /// Which page this is, for positions.
    pub source: Source,
    tags: HashMap<NodeId, Range<usize>>,
    lines: Lines,
}

impl Page {
    /// Parses `text`, a whole HTML document.
    pub fn parse(path: &str, text: &str) -> Page {
        let queue = Rc::new(BufferQueue::default());
        queue.push_back(StrTendril::from_slice(text));
        let sink = Sink {
            inner: HtmlTreeSink::new(Html::new_document()),
            current: RefCell::new(None),
            tags: RefCell::new(HashMap::new()),
        };
        let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
        let located = Located {
            builder,
            queue: Rc::clone(&queue),
            total: text.len(),
            consumed: Cell::new(0),
            text,
        };
        let tokenizer = Tokenizer::new(located, TokenizerOpts::default());
        // A script end tag pauses the tokenizer; nothing runs scripts here, so go on.
        while !matches!(tokenizer.feed(&queue), html5ever::TokenizerResult::Done) {}
        tokenizer.end();
        let located = tokenizer.sink;
        let sink = located.builder.sink;
        let tags = sink.tags.into_inner();
        Page {
            html: sink.inner.finish(),
            text: text.to_owned(),
            source: Source::Page(path.to_owned()),
            tags,
            lines: Lines::new(text),
        }
    }

    /// The range of an element's start tag, or of the first written element inside it.
    pub fn range(&self, element: ElementRef) -> Range<usize> {
        if let Some(r) = self.tags.get(&element.id()) {
            return r.clone();
        }
        element
            .descendants()
            .find_map(|n| self.tags.get(&n.id()).cloned())
            .unwrap_or(0..0)
    }

    /// The position of an element's start tag.
    pub fn position(&self, element: ElementRef) -> Position {
        self.lines
            .position(&self.source, &self.text, self.range(element))
    }

    /// The element's start tag, shortened, for messages.
    pub fn snippet(&self, element: ElementRef) -> String {
        snippet(&self.text, self.range(element), 120)
    }

    /// Every element, in document order.
    pub fn elements(&self) -> impl Iterator<Item = ElementRef<'_>> {
        self.html
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
    }

    /// The `<html>` element.
    pub fn root(&self) -> ElementRef<'_> {
        self.html.root_element()
    }

    /// The `<body>` element, when there is one.
    pub fn body(&self) -> Option<ElementRef<'_>> {
        self.root()
            .children()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "body")
    }

    /// The first element with this id.
    pub fn by_id(&self, id: &str) -> Option<ElementRef<'_>> {
        self.elements().find(|e| e.value().id() == Some(id))
    }
}

/// The tokenizer's sink: notes the byte range of each tag token, then hands it on.
struct Located<'t> {
    builder: TreeBuilder<NodeId, Sink>,
    queue: Rc<BufferQueue>,
    total: usize,
    consumed: Cell<usize>,
    text: &'t str,
}

impl Located<'_> {
    /// Bytes of input the tokenizer has not consumed yet. The queue has no length, so its
    /// buffers are moved out and back (there are one or two).
    fn remaining(&self) -> usize {
        let taken = BufferQueue::default();
        taken.swap_with(&self.queue);
        let back = BufferQueue::default();
        let mut len = 0;
        while let Some(buffer) = taken.pop_front() {
            len += buffer.len();
            back.push_back(buffer);
        }
        self.queue.swap_with(&back);
        len
    }
}

impl TokenSink for Located<'_> {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<NodeId> {
        let end = self.total.saturating_sub(self.remaining());
        let start = self.consumed.replace(end);
        if let Token::TagToken(tag) = &token
            && tag.kind == TagKind::StartTag
        {
            let begin = tag_start(self.text, start, end, &tag.name);
            *self.builder.sink.current.borrow_mut() = Some((tag.name.to_string(), begin..end));
        }
        let result = self.builder.process_token(token, line);
        *self.builder.sink.current.borrow_mut() = None;
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Where the tag that ends at `end` begins: the first `<name` after the previous token.
fn tag_start(text: &str, from: usize, end: usize, name: &str) -> usize {
    let end = end.min(text.len());
    let from = from.min(end);
    let window = &text.as_bytes()[from..end];
    (0..window.len())
        .find(|&i| {
            window[i] == b'<'
                && window
                    .get(i + 1..i + 1 + name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        })
        .map_or(from, |i| from + i)
}

/// scraper's tree sink, plus the range of the tag each element was made from.
struct Sink {
    inner: HtmlTreeSink,
    current: RefCell<Option<(String, Range<usize>)>>,
    tags: RefCell<HashMap<NodeId, Range<usize>>>,
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Self;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self {
        self
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg);
    }
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let local = name.local.to_string();
        let id = self.inner.create_element(name, attrs, flags);
        if let Some((tag, range)) = &*self.current.borrow()
            && *tag == local
        {
            self.tags.borrow_mut().insert(id, range.clone());
        }
        id
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.inner.append(parent, child);
    }
    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.inner.append_based_on_parent_node(element, prev, child);
    }
    fn append_doctype_to_document(&self, name: StrTendril, public: StrTendril, system: StrTendril) {
        self.inner.append_doctype_to_document(name, public, system);
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node);
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent);
    }
}

/// The value of an attribute, when present.
pub fn attr<'a>(e: ElementRef<'a>, name: &str) -> Option<&'a str> {
    // scraper's own `attr` interns the name first (a hash per call); the checks ask for
    // attributes of every ancestor of every element, so a plain scan is much faster.
    e.value().attrs().find(|(n, _)| *n == name).map(|(_, v)| v)
}

/// The element's tag name (lower case for HTML).
pub fn name<'a>(e: ElementRef<'a>) -> &'a str {
    e.value().name()
}

/// The element's parent element.
pub fn parent(e: ElementRef<'_>) -> Option<ElementRef<'_>> {
    e.parent().and_then(ElementRef::wrap)
}

/// The element's ancestors, nearest first.
pub fn ancestors(e: ElementRef<'_>) -> impl Iterator<Item = ElementRef<'_>> {
    e.ancestors().filter_map(ElementRef::wrap)
}

/// The element's child elements.
pub fn children(e: ElementRef<'_>) -> impl Iterator<Item = ElementRef<'_>> {
    e.children().filter_map(ElementRef::wrap)
}

/// Is the element hidden from everyone (`hidden`, `display: none` or `visibility: hidden`
/// in its style attribute, or an element that is never rendered)?
pub fn hidden_self(e: ElementRef<'_>) -> bool {
    if attr(e, "hidden").is_some() {
        return true;
    }
    if matches!(
        name(e),
        "head" | "script" | "style" | "template" | "noscript" | "title" | "meta" | "link"
    ) {
        return true;
    }
    if name(e) == "input" && attr(e, "type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")) {
        return true;
    }
    attr(e, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Is the element or an ancestor hidden from everyone?
pub fn hidden(e: ElementRef<'_>) -> bool {
    std::iter::once(e).chain(ancestors(e)).any(hidden_self)
}

/// Does the element itself have aria-hidden="true"?
pub fn aria_hidden_self(e: ElementRef<'_>) -> bool {
    attr(e, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// Is the element or an ancestor hidden from assistive technology (aria-hidden="true")?
pub fn aria_hidden(e: ElementRef<'_>) -> bool {
    std::iter::once(e).chain(ancestors(e)).any(aria_hidden_self)
}

/// The element's text (every text node inside it), with white space collapsed.
pub fn text(e: ElementRef<'_>) -> String {
    collapse(&e.text().collect::<String>())
}

/// White space collapsed to single spaces and trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The element's own direct text (not its children's).
pub fn own_text(e: ElementRef<'_>) -> String {
    let mut s = String::new();
    for c in e.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
        }
    }
    collapse(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_know_where_their_start_tag_is() {
        let html = "<!doctype html>\n<html lang=en>\n<title>x</title>\n<p class=\"a>b\">one &amp; <img src=x.png>\n<P>two";
        let page = Page::parse("p.html", html);
        let img = page.elements().find(|e| name(*e) == "img").unwrap();
        let p = page.position(img);
        assert_eq!((p.line, p.column), (4, 26));
        assert_eq!(page.snippet(img), "<img src=x.png>");
        let second = page.elements().filter(|e| name(*e) == "p").nth(1).unwrap();
        assert_eq!(page.position(second).line, 5);
        // <body> and <head> are not written: they are placed at the first element inside.
        assert_eq!(page.position(page.body().unwrap()).line, 4);
    }

    #[test]
    fn tags_inside_comments_and_scripts_are_skipped() {
        let html = "<html><!-- <img> --><script>var a = '<img>';</script>\n<img alt=\"\">";
        let page = Page::parse("p.html", html);
        let img = page.elements().find(|e| name(*e) == "img").unwrap();
        assert_eq!(page.position(img).line, 2);
    }
}
