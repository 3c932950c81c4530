//! The page as a whole: its title, headings, landmarks, ways to skip to the content, the
//! viewport and timed refreshes.

use scraper::ElementRef;

use super::{Ctx, shown};
use crate::a11y::aria;
use crate::a11y::dom::{ancestors, attr, hidden, name};
use crate::a11y::name::accessible_name;

/// Runs the page-level rules.
pub fn check(ctx: &mut Ctx) {
    title(ctx);
    // A page with no way past its repeated content is one finding (bypass), not three.
    let bypassed = bypass(ctx);
    let hidden_body = ctx
        .page
        .body()
        .is_some_and(crate::a11y::dom::aria_hidden_self);
    let quiet = !bypassed || hidden_body;
    headings(ctx, quiet);
    landmarks(ctx, quiet);
    viewport(ctx);
    refresh(ctx);
}

fn title(ctx: &mut Ctx) {
    let page = ctx.page;
    let title = page
        .elements()
        .find(|e| name(*e) == "title" && !ancestors(*e).any(|a| name(a) == "svg"));
    match title {
        None => ctx.report(
            "document-title-missing",
            "the page has no <title>",
            page.root(),
        ),
        Some(t) if crate::a11y::dom::text(t).is_empty() => {
            ctx.report("document-title-empty", "the page's <title> is empty", t)
        }
        Some(_) => {}
    }
}

/// The page's title text, for the cross-page rule.
pub fn title_text(page: &crate::a11y::dom::Page) -> Option<(String, ElementRef<'_>)> {
    page.elements()
        .find(|e| name(*e) == "title" && !ancestors(*e).any(|a| name(a) == "svg"))
        .map(|t| (crate::a11y::dom::text(t), t))
}

/// The level of a heading element or role="heading", if it is one.
fn level(e: ElementRef<'_>) -> Option<u8> {
    if aria::explicit_role(e).is_some_and(|r| r != "heading") {
        return None;
    }
    let native = match name(e) {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    };
    if aria::explicit_role(e) == Some("heading") || native.is_some() {
        let aria_level = attr(e, "aria-level").and_then(|l| l.trim().parse::<u8>().ok());
        return aria_level.or(native).or(Some(2)).map(|l| l.clamp(1, 9));
    }
    None
}

/// `quiet`: the page's missing h1 is already covered by another finding.
fn headings(ctx: &mut Ctx, quiet: bool) {
    let page = ctx.page;
    let headings: Vec<(ElementRef, u8)> = shown(page)
        .filter(|e| !crate::a11y::dom::aria_hidden(*e))
        .filter_map(|e| level(e).map(|l| (e, l)))
        .collect();
    let ones: Vec<_> = headings.iter().filter(|(_, l)| *l == 1).collect();
    let body = page.body().unwrap_or(page.root());
    if ones.is_empty() && has_content(page) && !quiet {
        ctx.report(
            "heading-one-missing",
            "the page has no first-level heading (<h1>)",
            body,
        );
    }
    for (e, _) in ones.iter().skip(1) {
        ctx.report_with(
            "heading-one-multiple",
            format!("the page has {} first-level headings", ones.len()),
            *e,
            ones[0].0,
        );
    }
    let mut previous: Option<u8> = None;
    for (e, l) in &headings {
        if let Some(p) = previous
            && *l > p + 1
        {
            ctx.report(
                "heading-order",
                format!("an <h{l}> follows an <h{p}>: level {} is skipped", p + 1),
                *e,
            );
        }
        previous = Some(*l);
        if accessible_name(page, *e).is_empty() {
            ctx.report("heading-empty", "this heading has no words", *e);
        }
    }
}

/// Does the body have anything a reader would read (so an empty shell is not told off)?
fn has_content(page: &crate::a11y::dom::Page) -> bool {
    page.body()
        .is_some_and(|b| b.text().any(|t| !t.trim().is_empty()))
}

const LANDMARKS: &[&str] = &[
    "banner",
    "complementary",
    "contentinfo",
    "form",
    "main",
    "navigation",
    "region",
    "search",
];

fn landmarks(ctx: &mut Ctx, quiet: bool) {
    let page = ctx.page;
    let marks: Vec<(ElementRef, &str)> = shown(page)
        .filter_map(|e| {
            aria::role(e)
                .filter(|r| LANDMARKS.contains(r))
                .map(|r| (e, r))
        })
        .filter(|(e, r)| *r != "form" || has_name(ctx, *e))
        .collect();
    let mains: Vec<_> = marks.iter().filter(|(_, r)| *r == "main").collect();
    if mains.is_empty() && has_content(page) && !quiet {
        let body = page.body().unwrap_or(page.root());
        ctx.report(
            "landmark-main-missing",
            "the page has no <main> landmark",
            body,
        );
    }
    for (e, _) in mains.iter().skip(1) {
        ctx.report_with(
            "landmark-main-multiple",
            "the page has more than one main landmark",
            *e,
            mains[0].0,
        );
    }
    for kind in [
        "navigation",
        "complementary",
        "region",
        "search",
        "form",
        "banner",
        "contentinfo",
    ] {
        let unnamed: Vec<_> = marks.iter().filter(|(_, r)| *r == kind).collect();
        if unnamed.len() < 2 {
            continue;
        }
        let unnamed_ones: Vec<ElementRef> = unnamed
            .iter()
            .map(|(e, _)| *e)
            .filter(|e| !has_name(ctx, *e))
            .collect();
        for e in unnamed_ones {
            ctx.report(
                "landmark-unnamed-duplicate",
                format!(
                    "{} {kind} landmarks, and this one has no name",
                    unnamed.len()
                ),
                e,
            );
        }
    }
    if !mains.is_empty() {
        outside_landmarks(ctx);
    }
}

