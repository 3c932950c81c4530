//! Pixels to file bytes: lossy WebP for browsers that read it (all current ones), and a JPEG
//! (or, for see-through pictures, a PNG) fallback for the old phones and browsers that do not.
//!
//! Takes 8-bit RGB or RGBA pixels; produces the bytes of one file. Nothing but pixels goes in,
//! so no metadata (camera, place, date, colour profile) comes out. WebP is made by libwebp
//! (through the `webp` crate), since `image` writes only lossless WebP; the fallbacks by
//! `image`'s own encoders.

use image::ExtendedColorType;
use image::ImageEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use webp::{Encoder, PixelLayout, WebPConfig};

use super::resize::Size;

/// An output file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Lossy WebP, what current browsers load.
    Webp,
    /// Baseline JPEG, the fallback for opaque pictures.
    Jpeg,
    /// PNG, the fallback for see-through pictures.
    Png,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    /// The media type, for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }

    /// The fallback format for a picture with or without see-through pixels.
    pub fn fallback(alpha: bool) -> Format {
        if alpha { Format::Png } else { Format::Jpeg }
    }
}

/// How to encode: everything that changes the bytes, so it can go into the file's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The format.
    pub format: Format,
    /// Quality 1 to 100 (WebP and JPEG).
    pub quality: u8,
}

/// The libwebp "method": 0 is fastest, 6 smallest. 5 gives nearly all of 6's saving at about
/// half its time on small pictures.
const WEBP_METHOD: i32 = 5;

impl Settings {
    /// A description of the operation, hashed into output names: change the encoder settings
    /// here and every name changes, so no browser or cache keeps a stale file.
    pub fn describe(&self) -> String {
        match self.format {
            Format::Webp => format!(
                "webp lossy quality {} method {WEBP_METHOD} sharp-yuv",
                self.quality
            ),
            Format::Jpeg => format!("jpeg baseline quality {}", self.quality),
            Format::Png => "png best adaptive".to_owned(),
        }
    }
}

/// Encodes `data` (RGB, or RGBA when `alpha`) of the given size.
pub fn encode(data: &[u8], alpha: bool, size: Size, settings: Settings) -> Result<Vec<u8>, String> {
    match settings.format {
        Format::Webp => webp(data, alpha, size, settings.quality),
        Format::Jpeg => {
            let mut out = Vec::new();
            JpegEncoder::new_with_quality(&mut out, settings.quality)
                .write_image(data, size.width, size.height, color(alpha))
                .map_err(|e| e.to_string())?;
            Ok(out)
        }
        Format::Png => {
            let mut out = Vec::new();
            PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive)
                .write_image(data, size.width, size.height, color(alpha))
                .map_err(|e| e.to_string())?;
            Ok(out)
        }
    }
}

fn color(alpha: bool) -> ExtendedColorType {
    if alpha {
        ExtendedColorType::Rgba8
    } else {
        ExtendedColorType::Rgb8
    }
}

fn webp(data: &[u8], alpha: bool, size: Size, quality: u8) -> Result<Vec<u8>, String> {
    let layout = if alpha {
        PixelLayout::Rgba
    } else {
        PixelLayout::Rgb
    };
    let mut config = WebPConfig::new().map_err(|()| "libwebp could not start".to_owned())?;
    config.quality = f32::from(quality);
    config.method = WEBP_METHOD;
    config.use_sharp_yuv = 1;
    config.alpha_compression = 1;
    // One thread per picture: pictures are already encoded in parallel, and libwebp's own
    // threads would make nothing faster on a busy machine.
    config.thread_level = 0;
    let memory = Encoder::new(data, layout, size.width, size.height)
        .encode_advanced(&config)
        .map_err(|e| format!("libwebp could not encode it ({e:?})"))?;
    Ok(memory.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_starts_with_its_signature() {
        let size = Size {
            width: 16,
            height: 8,
        };
        let rgb: Vec<u8> = (0..16 * 8 * 3).map(|i| (i * 7 % 256) as u8).collect();
        let q = |format| Settings {
            format,
            quality: 70,
        };
        let webp = encode(&rgb, false, size, q(Format::Webp)).unwrap();
        assert_eq!(&webp[..4], b"RIFF");
        assert_eq!(&webp[8..12], b"WEBP");
        let jpeg = encode(&rgb, false, size, q(Format::Jpeg)).unwrap();
        assert_eq!(&jpeg[..2], [0xff, 0xd8]);
        let rgba = vec![128u8; 16 * 8 * 4];
        let png = encode(&rgba, true, size, q(Format::Png)).unwrap();
        assert_eq!(&png[..4], b"\x89PNG");
    }
}
