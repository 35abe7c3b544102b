//! The fuzzed function: extract, check the invariants, and check that a
//! second run gives the same output. Panics on any violation.

use attache::{Document, Extractor};

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// Runs the extractor on `text` (with and without a publication date).
pub fn check(ex: &Extractor, text: &str) {
    let doc = Document::new(text);
    let a = ex.extract(&doc);
    if let Err(e) = invariants::check(text, &a) {
        panic!("invariant broken: {e}\ntext: {text:?}");
    }
    let dated = Document::new(text)
        .published_str("2024-03-01")
        .expect("valid date");
    let b = ex.extract(&dated);
    if let Err(e) = invariants::check(text, &b) {
        panic!("invariant broken (published 2024-03-01): {e}\ntext: {text:?}");
    }
    assert!(a == ex.extract(&doc), "two runs differ on {text:?}");
}
