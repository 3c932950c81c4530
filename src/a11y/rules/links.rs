//! Links and buttons: a name, words that make sense out of context, the same words for the
//! same place, new windows announced, in-page links that land somewhere.

use std::collections::BTreeMap;

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::aria;
use crate::a11y::dom::{aria_hidden, attr, name};
use crate::a11y::name::accessible_name;
use crate::a11y::words::{self, normalise};

/// Runs the link and button rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    let mut by_text: BTreeMap<String, Vec<(String, ElementRef)>> = BTreeMap::new();
    for e in shown(page).filter(|e| !aria_hidden(*e)) {
        let role = aria::role(e);
        if role == Some("link") && name(e) != "area" {
            let text = accessible_name(page, e);
            link(ctx, e, &text);
            if let Some(href) = attr(e, "href")
                && !text.is_empty()
            {
                by_text
                    .entry(normalise(&text))
                    .or_default()
                    .push((destination(href), e));
            }
        } else if role == Some("button")
            && name(e) != "summary"
            && !attr(e, "type").is_some_and(|t| t.eq_ignore_ascii_case("image"))
        {
            if accessible_name(page, e).is_empty() {
                let what = if name(e) == "input" {
                    "this input button has no value or label"
                } else {
                    "this button has no name"
                };
                ctx.report("button-name", what, e);
            }
        } else if name(e) == "summary"
            && crate::a11y::dom::parent(e).is_some_and(|p| name(p) == "details")
            && accessible_name(page, e).is_empty()
        {
            ctx.report("summary-name", "this <summary> has no words", e);
        }
    }
    for (text, links) in &by_text {
        let first = &links[0];
        if let Some(other) = links.iter().find(|(d, _)| *d != first.0) {
            ctx.report_with(
                "link-text-ambiguous",
                format!(
                    "links with the words \"{text}\" go to {} and {}",
                    first.0, other.0
                ),
                other.1,
                first.1,
            );
        }
    }
    frames(ctx);
}

fn link(ctx: &mut Ctx, e: ElementRef<'_>, text: &str) {
    if text.is_empty() {
        let only_picture = e
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|d| matches!(name(d), "img" | "svg"));
        let message = if only_picture {
            "this link has only a picture, and the picture has no alt text"
        } else {
            "this link has no words"
        };
        ctx.report("link-name", message, e);
        return;
    }
    let norm = normalise(text);
    if words::VAGUE_LINKS.contains(&norm.as_str()) {
        ctx.report(
            "link-text-vague",
            format!("the link text \"{text}\" does not say where it goes"),
            e,
        );
    } else if bare_url(text) {
        ctx.report(
            "link-text-url",
            format!("the link text is a bare web address: \"{text}\""),
            e,
        );
    }
    if attr(e, "target").is_some_and(|t| t.trim().eq_ignore_ascii_case("_blank")) {
        let described = attr(e, "aria-describedby")
            .map(|ids| {
                ids.split_ascii_whitespace()
                    .filter_map(|id| ctx.page.by_id(id))
                    .map(|d| crate::a11y::dom::text(d))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let said = format!("{} {}", normalise(text), normalise(&described));
        let title = attr(e, "title").map(normalise).unwrap_or_default();
        if !words::NEW_WINDOW
            .iter()
            .any(|w| said.contains(w) || title.contains(w))
        {
            ctx.report(
                "link-new-window",
                format!("\"{text}\" opens a new window without saying so"),
                e,
            );
        }
    }
    if let Some(id) = attr(e, "href").and_then(|h| h.strip_prefix('#'))
        && !id.is_empty()
        && id != "top"
        && ctx.page.by_id(&percent_decode(id)).is_none()
        && !ctx
            .page
            .elements()
            .any(|a| name(a) == "a" && attr(a, "name") == Some(id))
    {
        ctx.report(
            "link-target-missing",
            format!("this link goes to #{id}, which is not on the page"),
            e,
        );
    }
}

/// A bare address: a scheme, or a host with a path, read out character by character.
fn bare_url(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    if t.contains(' ') {
        return false;
    }
    if ["http://", "https://", "ftp://", "www."]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return true;
    }
    // host.tld/path?query: long enough that it is not what a reader types.
    t.split_once('/')
        .is_some_and(|(host, rest)| host.contains('.') && !host.starts_with('.') && rest.len() > 1)
}

/// Where a link goes, for comparing: the address without its fragment, `index.html` and a
/// trailing slash.
fn destination(href: &str) -> String {
    let href = href.trim();
    let without = href.split('#').next().unwrap_or_default();
    if without.is_empty() {
        return href.to_owned();
    }
    let d = without.strip_suffix("index.html").unwrap_or(without);
    let d = d.strip_suffix('/').unwrap_or(d);
    if d.is_empty() {
        ".".into()
    } else {
        d.to_owned()
    }
}

fn percent_decode(id: &str) -> String {
    let bytes = id.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = id
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| id.to_owned())
}

fn frames(ctx: &mut Ctx) {
    let page = ctx.page;
    let mut titles: BTreeMap<String, ElementRef> = BTreeMap::new();
    for e in shown(page).filter(|e| matches!(name(*e), "iframe" | "frame")) {
        if aria_hidden(e) || matches!(aria::explicit_role(e), Some("none" | "presentation")) {
            continue;
        }
        let title = accessible_name(page, e);
        if title.is_empty() {
            ctx.report("frame-title", "this frame has no title", e);
        } else if let Some(first) = titles.get(&normalise(&title)) {
            ctx.report_with(
                "frame-title-unique",
                format!("two frames have the title \"{title}\""),
                e,
                *first,
            );
        } else {
            titles.insert(normalise(&title), e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_addresses() {
        assert!(bare_url("https://www.nhs.uk/nhs-app/"));
        assert!(bare_url("www.nhs.uk"));
        assert!(bare_url("nhs.uk/conditions/flu"));
        assert!(!bare_url("111.nhs.uk"));
        assert!(!bare_url("Find a GP"));
    }

    #[test]
    fn destinations_ignore_index_and_fragments() {
        assert_eq!(destination("../a/index.html#x"), destination("../a/"));
        assert_ne!(destination("../a/"), destination("../b/"));
    }
}
