//! The sanitising walk: an SVG's XML tree to a new tree of allowed elements and attributes,
//! and that tree written back as text.
//!
//! Takes the parsed document's root element; produces a [`Tree`] that holds only what
//! [`allow`](super::allow) lists, with every value cleaned, and names what it left out in
//! [`Removed`]. The walk and the writer use explicit stacks, so no file can exhaust the
//! call stack, and nesting is limited anyway ([`MAX_DEPTH`]).

use std::collections::BTreeMap;

use roxmltree::{Node, NodeType};

use super::{Removed, allow, css, shorten};

/// How deeply elements may nest. Real drawings stay far below; a file nested deeper is
/// refused rather than handed to browsers.
pub const MAX_DEPTH: usize = 256;

/// How many shapes a drawing may make a browser draw, counting every copy `<use>` makes.
/// A few `<use>` elements that copy each other can ask for billions.
pub const MAX_DRAWN: u64 = 250_000;

/// The kept elements, the outer `<svg>` first.
#[derive(Debug, Default)]
pub struct Tree {
    elements: Vec<Element>,
    uses_xlink: bool,
}

#[derive(Debug)]
struct Element {
    name: &'static str,
    attributes: Vec<(String, String)>,
    children: Vec<Child>,
}

#[derive(Debug)]
enum Child {
    Element(usize),
    Text(String),
}

/// What to do with an element of the source.
enum Decision {
    Keep(&'static str),
    Drop,
}

/// Builds the tree of what may be kept under `root`.
pub fn clean(root: Node, removed: &mut Removed) -> Result<Tree, String> {
    let mut walk = Walk {
        tree: Tree::default(),
        open: Vec::new(),
        dropped: None,
        depth: 0,
        removed,
    };
    // Depth first, without recursion: down to the first child, else along to the next
    // sibling, else back up. A dropped element's children are never visited.
    let mut node = root;
    let mut descend = walk.open(node)?;
    loop {
        if let Some(child) = node.first_child().filter(|_| descend) {
            node = child;
            descend = walk.open(node)?;
            continue;
        }
        loop {
            walk.close(node);
            if node == root {
                return Ok(walk.tree);
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                descend = walk.open(node)?;
                break;
            }
            node = node.parent().expect("below the root");
        }
    }
}

struct Walk<'r> {
    tree: Tree,
    /// The kept elements that are open, innermost last.
    open: Vec<usize>,
    /// The element just dropped, whose children are not visited.
    dropped: Option<roxmltree::NodeId>,
    depth: usize,
    removed: &'r mut Removed,
}

impl Walk<'_> {
    /// Takes in a node; true when its children are to be visited too.
    fn open(&mut self, node: Node) -> Result<bool, String> {
        if node.is_element() {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(format!(
                    "its elements are nested more than {MAX_DEPTH} deep"
                ));
            }
        }
        match node.node_type() {
            NodeType::Element => return Ok(self.element(node)),
            NodeType::Text => self.text(node),
            NodeType::PI => {
                let target = node.pi().map_or("", |p| p.target);
                self.removed.add(format!(
                    "the processing instruction <?{}?>",
                    shorten(target)
                ));
            }
            NodeType::Comment | NodeType::Root => {}
        }
        Ok(false)
    }

    fn close(&mut self, node: Node) {
        if !node.is_element() {
            return;
        }
        self.depth -= 1;
        if self.dropped == Some(node.id()) {
            self.dropped = None;
            return;
        }
        let index = self.open.pop().expect("every kept element was opened");
        if self.tree.elements[index].name == "style" {
            self.finish_style(index);
        }
    }

    /// Keeps or drops an element; true when it is kept (so its children are visited).
    fn element(&mut self, node: Node) -> bool {
        let in_style = self
            .open
            .last()
            .is_some_and(|&p| self.tree.elements[p].name == "style");
        if in_style {
            self.removed.add("an element inside <style>");
            self.dropped = Some(node.id());
            return false;
        }
        let name = match decide(node, self.removed) {
            Decision::Keep(name) => name,
            Decision::Drop => {
                self.dropped = Some(node.id());
                return false;
            }
        };
        let attributes = attributes(node, name, self.removed, &mut self.tree.uses_xlink);
        let index = self.tree.elements.len();
        self.tree.elements.push(Element {
            name,
            attributes,
            children: Vec::new(),
        });
        if let Some(&parent) = self.open.last() {
            self.tree.elements[parent]
                .children
                .push(Child::Element(index));
        }
        self.open.push(index);
        true
    }

    /// Text is kept where it is shown (and in `<style>`, cleaned when the element closes);
    /// elsewhere it is only the spacing between elements.
    fn text(&mut self, node: Node) {
        let Some(&parent) = self.open.last() else {
            return;
        };
        let element = &mut self.tree.elements[parent];
        if allow::TEXT_ELEMENTS.contains(&element.name) || element.name == "style" {
            element
                .children
                .push(Child::Text(node.text().unwrap_or_default().to_owned()));
        }
    }

    /// Replaces a `<style>` element's text by its cleaned rules, or removes it when none is left.
    fn finish_style(&mut self, index: usize) {
        let text: String = self.tree.elements[index]
            .children
            .drain(..)
            .filter_map(|c| match c {
                Child::Text(t) => Some(t),
                Child::Element(_) => None,
            })
            .collect();
        let kept = css::stylesheet(&text, self.removed);
        if !kept.is_empty() {
            self.tree.elements[index].children.push(Child::Text(kept));
        } else if let Some(&parent) = self.open.last() {
            self.tree.elements[parent].children.pop();
        }
    }
}

