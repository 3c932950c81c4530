//! The HTML that shows a prepared picture.
//!
//! Takes a [`Prepared`] picture, how the theme shows it (widths and `sizes`), and the page;
//! produces a `<picture>` with a WebP `<source>` and an `<img>` fallback, both with `srcset`
//! and `sizes`, so each browser downloads only the file its screen needs, or an `<img>` for
//! an SVG. `width` and `height` are always set, so the page does not jump as pictures arrive;
//! every picture but the first of a page loads lazily and decodes off the main thread.

use std::fmt::Write;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use pulldown_cmark_escape::escape_html;

use super::Urls;
use crate::assets::encode::Format;
use crate::assets::process::{Prepared, Variant};
use crate::assets::resize;
use crate::config::sizes::{Sizes, pick};
use crate::diag::origin::{self, Origin};
use crate::lang::Lang;

/// A window width at which the fallback `src` is chosen: a desktop screen, where the theme's
/// column is at its widest (old browsers that ignore `srcset` are mostly on desktops).
const DESKTOP: f64 = 1280.0;

/// Everything the markup needs besides the picture.
pub struct Context<'a> {
    /// The description.
    pub alt: &'a str,
    /// Where the description is written, marked inside the `alt` attribute.
    pub origin: Origin,
    /// The description's language, when it differs from the page's.
    pub alt_lang: Option<&'a Lang>,
    /// The page's output path, for relative links.
    pub page: &'a str,
    /// Link building.
    pub urls: &'a Urls,
    /// The widths the theme asks for in this place.
    pub widths: &'a [u32],
    /// How wide the theme shows the picture in this place.
    pub sizes: &'a Sizes,
    /// Load at once (the first picture of a page) rather than lazily.
    pub eager: bool,
}

/// The HTML for a picture.
pub fn html(prepared: &Prepared, cx: &Context) -> String {
    match prepared {
        Prepared::Svg {
            width,
            height,
            output,
            ..
        } => img(cx, output, None, (*width, *height)),
        Prepared::Raster {
            width,
            height,
            variants,
            ..
        } => raster(cx, variants, *width, *height),
    }
}

fn raster(cx: &Context, variants: &[Variant], width: u32, height: u32) -> String {
    let wanted = resize::plan(cx.widths.iter().copied(), width, height);
    let of = |format: Format| -> Vec<&Variant> {
        variants
            .iter()
            .filter(|v| v.format == format && wanted.contains(&v.size))
            .collect()
    };
    let webp = of(Format::Webp);
    let fallback = of(variants
        .iter()
        .map(|v| v.format)
        .find(|f| *f != Format::Webp)
        .unwrap_or(Format::Jpeg));
    let widths: Vec<u32> = fallback.iter().map(|v| v.size.width).collect();
    let Some(chosen) = pick(&widths, cx.sizes.width_at(DESKTOP)).map(|i| fallback[i]) else {
        return String::new();
    };
    let mut html = String::from("<picture><source type=\"image/webp\" srcset=\"");
    srcset(cx, &webp, &mut html);
    let _ = write!(html, "\" sizes=\"{}\">", attribute(&cx.sizes.to_string()));
    let set = srcset_string(cx, &fallback);
    html.push_str(&img(
        cx,
        &chosen.output,
        Some(&set),
        (chosen.size.width, chosen.size.height),
    ));
    html.push_str("</picture>");
    html
}

fn srcset_string(cx: &Context, variants: &[&Variant]) -> String {
    let mut out = String::new();
    srcset(cx, variants, &mut out);
    out
}

fn srcset(cx: &Context, variants: &[&Variant], out: &mut String) {
    for (i, v) in variants.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&href(cx, &v.output));
        let _ = write!(out, " {}w", v.size.width);
    }
}

fn img(cx: &Context, src: &str, srcset: Option<&str>, (width, height): (u32, u32)) -> String {
    let mut html = String::from("<img src=\"");
    html.push_str(&href(cx, src));
    html.push('"');
    if let Some(set) = srcset {
        let _ = write!(
            html,
            " srcset=\"{set}\" sizes=\"{}\"",
            attribute(&cx.sizes.to_string())
        );
    }
    let _ = write!(html, " width=\"{width}\" height=\"{height}\" alt=\"");
    origin::mark(&mut html, cx.origin);
    super::html::escape_attribute(&mut html, cx.alt);
    html.push('"');
    if let Some(lang) = cx.alt_lang {
        let _ = write!(html, " lang=\"{lang}\"");
    }
    if !cx.eager {
        html.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    html.push('>');
    html
}

/// Everything but RFC 3986's unreserved characters is encoded in a path segment, so a
/// picture named `my photo's #1?.png` or `café 50%.svg` keeps its name: `#` and `?` cannot
/// start a fragment or query, `%` cannot start an escape, a comma or space cannot split a
/// `srcset`, and nothing needs escaping again inside the attribute.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The relative address of an output file from the page, each segment percent-encoded.
fn href(cx: &Context, output: &str) -> String {
    let relative = cx.urls.relative(cx.page, output);
    // An absolute address (pages shown on another site) keeps its scheme and host as they are.
    let (origin, path) = match relative.find("://") {
        Some(at) => {
            let host_end = relative[at + 3..]
                .find('/')
                .map_or(relative.len(), |i| at + 3 + i);
            relative.split_at(host_end)
        }
        None => ("", relative.as_str()),
    };
    let encoded = path
        .split('/')
        .map(|segment| utf8_percent_encode(segment, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/");
    format!("{origin}{encoded}")
}

fn attribute(text: &str) -> String {
    let mut out = String::new();
    let _ = escape_html(&mut out, text);
    out
}
