//! An independent judge of sanitised SVG files: what a published drawing must never hold,
//! written without the sanitiser's allowlists so the two can catch each other's mistakes.

use roxmltree::{Document, NodeType, ParsingOptions};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Elements that run script, animate, link, embed or load.
const FORBIDDEN: &[&str] = &[
    "script",
    "foreignObject",
    "a",
    "image",
    "animate",
    "animateMotion",
    "animateTransform",
    "animateColor",
    "set",
    "mpath",
    "discard",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
    "font",
    "font-face",
    "font-face-uri",
    "font-face-src",
    "cursor",
    "view",
    "video",
    "audio",
    "canvas",
    "meta",
    "link",
    "base",
];

/// Why a sanitised file is not safe to publish, or `None` when it is.
pub fn unsafe_part(svg: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(svg).ok()?;
    if text.contains("<!") || text.contains("<?") {
        return Some("a DOCTYPE, comment, CDATA section or processing instruction".into());
    }
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(e) => return Some(format!("it does not parse again: {e}")),
    };
    for node in doc.descendants() {
        match node.node_type() {
            NodeType::Root | NodeType::Text => {}
            NodeType::Element => {
                if let Some(why) = bad_element(node) {
                    return Some(why);
                }
            }
            other => return Some(format!("a {other:?} node")),
        }
    }
    None
}

fn bad_element(node: roxmltree::Node) -> Option<String> {
    let tag = node.tag_name();
    if tag.namespace() != Some(SVG_NS) {
        return Some(format!("<{}> outside the SVG namespace", tag.name()));
    }
    if FORBIDDEN.contains(&tag.name()) {
        return Some(format!("<{}>", tag.name()));
    }
    for attr in node.attributes() {
        let name = attr.name().to_ascii_lowercase();
        if !matches!(attr.namespace(), None | Some(XLINK_NS) | Some(XML_NS)) {
            return Some(format!("an attribute from {:?}", attr.namespace()));
        }
        if name.starts_with("on") {
            return Some(format!("the handler {name}"));
        }
        if name == "href" && !attr.value().starts_with('#') {
            return Some(format!("href={}", attr.value()));
        }
        if name == "base" {
            return Some("xml:base".into());
        }
        if let Some(why) = bad_css(attr.value()) {
            return Some(format!("{name}: {why}"));
        }
    }
    if tag.name() == "style" {
        if node.attribute("type").is_some_and(|t| t != "text/css") {
            return Some("a <style> that is not CSS".into());
        }
        let css: String = node.children().filter_map(|c| c.text()).collect();
        return bad_css(&css);
    }
    None
}

/// Any `url()` not to `#…`, any at-rule, escape, or script scheme in CSS or a value.
fn bad_css(value: &str) -> Option<String> {
    let squashed: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    for (at, _) in squashed.match_indices("url(") {
        let rest = squashed[at + 4..].trim_start_matches(['"', '\'']);
        if !rest.starts_with('#') {
            return Some(format!("url({rest})"));
        }
    }
    for needle in [
        "@",
        "\\",
        "javascript:",
        "vbscript:",
        "data:",
        "expression(",
        "image-set(",
        "var(",
    ] {
        if squashed.contains(needle) {
            return Some(needle.to_owned());
        }
    }
    None
}
