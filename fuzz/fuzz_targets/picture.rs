//! Any bytes as a picture file: decoded within the limits or refused, never a panic.
#![no_main]

use easyguide::assets::decode;
use easyguide::config::Pictures;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Pictures {
        max_pixels: 1_000_000,
        ..Pictures::default()
    };
    if let Ok(p) = decode::decode(data, &limits) {
        assert!(u64::from(p.width) * u64::from(p.height) <= limits.max_pixels);
        let channels = if p.alpha { 4 } else { 3 };
        assert_eq!(p.data.len(), p.width as usize * p.height as usize * channels);
    }
});
