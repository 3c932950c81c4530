//! QR codes for print handouts: a phone's camera opens the online guide from paper.
//!
//! Takes an address and the words a screen reader says for the code; produces an inline
//! `<svg role="img">`, made at build time by the qrcode crate (medium error correction, so a
//! creased or smudged handout still scans), black on white with the quiet zone around it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::diag::Diagnostic;

/// The code for `url` as inline SVG, with `label` as its accessible name.
pub fn svg(url: &str, label: &str) -> Result<String, Diagnostic> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).map_err(|e| {
        Diagnostic::error("qr-code", format!("no QR code can hold {url}: {e}"))
            .help("use a shorter base_url in site.toml")
    })?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(160, 160)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let start = image.find("<svg").unwrap_or(0);
    let mut label_attr = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut label_attr, label);
    Ok(image[start..].replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{label_attr}\" class=\"qr-code\""),
        1,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_code_is_labelled_svg() {
        let svg = super::svg("https://example.org/en/a/", "Scan me").unwrap();
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Scan me\" class=\"qr-code\""));
        assert!(svg.ends_with("</svg>"));
        assert!(!svg.contains("<?xml"));
    }
}