/// Whether an element is kept (and under which name), or dropped with what it holds.
fn decide(node: Node, removed: &mut Removed) -> Decision {
    let tag = node.tag_name();
    let local = tag.name();
    match tag.namespace() {
        Some(allow::SVG_NS) => {}
        Some(ns) if allow::editor_namespace(ns) => return Decision::Drop,
        Some(ns) => {
            removed.add(format!(
                "<{}> from another vocabulary ({})",
                shorten(local),
                shorten(ns)
            ));
            return Decision::Drop;
        }
        None => {
            removed.add(format!("<{}> outside the SVG vocabulary", shorten(local)));
            return Decision::Drop;
        }
    }
    if local == "metadata" {
        return Decision::Drop;
    }
    if local == "a" {
        removed.add("the link <a> (what it holds is kept)");
        return Decision::Keep("g");
    }
    if local == "style"
        && !node
            .attribute("type")
            .is_none_or(|t| t.trim().eq_ignore_ascii_case("text/css"))
    {
        removed.add("a <style> that is not CSS");
        return Decision::Drop;
    }
    match allow::element(local) {
        Some(name) => Decision::Keep(name),
        None => {
            removed.add(format!("<{}>", shorten(local)));
            Decision::Drop
        }
    }
}

/// The attributes of an element that may be kept, with cleaned values.
fn attributes(
    node: Node,
    element: &'static str,
    removed: &mut Removed,
    uses_xlink: &mut bool,
) -> Vec<(String, String)> {
    let mut kept = Vec::new();
    let unwrapped_link = node.tag_name().name() == "a";
    for attr in node.attributes() {
        let name = attr.name();
        let value = attr.value();
        // A link's own attributes went with the link; the warning already says so.
        if unwrapped_link && LINK_ATTRIBUTES.contains(&name) {
            continue;
        }
        match attr.namespace() {
            None => {
                if let Some(v) = plain(element, name, value, removed) {
                    kept.push((name.to_owned(), v));
                }
            }
            Some(allow::XLINK_NS) if name == "href" => {
                if let Some(v) = href(element, value, removed) {
                    *uses_xlink = true;
                    kept.push(("xlink:href".to_owned(), v));
                }
            }
            Some(allow::XLINK_NS) => {}
            Some(allow::XML_NS) if name == "space" && matches!(value, "default" | "preserve") => {
                kept.push(("xml:space".to_owned(), value.to_owned()));
            }
            Some(allow::XML_NS) if name == "lang" && allow::suspicious(value).is_none() => {
                kept.push(("xml:lang".to_owned(), collapse(value)));
            }
            Some(allow::XML_NS) => removed.add(format!("`xml:{}` on <{element}>", shorten(name))),
            Some(ns) if allow::editor_namespace(ns) => {}
            Some(ns) => removed.add(format!(
                "the attribute `{}` from another vocabulary ({}) on <{element}>",
                shorten(name),
                shorten(ns)
            )),
        }
    }
    kept
}

/// The attributes of `<a>` that make it a link.
const LINK_ATTRIBUTES: &[&str] = &[
    "href",
    "target",
    "download",
    "rel",
    "ping",
    "hreflang",
    "referrerpolicy",
    "type",
    "show",
    "actuate",
    "title",
];

/// A plain attribute's kept value, or `None` when it is removed.
fn plain(element: &str, name: &str, value: &str, removed: &mut Removed) -> Option<String> {
    if element == "style" && name == "type" {
        // Checked to be CSS already; what is written is CSS.
        return None;
    }
    if name == "href" {
        return href(element, value, removed);
    }
    if name == "style" {
        let kept = css::declarations(value, element, removed);
        return (!kept.is_empty()).then_some(kept);
    }
    if allow::presentation_attribute(name) {
        return match css::value(value) {
            Ok(v) => Some(v),
            Err(why) => {
                removed.add(format!("`{name}: {why}` on <{element}>"));
                None
            }
        };
    }
    if allow::plain_attribute(name) || name.starts_with("aria-") {
        return match allow::suspicious(value) {
            None => Some(collapse(value)),
            Some(what) => {
                removed.add(format!("`{name}` on <{element}>, which holds `{what}`"));
                None
            }
        };
    }
    if name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on")) {
        removed.add(format!(
            "the event handler `{}` on <{element}>",
            shorten(name)
        ));
    } else if !allow::quiet_attribute(name) {
        removed.add(format!("the attribute `{}` on <{element}>", shorten(name)));
    }
    None
}

