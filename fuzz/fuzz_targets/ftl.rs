//! Any text as a translator's `.ftl` file: read, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let catalog = easyguide::translate::catalog::Catalog::read(text);
    let _ = catalog.status();
    for (_, (_, offset)) in catalog.messages() {
        assert!(offset <= text.len());
    }
});