fn has_name(ctx: &Ctx, e: ElementRef<'_>) -> bool {
    attr(e, "aria-label").is_some_and(|l| !l.trim().is_empty())
        || attr(e, "aria-labelledby").is_some() && !accessible_name(ctx.page, e).is_empty()
}

/// Content outside every landmark: text directly in blocks that no landmark contains.
fn outside_landmarks(ctx: &mut Ctx) {
    let page = ctx.page;
    let Some(body) = page.body() else { return };
    let mut stack: Vec<ElementRef> = crate::a11y::dom::children(body).collect();
    stack.reverse();
    while let Some(e) = stack.pop() {
        if hidden(e) || crate::a11y::dom::aria_hidden(e) {
            continue;
        }
        let role = aria::role(e);
        if role.is_some_and(|r| LANDMARKS.contains(&r) || r == "dialog" || r == "alertdialog") {
            continue;
        }
        // A skip link before the landmarks is expected outside them.
        if name(e) == "a" && attr(e, "href").is_some_and(|h| h.starts_with('#')) {
            continue;
        }
        let own = crate::a11y::dom::own_text(e);
        if !own.is_empty() {
            ctx.report("region", "this content is not inside any landmark", e);
            continue;
        }
        let mut kids: Vec<_> = crate::a11y::dom::children(e).collect();
        kids.reverse();
        stack.extend(kids);
    }
}

/// Reports a page with no way past repeated content; true when it has one.
fn bypass(ctx: &mut Ctx) -> bool {
    let page = ctx.page;
    if !has_content(page) {
        return true;
    }
    let skip = skip_link(page);
    let landmark = shown(page).any(|e| aria::role(e).is_some_and(|r| LANDMARKS.contains(&r)));
    let heading = shown(page).any(|e| level(e).is_some());
    let body = page.body().unwrap_or(page.root());
    if skip.is_none() && !landmark && !heading {
        ctx.report(
            "bypass",
            "the page has no skip link, landmark or heading to move past repeated content",
            body,
        );
        return false;
    }
    let links_before_main = links_before_main(page);
    if skip.is_none() && links_before_main >= 5 {
        ctx.report(
            "skip-link-missing",
            format!("{links_before_main} links come before the main content and none skips them"),
            body,
        );
    }
    true
}

/// A link near the top of the page to an element on the page that holds the main content.
fn skip_link<'a>(page: &'a crate::a11y::dom::Page) -> Option<ElementRef<'a>> {
    let links: Vec<ElementRef> = page
        .elements()
        .filter(|e| name(*e) == "a" && attr(*e, "href").is_some())
        .take(5)
        .collect();
    links.into_iter().find(|a| {
        let href = attr(*a, "href").unwrap_or_default();
        let Some(id) = href.strip_prefix('#').filter(|i| !i.is_empty()) else {
            return false;
        };
        page.by_id(id).is_some()
    })
}

fn links_before_main(page: &crate::a11y::dom::Page) -> usize {
    let mut count = 0;
    for e in page.elements() {
        if aria::role(e) == Some("main") {
            return count;
        }
        if name(e) == "a" && attr(e, "href").is_some() && !hidden(e) {
            count += 1;
        }
    }
    0
}

fn viewport(ctx: &mut Ctx) {
    let page = ctx.page;
    for meta in page.elements().filter(|e| name(*e) == "meta") {
        if !attr(meta, "name").is_some_and(|n| n.eq_ignore_ascii_case("viewport")) {
            continue;
        }
        let content = attr(meta, "content")
            .unwrap_or_default()
            .to_ascii_lowercase();
        for part in content.split([',', ';']) {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            let (key, value) = (key.trim(), value.trim());
            match key {
                "user-scalable" if matches!(value, "no" | "0") => ctx.report(
                    "meta-viewport",
                    format!("the viewport says user-scalable={value}: readers cannot zoom"),
                    meta,
                ),
                "maximum-scale" => {
                    if let Ok(n) = value.parse::<f32>()
                        && n < 2.0
                    {
                        ctx.report("meta-viewport", format!("the viewport says maximum-scale={value}: readers cannot zoom to 200%"), meta)
                    }
                }
                _ => {}
            }
        }
    }
}

fn refresh(ctx: &mut Ctx) {
    let page = ctx.page;
    for meta in page.elements().filter(|e| name(*e) == "meta") {
        if !attr(meta, "http-equiv").is_some_and(|n| n.eq_ignore_ascii_case("refresh")) {
            continue;
        }
        let content = attr(meta, "content").unwrap_or_default();
        let delay = content
            .split([';', ','])
            .next()
            .and_then(|d| d.trim().parse::<f64>().ok());
        match delay {
            Some(d) if d > 0.0 && d < 72_000.0 => {
                let what = if content.contains(['=', ';', ',']) {
                    "moves to another page"
                } else {
                    "reloads"
                };
                ctx.report(
                    "meta-refresh",
                    format!("the page {what} by itself after {d} seconds"),
                    meta,
                )
            }
            _ => {}
        }
    }
}
