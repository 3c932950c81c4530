//! Any bytes as an SVG file: the sanitiser refuses or cleans them without panicking, and
//! what it keeps parses again and does not change when sanitised again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(out) = easyguide::assets::svg::prepare(data) {
        let again = easyguide::assets::svg::prepare(&out.bytes).expect("the output is an SVG");
        assert_eq!(again.bytes, out.bytes, "sanitising twice changes the file");
        assert!(again.removed.is_empty(), "{:?}", again.removed);
    }
});
