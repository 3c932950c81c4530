//! Time and motion: media that plays by itself, films without captions, keyboard order
//! changed with tabindex, blinking and moving text, and inline spacing readers cannot change.

use super::{Ctx, shown};
use crate::a11y::dom::{attr, children, name};

/// Runs the media and motion rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    for e in page.elements() {
        if let Some(t) = attr(e, "tabindex").and_then(|t| t.trim().parse::<i64>().ok())
            && t > 0
        {
            ctx.report(
                "tabindex",
                format!("tabindex=\"{t}\" puts this element out of the reading order"),
                e,
            );
        }
        if let Some(style) = attr(e, "style") {
            inline_spacing(ctx, e, style);
        }
    }
    for e in shown(page) {
        match name(e) {
            "video" | "audio" => media(ctx, e),
            "blink" => ctx.report("blink", "a <blink> element", e),
            "marquee" => ctx.report("marquee", "a <marquee> element", e),
            _ => {}
        }
    }
}

fn media(ctx: &mut Ctx, e: scraper::ElementRef<'_>) {
    let kind = name(e);
    if attr(e, "autoplay").is_some() {
        if attr(e, "muted").is_some() && kind == "video" {
            let loops = if attr(e, "loop").is_some() {
                " and loops"
            } else {
                ""
            };
            ctx.report(
                "media-autoplay-muted",
                format!("this video starts by itself{loops}"),
                e,
            );
        } else {
            ctx.report(
                "media-autoplay",
                format!("this {kind} plays sound by itself"),
                e,
            );
        }
    }
    let captions = children(e).any(|t| {
        name(t) == "track"
            && attr(t, "kind").is_some_and(|k| {
                k.eq_ignore_ascii_case("captions") || k.eq_ignore_ascii_case("subtitles")
            })
    });
    if !captions {
        if kind == "video" && attr(e, "muted").is_none() {
            ctx.report("video-caption", "this video has no captions track", e);
        } else if kind == "audio" {
            ctx.report("audio-caption", "this audio has no captions track", e);
        }
    }
}

/// `line-height`, `letter-spacing` or `word-spacing` with `!important` in a style attribute.
fn inline_spacing(ctx: &mut Ctx, e: scraper::ElementRef<'_>, style: &str) {
    for d in crate::a11y::css::declarations(style) {
        if matches!(
            d.name.as_str(),
            "line-height" | "letter-spacing" | "word-spacing"
        ) && d.important
        {
            ctx.report(
                "avoid-inline-spacing",
                format!(
                    "style=\"{}: {} !important\" cannot be changed by readers",
                    d.name, d.value
                ),
                e,
            );
        }
    }
}
