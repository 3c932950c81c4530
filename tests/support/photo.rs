//! Photo-like test pictures, made deterministically from a seed: detail at every scale,
//! soft-edged shapes in several colours, a gradient of light and sensor grain. They compress
//! like photographs (flat colours would flatter the encoder) and need no files in the
//! repository. Used by the integration tests and the picture benchmark.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, ImageEncoder};

/// A small, fast, deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

struct Shape {
    cx: f32,
    cy: f32,
    rx: f32,
    ry: f32,
    colour: [f32; 3],
}

/// Value noise: a grid of random values `cell` pixels apart, smoothly interpolated.
struct Octave {
    cell: f32,
    columns: usize,
    values: Vec<f32>,
    amplitude: f32,
}

impl Octave {
    fn new(width: u32, height: u32, cell: f32, amplitude: f32, rng: &mut Rng) -> Octave {
        let columns = (width as f32 / cell) as usize + 2;
        let rows = (height as f32 / cell) as usize + 2;
        let values = (0..columns * rows).map(|_| rng.unit() - 0.5).collect();
        Octave {
            cell,
            columns,
            values,
            amplitude,
        }
    }

    fn at(&self, x: u32, y: u32) -> f32 {
        let (fx, fy) = (x as f32 / self.cell, y as f32 / self.cell);
        let (ix, iy) = (fx as usize, fy as usize);
        let smooth = |t: f32| t * t * (3.0 - 2.0 * t);
        let (tx, ty) = (smooth(fx - ix as f32), smooth(fy - iy as f32));
        let v = |cx: usize, cy: usize| self.values[cy * self.columns + cx];
        let top = v(ix, iy) + (v(ix + 1, iy) - v(ix, iy)) * tx;
        let bottom = v(ix, iy + 1) + (v(ix + 1, iy + 1) - v(ix, iy + 1)) * tx;
        (top + (bottom - top) * ty) * self.amplitude
    }
}

/// RGB pixels of a photo-like picture: detail at every scale, as in photographs (the
/// strength of each scale falls gently with its size), soft-edged shapes, a
/// gradient of light, and grain.
pub fn photo(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let (w, h) = (width as f32, height as f32);
    let colour = |rng: &mut Rng| [rng.unit() * 255.0, rng.unit() * 255.0, rng.unit() * 255.0];
    let (top, bottom) = (colour(&mut rng), colour(&mut rng));
    let shapes: Vec<Shape> = (0..8)
        .map(|_| Shape {
            cx: rng.unit() * w,
            cy: rng.unit() * h,
            rx: (0.08 + rng.unit() * 0.25) * w,
            ry: (0.08 + rng.unit() * 0.25) * h,
            colour: colour(&mut rng),
        })
        .collect();
    let octaves: Vec<Octave> = [256.0f32, 128.0, 64.0, 32.0, 16.0, 8.0, 4.0, 2.0]
        .iter()
        .map(|cell| {
            Octave::new(
                width,
                height,
                *cell,
                80.0 * (cell / 256.0).powf(0.4),
                &mut rng,
            )
        })
        .collect();
    let tint = Octave::new(width, height, 96.0, 60.0, &mut rng);
    let mut out = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        let fy = y as f32 / h;
        for x in 0..width {
            let mut px: [f32; 3] = std::array::from_fn(|c| top[c] + (bottom[c] - top[c]) * fy);
            for s in &shapes {
                let dx = (x as f32 - s.cx) / s.rx;
                let dy = (y as f32 - s.cy) / s.ry;
                let d = dx * dx + dy * dy;
                if d < 1.2 {
                    // A soft edge a few pixels wide, like an object slightly out of focus.
                    let a = ((1.2 - d) * 6.0).clamp(0.0, 1.0) * 0.85;
                    for (p, target) in px.iter_mut().zip(s.colour) {
                        *p += (target - *p) * a;
                    }
                }
            }
            let detail: f32 = octaves.iter().map(|o| o.at(x, y)).sum();
            let warm = tint.at(x, y);
            let grain = (rng.unit() - 0.5) * 8.0;
            let shift = [warm, 0.0, -warm];
            for (p, shift) in px.iter().zip(shift) {
                out.push((p + detail + shift + grain).clamp(0.0, 255.0) as u8);
            }
        }
    }
    out
}

/// A photo-like picture as a JPEG file, as a camera or phone would save it.
pub fn jpeg(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let pixels = photo(width, height, seed);
    let mut out = Cursor::new(Vec::new());
    JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(&pixels, width, height, ExtendedColorType::Rgb8)
        .expect("encoding to memory works");
    out.into_inner()
}

/// A photo-like picture as a PNG file.
#[allow(dead_code)] // the benchmark uses only JPEGs
pub fn png(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let pixels = photo(width, height, seed);
    let mut out = Cursor::new(Vec::new());
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(&pixels, width, height, ExtendedColorType::Rgb8)
        .expect("encoding to memory works");
    out.into_inner()
}
