use super::*;

fn svg(body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 40 30\">{body}</svg>"
    )
}

fn clean(body: &str) -> (String, Vec<String>) {
    let out = prepare(svg(body).as_bytes()).unwrap();
    (String::from_utf8(out.bytes).unwrap(), out.removed)
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
    assert!(out.removed.is_empty(), "{:?}", out.removed);
}

#[test]
fn size_comes_from_the_view_box_when_width_is_relative() {
    let out = prepare(svg("<rect width=\"1\" height=\"1\"/>").as_bytes()).unwrap();
    assert_eq!((out.width, out.height), (40, 30));
}

#[test]
fn drops_scripts_handlers_foreign_content_and_animation() {
    let (out, removed) = clean(
        "<script>alert(1)</script><rect onclick=\"x()\" width=\"1\" height=\"1\"/><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(2)</script></div></foreignObject><a href=\"#x\"><animate attributeName=\"href\" to=\"javascript:alert(3)\"/><set attributeName=\"onclick\" to=\"alert(4)\"/><circle r=\"2\"/></a>",
    );
    assert_eq!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"><rect width=\"1\" height=\"1\"/><g><circle r=\"2\"/></g></svg>"
    );
    assert_eq!(
        removed,
        [
            "<animate>",
            "<foreignObject>",
            "<script>",
            "<set>",
            "the event handler `onclick` on <rect>",
            "the link <a> (what it holds is kept)",
        ]
    );
}

#[test]
fn keeps_references_inside_the_file_only() {
    let (out, removed) = clean(
        "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient><path id=\"p\" d=\"M0 0h4\"/></defs><use href=\"#p\"/><use xlink:href=\" #p \"/><use href=\"https://x.org/a.svg#p\"/><use xlink:href=\"//x.org/a.svg#p\"/><use href=\"a.svg#p\"/><rect fill=\"url(#g)\" stroke=\"url(http://x.org/#g)\" width=\"1\" height=\"1\"/><image href=\"data:image/png;base64,AAAA\"/>",
    );
    assert_eq!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 40 30\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient><path id=\"p\" d=\"M0 0h4\"/></defs><use href=\"#p\"/><use xlink:href=\"#p\"/><use/><use/><use/><rect fill=\"url(#g)\" width=\"1\" height=\"1\"/></svg>"
    );
    assert_eq!(
        removed,
        [
            "<image>",
            "`stroke: url(http://x.org/#g)` on <rect>",
            "the link to `//x.org/a.svg#p` on <use>",
            "the link to `a.svg#p` on <use>",
            "the link to `https://x.org/a.svg#p` on <use>",
        ]
    );
}

#[test]
fn obfuscated_schemes_are_links_like_any_other() {
    for href in [
        "javascript:alert(1)",
        " &#106;avascript:alert(1)",
        "java&#x09;script:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "&#x85;javascript:alert(1)",
        "&#xA0;javascript:alert(1)",
    ] {
        let href = href.replace('<', "&lt;");
        let (out, removed) = clean(&format!(
            "<use href=\"{href}\"/><use xlink:href=\"{href}\"/>"
        ));
        assert!(out.ends_with("<use/><use/></svg>"), "{href}: {out}");
        assert_eq!(removed.len(), 1, "{href}: {removed:?}");
    }
}

#[test]
fn styles_keep_only_presentation() {
    let (out, removed) = clean(
        "<style type=\"text/css\"><![CDATA[ @import url(https://x.org/a.css); .a { fill: #fff; background-image: url(https://x.org/b.png) } ]]></style><rect class=\"a\" style=\"fill: url(&quot;https://x.org/#a&quot;); stroke: blue\" width=\"1\" height=\"1\"/>",
    );
    assert_eq!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"><style>.a{fill:#fff}</style><rect class=\"a\" style=\"stroke:blue\" width=\"1\" height=\"1\"/></svg>"
    );
    assert_eq!(
        removed,
        [
            "@import in <style>",
            "`fill: url(https://x.org/#a)` in a style on <rect>",
            "the style property `background-image` on <style>",
        ]
    );
}

