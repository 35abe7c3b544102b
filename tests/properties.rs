//! Property tests: for arbitrary text, extraction does not panic, every span
//! lies on char boundaries within the text, quoted content is found where its
//! span says, and two runs give the same output; also when the text is read
//! in pieces.

use attache::{Document, Extractor};
use proptest::prelude::*;

#[path = "support/invariants.rs"]
mod invariants;

/// Pieces that steer the extractors into their interesting paths.
const PIECES: &[&str] = &[
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    "\u{2019}",
    "\u{2018}",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    ", ",
    ". ",
    "said",
    " said ",
    "told reporters",
    "according to",
    "visit",
    " will visit ",
    "visited",
    "state visit",
    "arrived in",
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Mr.",
    "U.S.",
    "delegation",
    "accompanied by",
    "including",
    "his wife",
    "Pakistan",
    "Japan's",
    "Tokyo",
    "Kenyan",
    "Foreign Office",
    "the ministry",
    "He",
    "she",
    "they",
    "Amara Okafor",
    "Lena",
    "on Monday",
    "March 3",
    "2024",
    "12",
    "4/5/2024",
    "\u{1F600}",
    "\u{1F1EF}\u{1F1F5}",
    "e\u{301}",
    "\u{0627}\u{0644}\u{0631}\u{0626}\u{064A}\u{0633}",
    "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
    "\u{202E}",
    "\0",
    "\t",
    "\u{a0}",
    "\u{2014}",
    "(",
    ")",
    ":",
    ";",
    "?",
    "!",
    "\u{2026}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => prop::collection::vec(prop::char::range('a', 'z'), 1..8).prop_map(|v| v.into_iter().collect()),
    ]
}

fn pieced_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect())
}

fn run(text: &str) {
    let ex = Extractor::new();
    let doc = Document::new(text);
    let a = ex.extract(&doc);
    if let Err(e) = invariants::check(text, &a) {
        panic!("{e}\ntext: {text:?}");
    }
    let b = ex.extract(&doc);
    assert_eq!(a, b, "two runs differ on {text:?}");
    // With a publication date too (statuses and dates take another path).
    let dated = Document::new(text)
        .published_str("2024-03-01")
        .expect("valid date");
    let c = ex.extract(&dated);
    if let Err(e) = invariants::check(text, &c) {
        panic!("{e}\ntext (published 2024-03-01): {text:?}");
    }
    // Read in pieces of a few dozen bytes (as a long text is), spans still
    // point into the whole text and delegations at the visits of their piece.
    let pieces = Extractor::builder().piece_len(61).build().extract(&dated);
    if let Err(e) = invariants::check(text, &pieces) {
        panic!("{e}\ntext (in pieces): {text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2500, ..ProptestConfig::default() })]

    #[test]
    fn pieced_texts_hold_invariants(text in pieced_text()) {
        run(&text);
    }

    #[test]
    fn arbitrary_texts_hold_invariants(text in any_text()) {
        run(&text);
    }

    #[test]
    fn news_like_texts_hold_invariants(
        speaker in prop::sample::select(&["President Amara Okafor", "the ministry", "He", "Japan's Foreign Office", "Lena"][..]),
        quote in prop::collection::vec(piece(), 1..20),
        open in prop::sample::select(&["\"", "\u{201c}", "'", ""][..]),
        close in prop::sample::select(&["\"", "\u{201d}", "\u{2019}", ""][..]),
        tail in pieced_text(),
    ) {
        let text = format!("{open}{},{close} {speaker} said.\n\n{speaker} will visit Japan. {tail}", quote.concat());
        run(&text);
    }
}

proptest! {
    // Each case reads up to forty texts twice: fewer cases.
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn many_documents_read_together_equal_each_read_alone(
        texts in prop::collection::vec(pieced_text(), 0..40),
        dated in prop::collection::vec(any::<bool>(), 40),
    ) {
        let ex = Extractor::new();
        let docs: Vec<Document> = texts
            .iter()
            .zip(&dated)
            .map(|(t, &d)| {
                let doc = Document::new(t);
                if d { doc.published_str("2024-03-01").expect("valid date") } else { doc }
            })
            .collect();
        let many = ex.extract_many(&docs);
        prop_assert_eq!(many.len(), docs.len());
        for (d, m) in docs.iter().zip(&many) {
            prop_assert_eq!(&ex.extract(d), m);
        }
    }
}

#[test]
fn every_prefix_of_a_mixed_text_holds_invariants() {
    // Cutting a text at each char boundary exercises unclosed quotes and
    // half-read names.
    let text = "Japan\u{2019}s Foreign Office said on Monday that Kenyan President Amara Okafor \
                will visit Tokyo. \u{201c}We welcome the visit,\u{201d} it said. He said \"trade, \
                energy\" and \u{1F600} e\u{301} \u{0627}\u{0644}\u{0631} would be discussed.\r\n\0";
    for (i, _) in text.char_indices() {
        run(&text[..i]);
    }
    run(text);
}

#[test]
fn a_prepended_mark_and_the_space_after_it_are_one_token() {
    // U+111C2 (a Prepend character) joins the space after it in one grapheme
    // cluster, so a token holds white space; names read across it must
    // still be made single spaced, not trusted to be.
    let text = "\"\u{201c},\" President Amara Okafor said.\n\nPresident Amara Okafor will visit \
                Japan. Foreign Office\u{111C2} said President Amara Okafor\u{111C2} \u{111C2}  arrived.";
    run(text);
    for (i, _) in text.char_indices() {
        run(&text[..i]);
    }
}
