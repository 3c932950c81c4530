//! Accessible names, after the W3C "Accessible Name and Description Computation 1.2", for
//! what a static page can decide: aria-labelledby, aria-label, the native label (alt, <label>,
//! <caption>, <legend>, <title> of an SVG, a button's value), the element's own text for roles
//! named from content (links, buttons, headings...), then `title`.

use scraper::{ElementRef, Node};

use super::aria;
use super::dom::{Page, aria_hidden_self, attr, children, collapse, hidden_self, name};

/// The accessible name of `e`, white space collapsed; empty when it has none.
pub fn accessible_name(page: &Page, e: ElementRef<'_>) -> String {
    compute(page, e, 0, false)
}

fn compute(page: &Page, e: ElementRef<'_>, depth: usize, in_reference: bool) -> String {
    if depth > 8 {
        return String::new();
    }
    if !in_reference && let Some(ids) = attr(e, "aria-labelledby") {
        let words: Vec<String> = ids
            .split_ascii_whitespace()
            .filter_map(|id| page.by_id(id))
            .map(|r| compute(page, r, depth + 1, true))
            .filter(|s| !s.is_empty())
            .collect();
        if !words.is_empty() {
            return words.join(" ");
        }
    }
    if let Some(label) = attr(e, "aria-label")
        .map(collapse)
        .filter(|s| !s.is_empty())
    {
        return label;
    }
    if let Some(native) = native_name(page, e, depth).filter(|s| !s.is_empty()) {
        return native;
    }
    if in_reference || named_from_content(e) {
        let content = content_name(page, e, depth);
        if !content.is_empty() {
            return content;
        }
    }
    attr(e, "title").map(collapse).unwrap_or_default()
}

fn native_name(page: &Page, e: ElementRef<'_>, depth: usize) -> Option<String> {
    match name(e) {
        "img" | "area" => attr(e, "alt").map(collapse),
        "input" => input_name(page, e, depth),
        "select" | "textarea" | "meter" | "progress" | "output" => label_name(page, e, depth),
        "fieldset" => child_text(page, e, "legend", depth),
        "figure" => child_text(page, e, "figcaption", depth),
        "table" => child_text(page, e, "caption", depth),
        "svg" => child_text(page, e, "title", depth),
        "iframe" | "frame" => attr(e, "title").map(collapse),
        "object" => Some(content_name(page, e, depth)),
        _ => None,
    }
}

fn input_name(page: &Page, e: ElementRef<'_>, depth: usize) -> Option<String> {
    let kind = attr(e, "type").unwrap_or("text").to_ascii_lowercase();
    match kind.as_str() {
        "image" => attr(e, "alt").map(collapse),
        "submit" | "reset" | "button" => attr(e, "value")
            .map(collapse)
            .or_else(|| label_name(page, e, depth))
            .or_else(|| match kind.as_str() {
                "submit" => Some("Submit".into()),
                "reset" => Some("Reset".into()),
                _ => None,
            }),
        _ => label_name(page, e, depth),
    }
}

/// The text of the `<label>`s of a form control: `for` its id, or wrapped around it.
pub fn label_name(page: &Page, e: ElementRef<'_>, depth: usize) -> Option<String> {
    let labels = labels(page, e);
    let words: Vec<String> = labels
        .into_iter()
        .map(|l| content_name(page, l, depth + 1))
        .filter(|s| !s.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The `<label>` elements of a form control.
pub fn labels<'a>(page: &'a Page, e: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    let mut found: Vec<ElementRef> = Vec::new();
    if let Some(id) = e.value().id() {
        found.extend(
            page.elements()
                .filter(|l| name(*l) == "label" && attr(*l, "for") == Some(id)),
        );
    }
    if let Some(wrapping) = super::dom::ancestors(e).find(|a| name(*a) == "label")
        && attr(wrapping, "for").is_none_or(|f| Some(f) == e.value().id())
        && !found.iter().any(|f| f.id() == wrapping.id())
    {
        found.push(wrapping);
    }
    found
}

fn child_text(page: &Page, e: ElementRef<'_>, child: &str, depth: usize) -> Option<String> {
    children(e)
        .find(|c| name(*c) == child)
        .map(|c| content_name(page, c, depth + 1))
}

/// Roles whose name comes from their content (links, buttons, headings, cells...).
fn named_from_content(e: ElementRef<'_>) -> bool {
    aria::role(e).is_some_and(|r| {
        matches!(
            r,
            "button"
                | "cell"
                | "checkbox"
                | "columnheader"
                | "gridcell"
                | "heading"
                | "link"
                | "menuitem"
                | "menuitemcheckbox"
                | "menuitemradio"
                | "option"
                | "radio"
                | "row"
                | "rowheader"
                | "switch"
                | "tab"
                | "tooltip"
                | "treeitem"
                | "caption"
                | "term"
                | "definition"
                | "listitem"
                | "doc-backlink"
                | "doc-biblioref"
                | "doc-glossref"
                | "doc-noteref"
        )
    }) || name(e) == "summary"
}

/// The text inside `e`, with pictures' alt text and nested names, skipping hidden parts.
pub fn content_name(page: &Page, e: ElementRef<'_>, depth: usize) -> String {
    let mut out = String::new();
    // Deeper than any real control's content: stop rather than exhaust the stack.
    if depth > 64 {
        return out;
    }
    for child in e.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if hidden_self(c) || aria_hidden_self(c) {
                    continue;
                }
                let piece = match name(c) {
                    "img" | "area" | "svg" => compute(page, c, depth + 1, false),
                    // An embedded control adds its value, not its own label.
                    "input"
                        if attr(c, "type").is_some_and(|t| {
                            matches!(
                                t.to_ascii_lowercase().as_str(),
                                "button" | "submit" | "reset" | "image"
                            )
                        }) =>
                    {
                        compute(page, c, depth + 1, false)
                    }
                    "input" => attr(c, "value").unwrap_or_default().to_owned(),
                    "select" | "textarea" => String::new(),
                    "br" => " ".into(),
                    _ if attr(c, "aria-label").is_some()
                        || attr(c, "aria-labelledby").is_some() =>
                    {
                        compute(page, c, depth + 1, false)
                    }
                    _ => content_name(page, c, depth + 1),
                };
                out.push(' ');
                out.push_str(&piece);
                out.push(' ');
            }
            _ => {}
        }
    }
    collapse(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(html: &str, tag: &str) -> String {
        let page = Page::parse("t.html", html);
        let e = page.elements().find(|e| name(*e) == tag).unwrap();
        accessible_name(&page, e)
    }

    #[test]
    fn names_come_from_the_right_places() {
        assert_eq!(
            named("<a href=x>Go <img src=a alt=home></a>", "a"),
            "Go home"
        );
        assert_eq!(named("<a href=x><img src=a alt=\"\"></a>", "a"), "");
        assert_eq!(named("<a href=x aria-label=Start>›</a>", "a"), "Start");
        assert_eq!(
            named(
                "<span id=l>Your name</span><input aria-labelledby=l>",
                "input"
            ),
            "Your name"
        );
        assert_eq!(
            named("<label for=n>Name</label><input id=n>", "input"),
            "Name"
        );
        assert_eq!(named("<label>Name <input></label>", "input"), "Name");
        assert_eq!(
            named("<button><svg><title>Close</title></svg></button>", "button"),
            "Close"
        );
        assert_eq!(
            named("<a href=x><span aria-hidden=true>★</span></a>", "a"),
            ""
        );
    }
}
