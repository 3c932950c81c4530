//! The files a prepared picture was made into, with public addresses, for data that other
//! sites read (structured data, the JSON API) rather than for a page's own `<picture>`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Urls;
use crate::assets::encode::Format;
use crate::assets::process::Prepared;

/// One file of a picture.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Rendition {
    /// Its public address.
    pub url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Its media type (`image/webp`, `image/jpeg`, `image/png`, `image/svg+xml`).
    pub encoding_format: String,
}

/// Every file of a picture, smallest first, WebP before the fallback at each width.
pub fn renditions(prepared: &Prepared, urls: &Urls) -> Vec<Rendition> {
    match prepared {
        Prepared::Svg {
            width,
            height,
            output,
            ..
        } => vec![Rendition {
            url: urls.absolute(output),
            width: *width,
            height: *height,
            encoding_format: "image/svg+xml".into(),
        }],
        Prepared::Raster { variants, .. } => variants
            .iter()
            .map(|v| Rendition {
                url: urls.absolute(&v.output),
                width: v.size.width,
                height: v.size.height,
                encoding_format: v.format.mime().into(),
            })
            .collect(),
    }
}

/// The one file to name where only one fits: the widest that every browser reads (the JPEG
/// or PNG fallback, or the SVG).
pub fn main(all: &[Rendition]) -> Option<&Rendition> {
    let webp = Format::Webp.mime();
    all.iter()
        .filter(|r| r.encoding_format != webp)
        .max_by_key(|r| r.width)
}
