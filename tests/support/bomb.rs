//! Hostile PNG files, made in memory: a decompression bomb (a small file that decodes to
//! hundreds of megabytes) and a file whose header claims a size its data does not have.

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

fn header(width: u32, height: u32, depth: u8, colour: u8) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[depth, colour, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    out
}

/// A valid 1-bit grey `side` × `side` PNG of nothing but zeros: about 50 KB for 20,000 ×
/// 20,000, which would decode to 400 megapixels (1.6 GB as RGBA).
pub fn bomb(side: u32) -> Vec<u8> {
    let mut out = header(side, side, 1, 0);
    let row = vec![0u8; 1 + side.div_ceil(8) as usize];
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    for _ in 0..side {
        z.write_all(&row).unwrap();
    }
    chunk(&mut out, b"IDAT", &z.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

/// An RGB PNG header claiming `width` × `height`, with almost no data after it.
pub fn huge(width: u32, height: u32) -> Vec<u8> {
    let mut out = header(width, height, 8, 2);
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    z.write_all(&[0u8; 64]).unwrap();
    chunk(&mut out, b"IDAT", &z.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}
