//! Bad input gives clear errors; odd input gives empty results, never a panic.

use attache::{Document, Error, Extractor};

#[test]
fn not_utf8_names_the_file_and_offset() {
    let bytes = b"ok so far \xff\xfe then garbage".to_vec();
    let err = Error::check_utf8("articles/today.txt", bytes).unwrap_err();
    match &err {
        Error::NotUtf8 { path, offset } => {
            assert_eq!(path.to_str(), Some("articles/today.txt"));
            assert_eq!(*offset, 10);
        }
        other => panic!("unexpected error {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("articles/today.txt") && msg.contains("10"), "{msg}");
}

#[test]
fn valid_utf8_passes_through() {
    let s = Error::check_utf8("x", "Zürich – “quoted”".as_bytes().to_vec()).unwrap();
    assert_eq!(s, "Zürich – “quoted”");
}

#[test]
fn impossible_publication_dates_are_errors() {
    for bad in [
        "2024-13-45",
        "2024-02-30",
        "yesterday",
        "",
        "2024/04/21",
        "24-04-21",
    ] {
        let err = Document::new("text").published_str(bad).unwrap_err();
        assert!(matches!(err, Error::BadDate { .. }), "{bad}: {err:?}");
        assert!(err.to_string().contains("YYYY-MM-DD"), "{bad}: {err}");
    }
    assert!(Document::new("text").published_str("2024-02-29").is_ok());
}

#[test]
fn empty_and_blank_texts_give_empty_extractions() {
    let ex = Extractor::new();
    for text in ["", " ", "\n\n\n", "\t", "...", "\"", "“"] {
        let out = ex.extract(&Document::new(text));
        assert!(
            out.visits.is_empty() && out.delegations.is_empty() && out.statements.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn extractor_is_send_and_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Extractor>();
    let ex = Extractor::builder().day_first(true).build();
    let text = "\"We will go,\" the minister said.";
    assert_eq!(
        ex.clone().extract(&Document::new(text)),
        ex.extract(&Document::new(text))
    );
}