/// `#id` for a reference to an element of the same file, on an element that may have one.
fn href(element: &str, value: &str, removed: &mut Removed) -> Option<String> {
    let trimmed = value.trim_matches(|c: char| c.is_ascii_whitespace());
    match trimmed.strip_prefix('#') {
        Some(id) if allow::takes_href(element) && css::is_plain_id(id) => Some(format!("#{id}")),
        _ => {
            removed.add(format!("the link to `{}` on <{element}>", shorten(trimmed)));
            None
        }
    }
}

fn collapse(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Tree {
    /// Refuses a drawing whose `<use>` elements would make a browser draw more than
    /// [`MAX_DRAWN`] shapes (each counts what it holds and what it copies).
    pub fn check_copies(&self) -> Result<(), String> {
        if self.elements.is_empty() {
            return Ok(());
        }
        let edges = self.edges();
        let drawn = weights(&edges)[0];
        if drawn > MAX_DRAWN {
            return Err(format!(
                "its <use> elements copy each other into more than {MAX_DRAWN} shapes"
            ));
        }
        Ok(())
    }

    /// For each element: the elements it holds, and the one it copies when it is a `<use>`.
    fn edges(&self) -> Vec<Vec<usize>> {
        let mut ids = BTreeMap::new();
        for (i, e) in self.elements.iter().enumerate() {
            if let Some((_, id)) = e.attributes.iter().find(|(n, _)| n == "id") {
                ids.entry(id.as_str()).or_insert(i);
            }
        }
        self.elements
            .iter()
            .map(|e| {
                let mut out: Vec<usize> = e
                    .children
                    .iter()
                    .filter_map(|c| match c {
                        Child::Element(i) => Some(*i),
                        Child::Text(_) => None,
                    })
                    .collect();
                if e.name == "use" {
                    let target = e
                        .attributes
                        .iter()
                        .find(|(n, _)| n == "href" || n == "xlink:href")
                        .and_then(|(_, v)| ids.get(&v[1..]));
                    out.extend(target);
                }
                out
            })
            .collect()
    }

    /// The file written back: namespaces declared once on the outer element, attributes in
    /// their source order, text escaped, no comments, no whitespace between elements.
    pub fn write(&self) -> String {
        let mut out = String::new();
        if self.elements.is_empty() {
            return out;
        }
        let mut stack: Vec<(usize, usize)> = Vec::new();
        if self.open_tag(0, &mut out) {
            stack.push((0, 0));
        }
        while let Some((index, next)) = stack.last_mut() {
            let element = &self.elements[*index];
            let Some(child) = element.children.get(*next) else {
                out.push_str("</");
                out.push_str(element.name);
                out.push('>');
                stack.pop();
                continue;
            };
            *next += 1;
            match child {
                Child::Text(text) => escape(text, false, &mut out),
                Child::Element(i) => {
                    if self.open_tag(*i, &mut out) {
                        stack.push((*i, 0));
                    }
                }
            }
        }
        out
    }

    /// Writes `<name attrs>` (or `<name attrs/>`); true when the element has children.
    fn open_tag(&self, index: usize, out: &mut String) -> bool {
        let element = &self.elements[index];
        out.push('<');
        out.push_str(element.name);
        if index == 0 {
            out.push_str(" xmlns=\"");
            out.push_str(allow::SVG_NS);
            out.push('"');
            if self.uses_xlink {
                out.push_str(" xmlns:xlink=\"");
                out.push_str(allow::XLINK_NS);
                out.push('"');
            }
        }
        for (name, value) in &element.attributes {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape(value, true, out);
            out.push('"');
        }
        if element.children.is_empty() {
            out.push_str("/>");
            return false;
        }
        out.push('>');
        true
    }
}

/// How many shapes each element makes a browser draw (itself, what it holds, what it copies),
/// worked out without recursion; a `<use>` that copies one of its own ancestors counts once.
fn weights(edges: &[Vec<usize>]) -> Vec<u64> {
    const NEW: u8 = 0;
    const ACTIVE: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; edges.len()];
    let mut weight = vec![0u64; edges.len()];
    let mut stack = vec![(0usize, 0usize)];
    state[0] = ACTIVE;
    while let Some((node, next)) = stack.last_mut() {
        if let Some(&target) = edges[*node].get(*next) {
            *next += 1;
            if state[target] == NEW {
                state[target] = ACTIVE;
                stack.push((target, 0));
            }
            continue;
        }
        let node = *node;
        stack.pop();
        let held = edges[node]
            .iter()
            .filter(|t| state[**t] == DONE)
            .fold(1u64, |sum, t| sum.saturating_add(weight[*t]));
        weight[node] = held.min(MAX_DRAWN + 1);
        state[node] = DONE;
    }
    weight
}

fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            // Whitespace in attribute values would be turned into spaces by the next reader.
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}
