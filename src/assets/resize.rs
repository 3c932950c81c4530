//! Which sizes to make of a picture, and making them.
//!
//! Takes the widths the theme asks for and the source's size; [`plan`] produces the sizes to
//! make, never wider than the source (a picture is never enlarged: that adds bytes and no
//! detail). [`resize`] scales pixels with a Lanczos-3 filter (fast_image_resize, SIMD), which
//! keeps small text and thin lines in easy-read pictures sharp; see-through pixels are
//! premultiplied while filtering so edges get no dark fringes.

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};

use super::decode::Pixels;

/// A size to make: width and height in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Size {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels, keeping the source's shape.
    pub height: u32,
}

/// The sizes to make of a `width` × `height` picture: every asked-for width narrower than it,
/// plus its own width when some asked-for width is wider (so large screens get the most detail
/// there is, and nothing is enlarged).
pub fn plan(widths: impl IntoIterator<Item = u32>, width: u32, height: u32) -> Vec<Size> {
    let mut out: Vec<u32> = Vec::new();
    for w in widths {
        out.push(w.min(width));
    }
    out.sort_unstable();
    out.dedup();
    out.into_iter()
        .map(|w| Size {
            width: w,
            height: scaled_height(w, width, height),
        })
        .collect()
}

fn scaled_height(w: u32, width: u32, height: u32) -> u32 {
    let h = (u64::from(w) * u64::from(height) + u64::from(width) / 2) / u64::from(width.max(1));
    u32::try_from(h).unwrap_or(u32::MAX).max(1)
}

/// The pixels scaled to `size` (the same buffer when the size does not change).
pub fn resize(pixels: &Pixels, size: Size) -> Result<Vec<u8>, String> {
    if size.width == pixels.width && size.height == pixels.height {
        return Ok(pixels.data.clone());
    }
    let kind = if pixels.alpha {
        PixelType::U8x4
    } else {
        PixelType::U8x3
    };
    let src = ImageRef::new(pixels.width, pixels.height, &pixels.data, kind)
        .map_err(|e| e.to_string())?;
    let mut dst = Image::new(size.width, size.height, kind);
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(&src, &mut dst, &options)
        .map_err(|e| e.to_string())?;
    Ok(dst.into_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_wider_than_the_source() {
        let sizes = plan([128, 256, 384, 480], 300, 200);
        let widths: Vec<u32> = sizes.iter().map(|s| s.width).collect();
        assert_eq!(widths, [128, 256, 300]);
        assert_eq!(sizes[0].height, 85);
        assert_eq!(
            plan([128, 256], 8, 6),
            [Size {
                width: 8,
                height: 6
            }]
        );
    }

    #[test]
    fn resizes_to_the_planned_size() {
        let pixels = Pixels {
            width: 40,
            height: 20,
            alpha: false,
            data: (0..40 * 20 * 3).map(|i| (i % 251) as u8).collect(),
        };
        let out = resize(
            &pixels,
            Size {
                width: 10,
                height: 5,
            },
        )
        .unwrap();
        assert_eq!(out.len(), 10 * 5 * 3);
    }
}
