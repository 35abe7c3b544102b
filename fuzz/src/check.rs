//! The fuzzed function: extract, check the invariants, and check that a
//! second run gives the same output. Panics on any violation.

use std::sync::OnceLock;

use attache::{Document, Extractor};

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// Runs the extractor on `text` (with and without a publication date, and
/// read in small pieces).
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
    // Read with others, pass by pass in a group: the same records.
    let many = ex.extract_many(&[dated.clone(), Document::new(""), doc.clone(), dated.clone()]);
    assert!(
        many.len() == 4 && many[0] == b && many[2] == a && many[3] == b && many[1] == Default::default(),
        "read in a group differs on {text:?}"
    );
    // Read in pieces of a hundred bytes, as a long text is.
    static PIECES: OnceLock<Extractor> = OnceLock::new();
    let pieces = PIECES.get_or_init(|| Extractor::builder().piece_len(97).build());
    if let Err(e) = invariants::check(text, &pieces.extract(&dated)) {
        panic!("invariant broken (in pieces): {e}\ntext: {text:?}");
    }
}
