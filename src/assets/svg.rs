//! SVG pictures: checked for anything unsafe, then written back smaller.
//!
//! Takes an SVG file's bytes; produces the minified SVG and its size in CSS pixels (from
//! `width`/`height`, else the `viewBox`). The file is read with a real XML parser (roxmltree,
//! which refuses DTDs and so entity tricks). An SVG with a script, an event-handler
//! attribute, `foreignObject` (HTML inside the picture), or a reference to another host
//! (`href`, `xlink:href`, `url(...)` or `@import` pointing at `http:`, `https:` or `//`) is
//! refused: opened on its own, such a file could run code or track the reader.
//! Minifying drops comments, editor data (Inkscape, Sodipodi, Illustrator, Sketch),
//! `<metadata>`, and the whitespace between elements; text inside `<text>`, `<title>`,
//! `<desc>` and `<style>` is kept as written.

use std::fmt::Write;

use roxmltree::{Document, Node, NodeType, ParsingOptions};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Namespaces of drawing programs' own data, which browsers ignore.
const EDITOR_NAMESPACES: [&str; 7] = [
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.bohemiancoding.com/sketch/ns",
    "http://ns.adobe.com/",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
];

/// Elements whose text is shown or used, so their whitespace is kept.
const TEXT_ELEMENTS: [&str; 6] = ["text", "tspan", "textPath", "title", "desc", "style"];

/// A checked, minified SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Svg {
    /// The minified file.
    pub bytes: Vec<u8>,
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
}

/// Checks and minifies an SVG file; the error says what is wrong with it.
pub fn prepare(bytes: &[u8]) -> Result<Svg, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let text = text.trim_start_matches('\u{feff}');
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options)
        .map_err(|e| format!("it is not well-formed XML ({e})"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err("its outer element is not <svg xmlns=\"http://www.w3.org/2000/svg\">".into());
    }
    for node in root.descendants().filter(Node::is_element) {
        check_element(node)?;
    }
    let (width, height) = size(root)?;
    let mut out = String::with_capacity(text.len());
    write_element(root, &mut out);
    Ok(Svg {
        bytes: out.into_bytes(),
        width,
        height,
    })
}

fn check_element(node: Node) -> Result<(), String> {
    let name = node.tag_name().name();
    if name.eq_ignore_ascii_case("script") {
        return Err("it has a <script>".into());
    }
    if name.eq_ignore_ascii_case("foreignObject") {
        return Err("it has a <foreignObject>, which can hold HTML".into());
    }
    for attr in node.attributes() {
        let attr_name = attr.name();
        if attr_name.len() > 2 && attr_name[..2].eq_ignore_ascii_case("on") {
            return Err(format!("its <{name}> has an event handler, {attr_name}"));
        }
        if attr_name == "href" && is_remote(attr.value()) {
            return Err(format!("its <{name}> links to {}", attr.value().trim()));
        }
        check_css(name, attr.value())?;
    }
    if name == "style" {
        let css: String = node.children().filter_map(|c| c.text()).collect();
        check_css(name, &css)?;
    }
    Ok(())
}

/// `url(...)` and `@import` in CSS (a `style` attribute or element, or a paint like `fill`).
fn check_css(element: &str, css: &str) -> Result<(), String> {
    let lower = css.to_ascii_lowercase();
    for (marker, _) in lower.match_indices("url(") {
        let target = css[marker + 4..]
            .trim_start()
            .trim_start_matches(['"', '\'']);
        if is_remote(target) {
            return Err(format!("its <{element}> loads {}", until_close(target)));
        }
    }
    for (marker, _) in lower.match_indices("@import") {
        let target = css[marker + 7..].trim_start();
        let target = target
            .strip_prefix("url(")
            .unwrap_or(target)
            .trim_start_matches(['"', '\'']);
        if is_remote(target) {
            return Err(format!("its <{element}> imports {}", until_close(target)));
        }
    }
    Ok(())
}

fn until_close(target: &str) -> &str {
    let end = target
        .find(['"', '\'', ')', ';', ' '])
        .unwrap_or(target.len());
    &target[..end]
}

/// An address on another host, or one that runs script.
fn is_remote(address: &str) -> bool {
    let a = address.trim().to_ascii_lowercase();
    a.starts_with("//")
        || a.starts_with("http:")
        || a.starts_with("https:")
        || a.starts_with("javascript:")
        || a.starts_with("ftp:")
}

/// The SVG's size in CSS pixels: `width`/`height` in pixels, else the `viewBox`.
fn size(root: Node) -> Result<(u32, u32), String> {
    let view_box: Option<Vec<f64>> = root.attribute("viewBox").map(|v| {
        v.split([' ', ',', '\t', '\n', '\r'])
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect()
    });
    let from_box = view_box.filter(|b| b.len() == 4 && b[2] > 0.0 && b[3] > 0.0);
    let w = pixels(root.attribute("width")).or(from_box.as_ref().map(|b| b[2]));
    let h = pixels(root.attribute("height")).or(from_box.as_ref().map(|b| b[3]));
    match (w, h) {
        (Some(w), Some(h)) => Ok((round(w), round(h))),
        _ => Err("it has no size: give the <svg> a viewBox (e.g. viewBox=\"0 0 160 160\")".into()),
    }
}

