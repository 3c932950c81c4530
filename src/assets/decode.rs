//! Reading a raster picture safely: size limits first, then the header, then the pixels.
//!
//! Takes a picture file's bytes and the site's limits; produces the picture's pixels, turned
//! the right way up (phone photos often store their rotation as a tag) and as 8-bit RGB or
//! RGBA (RGBA only when some pixel is see-through). A file larger than the limits is refused
//! from its header alone, before any pixel is decoded, so a "decompression bomb" (a small file
//! that claims billions of pixels) costs neither time nor memory.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::config::Pictures;

/// Why a picture could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file is larger than `max_megabytes`.
    TooManyBytes {
        /// The file's size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The picture claims more pixels than `max_megapixels`.
    TooManyPixels {
        /// Width from the header.
        width: u32,
        /// Height from the header.
        height: u32,
        /// The limit, in pixels.
        limit: u64,
    },
    /// Not a PNG, JPEG, WebP or GIF file.
    UnknownFormat,
    /// The file is damaged, cut short, or not what its name says.
    Corrupt(String),
}

/// The pixels of a picture, ready to resize.
#[derive(Debug)]
pub struct Pixels {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether `data` has an alpha channel (RGBA) or not (RGB).
    pub alpha: bool,
    /// Row-major 8-bit samples.
    pub data: Vec<u8>,
}

/// The formats the pipeline reads.
const FORMATS: [ImageFormat; 4] = [
    ImageFormat::Png,
    ImageFormat::Jpeg,
    ImageFormat::WebP,
    ImageFormat::Gif,
];

/// Refuses a file larger than the byte limit (before it is read).
pub fn check_bytes(bytes: u64, limits: &Pictures) -> Result<(), Refusal> {
    if bytes > limits.max_bytes {
        return Err(Refusal::TooManyBytes {
            bytes,
            limit: limits.max_bytes,
        });
    }
    Ok(())
}

/// Decodes the picture (the first frame of an animation), within the limits.
pub fn decode(bytes: &[u8], limits: &Pictures) -> Result<Pixels, Refusal> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Refusal::Corrupt(e.to_string()))?;
    let format = reader.format().filter(|f| FORMATS.contains(f));
    match format {
        None => return Err(Refusal::UnknownFormat),
        Some(ImageFormat::Jpeg) if !jpeg_is_complete(bytes) => {
            return Err(Refusal::Corrupt(
                "the file ends before the picture does".into(),
            ));
        }
        Some(_) => {}
    }
    reader.limits(image_limits(limits));
    let mut decoder = reader.into_decoder().map_err(corrupt)?;
    let (width, height) = decoder.dimensions();
    check_pixels(width, height, limits)?;
    let orientation = decoder.orientation().map_err(corrupt)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(corrupt)?;
    image.apply_orientation(orientation);
    Ok(into_pixels(image))
}

/// Whether a JPEG's last scan is followed by its end-of-image marker. image's JPEG decoder
/// fills in a cut-short file with grey rather than failing, so truncation is found here.
/// (Inside a scan, a 0xFF byte is always followed by 0x00 or a restart marker, so the two
/// markers cannot appear by accident; an EXIF thumbnail's own markers come before the main
/// scan.)
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last = |marker: u8| bytes.windows(2).rposition(|w| w == [0xFF, marker]);
    match (last(0xDA), last(0xD9)) {
        (Some(scan), Some(end)) => end > scan,
        _ => false,
    }
}

/// Refuses a picture whose header claims more pixels than allowed.
pub fn check_pixels(width: u32, height: u32, limits: &Pictures) -> Result<(), Refusal> {
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(Refusal::TooManyPixels {
            width,
            height,
            limit: limits.max_pixels,
        });
    }
    Ok(())
}

/// image's own limits, as a second line of defence: no side longer than the whole pixel
/// budget, and no allocation larger than the budget's pixels at 16-bit RGBA.
fn image_limits(limits: &Pictures) -> Limits {
    let side = u32::try_from(limits.max_pixels).unwrap_or(u32::MAX);
    let mut l = Limits::default();
    l.max_image_width = Some(side);
    l.max_image_height = Some(side);
    l.max_alloc = Some(limits.max_pixels.saturating_mul(8).max(64 * 1024 * 1024));
    l
}

fn corrupt(e: image::ImageError) -> Refusal {
    match e {
        image::ImageError::Limits(_) => {
            Refusal::Corrupt("it is larger than the limits allow".into())
        }
        other => Refusal::Corrupt(other.to_string()),
    }
}

/// 8-bit RGB, or RGBA when some pixel is not fully opaque.
fn into_pixels(image: DynamicImage) -> Pixels {
    let (width, height) = (image.width(), image.height());
    if image.color().has_alpha() {
        let rgba = image.into_rgba8();
        if rgba.pixels().any(|p| p.0[3] != 255) {
            return Pixels {
                width,
                height,
                alpha: true,
                data: rgba.into_raw(),
            };
        }
        let rgb = DynamicImage::ImageRgba8(rgba).into_rgb8();
        return Pixels {
            width,
            height,
            alpha: false,
            data: rgb.into_raw(),
        };
    }
    Pixels {
        width,
        height,
        alpha: false,
        data: image.into_rgb8().into_raw(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32, rgba: bool) -> Vec<u8> {
        let image = if rgba {
            DynamicImage::new_rgba8(width, height)
        } else {
            DynamicImage::new_rgb8(width, height)
        };
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn see_through_pictures_keep_their_alpha() {
        let limits = Pictures::default();
        let p = decode(&png(4, 3, true), &limits).unwrap();
        assert!(p.alpha, "a transparent picture keeps alpha");
        assert_eq!(p.data.len(), 4 * 3 * 4);
        let p = decode(&png(4, 3, false), &limits).unwrap();
        assert!(!p.alpha);
        assert_eq!((p.width, p.height, p.data.len()), (4, 3, 4 * 3 * 3));
    }

    #[test]
    fn a_cut_short_file_is_corrupt() {
        let bytes = png(64, 64, false);
        let cut = &bytes[..bytes.len() / 2];
        assert!(matches!(
            decode(cut, &Pictures::default()),
            Err(Refusal::Corrupt(_))
        ));
    }

    #[test]
    fn a_cut_short_jpeg_is_corrupt() {
        let image = DynamicImage::new_rgb8(64, 64);
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Jpeg).unwrap();
        let bytes = out.into_inner();
        assert!(decode(&bytes, &Pictures::default()).is_ok());
        let cut = &bytes[..bytes.len() - 40];
        assert_eq!(
            decode(cut, &Pictures::default()).unwrap_err(),
            Refusal::Corrupt("the file ends before the picture does".into())
        );
    }

    #[test]
    fn reads_gif_and_webp_too() {
        let mut image = image::RgbaImage::from_pixel(6, 4, image::Rgba([10, 20, 30, 255]));
        image.put_pixel(1, 1, image::Rgba([200, 10, 10, 255]));
        for format in [ImageFormat::Gif, ImageFormat::WebP] {
            let mut out = Cursor::new(Vec::new());
            DynamicImage::ImageRgba8(image.clone())
                .write_to(&mut out, format)
                .unwrap();
            let p = decode(out.get_ref(), &Pictures::default()).unwrap();
            assert_eq!((p.width, p.height, p.alpha), (6, 4, false), "{format:?}");
        }
    }

    #[test]
    fn other_formats_are_refused() {
        assert_eq!(
            decode(b"BM not really a bitmap", &Pictures::default()).unwrap_err(),
            Refusal::UnknownFormat
        );
    }
}
