//! `cargo fuzz run extract`: arbitrary UTF-8 text through `Extractor::extract`.

#![no_main]

use std::sync::OnceLock;

use attache::Extractor;
use libfuzzer_sys::fuzz_target;

#[path = "../src/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    static EX: OnceLock<Extractor> = OnceLock::new();
    let ex = EX.get_or_init(Extractor::new);
    // Invalid UTF-8 is repaired rather than skipped, so every input is read.
    let text = String::from_utf8_lossy(data);
    check::check(ex, &text);
});