#[test]
fn a_style_with_nothing_left_goes() {
    let (out, removed) = clean("<style>@import 'https://x.org/a.css';</style><rect/>");
    assert!(!out.contains("<style"), "{out}");
    assert_eq!(removed, ["@import in <style>"]);
}

#[test]
fn processing_instructions_and_other_vocabularies_go() {
    let source = "<?xml-stylesheet href=\"https://x.org/a.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\" viewBox=\"0 0 1 1\"><?php echo 1 ?><h:meta http-equiv=\"refresh\" content=\"0;url=https://x.org\"/><rect h:onclick=\"x\"/></svg>";
    let out = prepare(source.as_bytes()).unwrap();
    assert_eq!(
        String::from_utf8(out.bytes).unwrap(),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect/></svg>"
    );
    assert_eq!(out.removed.len(), 4, "{:?}", out.removed);
}

#[test]
fn refuses_doctypes_with_declarations_and_other_xml() {
    let bomb = "<!DOCTYPE svg [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>";
    assert!(prepare(bomb.as_bytes()).unwrap_err().contains("DOCTYPE"));
    let hidden = "<?xml version=\"1.0\"?><!-- <!DOCTYPE x> --><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"a>b\" [<!ATTLIST rect onclick CDATA \"alert(1)\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    assert!(prepare(hidden.as_bytes()).is_err());
    let plain = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";
    assert!(prepare(plain.as_bytes()).is_ok(), "a plain DOCTYPE is fine");
    assert!(prepare(b"<html/>").is_err());
    assert!(
        prepare(b"\xff\xfe<\x00s\x00")
            .unwrap_err()
            .contains("UTF-16")
    );
}

#[test]
fn deep_nesting_and_use_bombs_are_refused() {
    let deep = format!(
        "{}{}",
        "<g>".repeat(MAX_DEPTH + 1),
        "</g>".repeat(MAX_DEPTH + 1)
    );
    assert!(
        prepare(svg(&deep).as_bytes())
            .unwrap_err()
            .contains("nested")
    );
    let mut bomb = String::from("<defs><rect id=\"l0\"/>");
    for level in 1..12 {
        bomb.push_str(&format!("<g id=\"l{level}\">"));
        for _ in 0..10 {
            bomb.push_str(&format!("<use href=\"#l{}\"/>", level - 1));
        }
        bomb.push_str("</g>");
    }
    bomb.push_str("</defs><use href=\"#l11\"/>");
    assert!(
        prepare(svg(&bomb).as_bytes())
            .unwrap_err()
            .contains("<use>")
    );
    let cycle = "<g id=\"a\"><use href=\"#a\"/></g>";
    assert!(
        prepare(svg(cycle).as_bytes()).is_ok(),
        "a cycle draws nothing more"
    );
}

#[test]
fn messages_never_carry_control_characters() {
    let (_, removed) = clean("<use href=\"&#x9b;31mred&#x202e;\"/>");
    assert!(
        !removed[0].contains('\u{9b}') && !removed[0].contains('\u{202e}'),
        "{removed:?}"
    );
}

#[test]
fn cases_the_property_tests_found() {
    // Kept attributes never carry an address or an escape, whatever their name.
    let (out, removed) = clean(
        "<defs x=\"url(http://x.example/a)\" clip-path=\"\\[\"/><g fill=\"0\\\" xml:space=\"url(x)\"/><g clip-path=\"'@\"/>",
    );
    assert!(out.ends_with("<defs/><g/><g/></svg>"), "{out}");
    assert_eq!(removed.len(), 5, "{removed:?}");
    // An element inside <style> is not kept, and leaves nothing behind (no xlink prefix).
    let (out, _) = clean("<style><filter xlink:href=\"#a\"/></style>");
    assert!(!out.contains("xlink"), "{out}");
}
