//! The error overlay and the development script, put into served HTML pages.
//!
//! Takes the findings of a failed build (printed by the same renderer as the terminal's,
//! without colour) or a tool error; produces escaped HTML. [`inject`] adds the live-reload
//! script, and the overlay when there is one, to a page as it is served: the files in the
//! output folder never contain either.

use pulldown_cmark_escape::{IoWriter, escape_html};

use crate::diag::render;
use crate::diag::{Diagnostic, SourceMap};

/// Where the server answers its own requests; no site file is served from here.
pub const PREFIX: &str = "/__easyguide/";

/// The live-reload script, served at `/__easyguide/live.js`.
pub const SCRIPT: &str = include_str!("live.js");

/// The overlay for a build's findings (errors first, as the terminal prints them).
pub fn for_diagnostics(map: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let errors: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
        .cloned()
        .collect();
    let title = match errors.len() {
        1 => "1 error".to_owned(),
        n => format!("{n} errors"),
    };
    build(&title, &render::to_string(map, &errors))
}

/// The overlay for a failure of easyguide itself (an unreadable file, a busy output folder).
pub fn for_tool_error(error: &crate::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    build("easyguide could not build the site", &text)
}

fn build(title: &str, text: &str) -> String {
    format!(
        "<div id=\"easyguide-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:#fff;color:#000;border:0.5rem solid #b00020;padding:1rem 1.5rem;font:1.1rem/1.5 sans-serif\">\
<h2 style=\"margin:0 0 0.5rem;color:#b00020\">{}</h2>\
<p style=\"margin:0 0 1rem\">The site was not rebuilt. Fix the file and save it: this page reloads by itself. Until then the last good version of each page is served.</p>\
<pre style=\"white-space:pre-wrap;font:1rem/1.4 monospace;background:#f4f4f4;padding:1rem;margin:0\">{}</pre></div>",
        escape(title),
        escape(text)
    )
}

fn escape(text: &str) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = escape_html(IoWriter(&mut out), text);
    String::from_utf8(out).unwrap_or_default()
}

/// A served HTML page with the live-reload script (and the overlay, if any) added at the
/// end of its body.
pub fn inject(page: &str, overlay: Option<&str>) -> String {
    let tag = format!("<script src=\"{PREFIX}live.js\"></script>");
    let addition = format!("{}{tag}", overlay.unwrap_or(""));
    match page.rfind("</body>") {
        Some(at) => format!("{}{addition}{}", &page[..at], &page[at..]),
        None => format!("{page}{addition}"),
    }
}

/// The page served for a path with no file: a plain "not found", still live, so it turns
/// into the page once a build makes it.
pub fn not_found(overlay: Option<&str>) -> String {
    inject(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><h1>Not found</h1><p>No page has this address (yet).</p></body></html>",
        overlay,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overlay_escapes_what_it_shows() {
        let html = build("<b>", "title = \"<script>alert(1)</script>\"");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
    }

    #[test]
    fn injection_goes_before_the_end_of_the_body() {
        let page = inject("<html><body><p>x</p></body></html>", Some("<div>o</div>"));
        assert_eq!(
            page,
            "<html><body><p>x</p><div>o</div><script src=\"/__easyguide/live.js\"></script></body></html>"
        );
    }
}
