//! What to tell the author when a picture file cannot be used.
//!
//! Takes a [`Failure`] and the picture's first use; produces a diagnostic at that Markdown
//! line that names the file, says what is wrong with it, and how to fix it.

use super::decode::Refusal;
use super::process::Failure;
use super::uses::Source;
use crate::diag::Diagnostic;

/// The diagnostic for a picture that could not be prepared.
pub fn diagnostic(source: &Source, shown: &str, failure: Failure) -> Diagnostic {
    let at = |d: Diagnostic| {
        d.at(source.first_use.file, source.first_use.span.clone())
            .note(format!("the file is {shown}"))
    };
    match failure {
        Failure::Refused(refusal) => at(refused(&source.name, refusal)),
        Failure::Svg(why) => at(Diagnostic::error(
            "bad-svg",
            format!("the SVG picture `{}` cannot be used: {why}", source.name),
        )
        .label("this picture")
        .help(
            "save the drawing again as a plain SVG (in Inkscape: Save As → Plain SVG), or as PNG",
        )),
        Failure::Encode(why) => at(Diagnostic::error(
            "bad-picture",
            format!(
                "the picture `{}` could not be converted: {why}",
                source.name
            ),
        )
        .label("this picture")
        .help("open the picture in an image editor and save it again as PNG or JPEG")),
        Failure::Io(e) | Failure::Cache(e) => at(Diagnostic::error(
            "unreadable",
            format!("the picture `{}` could not be read: {e}", source.name),
        )
        .label("this picture")
        .help("check that the file can be opened and that easyguide may read it")),
    }
}

/// Most removals a warning lists by name before it says how many more there are.
const LISTED: usize = 6;

/// A warning at the picture's first use naming what the SVG sanitiser removed, or `None`
/// when nothing that changes the drawing was removed.
pub fn svg_cleaned(source: &Source, shown: &str, removed: &[String]) -> Option<Diagnostic> {
    if removed.is_empty() {
        return None;
    }
    let mut list = removed[..removed.len().min(LISTED)].join("; ");
    if removed.len() > LISTED {
        list.push_str(&format!("; and {} more", removed.len() - LISTED));
    }
    Some(
        Diagnostic::warning(
            "svg-cleaned",
            format!("parts of the SVG picture `{}` were removed: {list}", source.name),
        )
        .at(source.first_use.file, source.first_use.span.clone())
        .label("this picture")
        .note(format!("the file is {shown}"))
        .note("published SVG files keep only what draws: scripts, links, animation, embedded pictures and HTML, and anything loaded from another file or website are taken out, so a picture opened on its own can never run code or reach another website")
        .help("check that the picture still looks right on the page; to silence this, save the drawing as a plain SVG without those parts (in Inkscape: Save As → Plain SVG), or as PNG"),
    )
}

fn refused(name: &str, refusal: Refusal) -> Diagnostic {
    match refusal {
        Refusal::TooManyBytes { bytes, limit } => Diagnostic::error(
            "picture-too-large",
            format!("the picture `{name}` is {}, more than the {} allowed", megabytes(bytes), megabytes(limit)),
        )
        .label("this picture")
        .note("pictures are made much smaller for the pages, but a file this large is almost always a mistake")
        .help("save a smaller copy (about 1600 pixels wide is plenty), or raise `max_megabytes` under [pictures] in site.toml"),
        Refusal::TooManyPixels { width, height, limit } => Diagnostic::error(
            "picture-too-large",
            format!(
                "the picture `{name}` is {width} × {height} pixels ({:.0} megapixels), more than the {} megapixels allowed",
                (f64::from(width) * f64::from(height)) / 1e6,
                limit / 1_000_000
            ),
        )
        .label("this picture")
        .note("it was refused from its header, before decoding: opening it would take a lot of memory (a small file can claim a huge size)")
        .help("save a smaller copy (about 1600 pixels wide is plenty), or raise `max_megapixels` under [pictures] in site.toml"),
        Refusal::UnknownFormat => Diagnostic::error(
            "bad-picture",
            format!("`{name}` is not a PNG, JPEG, WebP, GIF or SVG file"),
        )
        .label("this picture")
        .help("open it in an image editor and save it as PNG (drawings) or JPEG (photos)"),
        Refusal::Corrupt(why) => Diagnostic::error(
            "bad-picture",
            format!("the picture `{name}` is damaged or cut short: {why}"),
        )
        .label("this picture")
        .help("copy the picture again from where it came from, or open it in an image editor and save it again"),
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}
