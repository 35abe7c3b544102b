//! Groups of documents on rayon's thread pool (feature `parallel`), or one
//! after the other without it: the one place [`crate::Extractor::extract_many`]
//! differs between the two builds.

/// `f` of every item of `items`, in the order of `items`: on rayon's pool.
#[cfg(feature = "parallel")]
pub(crate) fn map_in_order<T, R, F>(items: Vec<T>, f: F) -> Vec<R>
where
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync + Send,
{
    use rayon::prelude::*;
    items.into_par_iter().map(f).collect()
}

/// `f` of every item of `items`, in the order of `items`: one after the
/// other.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map_in_order<T, R, F>(items: Vec<T>, f: F) -> Vec<R>
where
    F: Fn(T) -> R,
{
    items.into_iter().map(f).collect()
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extraction, Extractor};

    #[test]
    fn many_equals_one_by_one_and_keeps_order() {
        let texts = [
            "\"We agree,\" the minister said.",
            "",
            "President Amara Okafor will visit Japan next week, officials said.",
            "He said that ties were strong.",
        ];
        // groups of every size, and long texts alone among short ones
        let long = "\"We will keep talking,\" Foreign Minister Ana Ruiz said on Monday.\n\n".repeat(1200);
        let mut all: Vec<&str> = texts.iter().copied().cycle().take(75).collect();
        all.insert(3, &long);
        all.insert(40, &long);
        let docs: Vec<Document> = all.iter().map(|t| Document::new(t)).collect();
        for ex in [Extractor::new(), Extractor::builder().piece_len(40).build()] {
            let many = ex.extract_many(&docs);
            let one: Vec<Extraction> = docs.iter().map(|d| ex.extract(d)).collect();
            assert_eq!(many.len(), docs.len());
            assert!(many == one);
            assert!(many.iter().any(|e| !e.visits.is_empty()));
        }
    }
}