fn pixels(value: Option<&str>) -> Option<f64> {
    let v = value?.trim();
    let number = v.strip_suffix("px").unwrap_or(v);
    number.parse::<f64>().ok().filter(|n| *n > 0.0)
}

fn round(v: f64) -> u32 {
    v.round().clamp(1.0, 100_000.0) as u32
}

fn is_editor(namespace: Option<&str>) -> bool {
    namespace.is_some_and(|ns| EDITOR_NAMESPACES.iter().any(|e| ns.starts_with(e)))
}

fn write_element(node: Node, out: &mut String) {
    let name = qualified(node, node.tag_name().namespace(), node.tag_name().name());
    let _ = write!(out, "<{name}");
    let parent_scope: Vec<_> = node
        .parent_element()
        .map(|p| p.namespaces().map(|n| (n.name(), n.uri())).collect())
        .unwrap_or_default();
    for ns in node.namespaces() {
        if is_editor(Some(ns.uri())) || parent_scope.contains(&(ns.name(), ns.uri())) {
            continue;
        }
        match ns.name() {
            Some(prefix) => out.push_str(&format!(" xmlns:{prefix}=\"")),
            None => out.push_str(" xmlns=\""),
        }
        escape(ns.uri(), true, out);
        out.push('"');
    }
    for attr in node.attributes().filter(|a| !is_editor(a.namespace())) {
        let _ = write!(
            out,
            " {}=\"",
            qualified(node, attr.namespace(), attr.name())
        );
        let value = attr
            .value()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        escape(&value, true, out);
        out.push('"');
    }
    let keeps_text = TEXT_ELEMENTS.contains(&node.tag_name().name());
    let children: Vec<Node> = node.children().filter(|c| kept(*c, keeps_text)).collect();
    if children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for child in children {
        match child.node_type() {
            NodeType::Element => write_element(child, out),
            _ => escape(child.text().unwrap_or_default(), false, out),
        }
    }
    let _ = write!(out, "</{name}>");
}

fn kept(node: Node, keeps_text: bool) -> bool {
    match node.node_type() {
        NodeType::Element => {
            !is_editor(node.tag_name().namespace()) && node.tag_name().name() != "metadata"
        }
        NodeType::Text => keeps_text || !node.text().unwrap_or_default().trim().is_empty(),
        _ => false,
    }
}

fn qualified(node: Node, namespace: Option<&str>, name: &str) -> String {
    match namespace.and_then(|uri| node.lookup_prefix(uri)) {
        Some(prefix) => format!("{prefix}:{name}"),
        None => name.to_owned(),
    }
}

fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' if !attribute => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(body: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 40 30\">{body}</svg>"
        )
    }

    #[test]
    fn minifies_and_keeps_what_draws() {
        let source = "<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"80px\" height=\"60\" viewBox=\"0 0 40 30\">\n  <metadata><x/></metadata>\n  <title>A  phone</title>\n  <rect inkscape:label=\"r\" x=\"1\"\n    y=\"2\" width=\"3\" height=\"4\"/>\n  <text x=\"1\">Tap &amp; hold</text>\n</svg>\n";
        let out = prepare(source.as_bytes()).unwrap();
        assert_eq!(
            String::from_utf8(out.bytes).unwrap(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80px\" height=\"60\" viewBox=\"0 0 40 30\"><title>A  phone</title><rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/><text x=\"1\">Tap &amp; hold</text></svg>"
        );
        assert_eq!((out.width, out.height), (80, 60));
    }

    #[test]
    fn size_comes_from_the_view_box_when_width_is_relative() {
        let out = prepare(svg("<rect width=\"1\" height=\"1\"/>").as_bytes()).unwrap();
        assert_eq!((out.width, out.height), (40, 30));
    }

    #[test]
    fn refuses_scripts_handlers_foreign_objects_and_other_hosts() {
        for (body, why) in [
            ("<script>alert(1)</script>", "<script>"),
            ("<rect onclick=\"x()\"/>", "onclick"),
            ("<foreignObject/>", "foreignObject"),
            (
                "<image href=\"https://x.org/a.png\"/>",
                "https://x.org/a.png",
            ),
            ("<use xlink:href=\"//x.org/a.svg#i\"/>", "//x.org/a.svg#i"),
            (
                "<rect fill=\"url(http://x.org/p.svg#g)\"/>",
                "http://x.org/p.svg#g",
            ),
            (
                "<style>@import 'https://x.org/a.css';</style>",
                "https://x.org/a.css",
            ),
            ("<a href=\"javascript:alert(1)\"><rect/></a>", "javascript:"),
        ] {
            let e = prepare(svg(body).as_bytes()).unwrap_err();
            assert!(e.contains(why), "{body}: {e}");
        }
        assert!(prepare(svg("<rect fill=\"url(#g)\"/><use href=\"#a\"/>").as_bytes()).is_ok());
    }

    #[test]
    fn refuses_doctypes_and_other_xml() {
        let bomb = "<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>";
        assert!(prepare(bomb.as_bytes()).is_err());
        assert!(prepare(b"<html/>").is_err());
    }
}
