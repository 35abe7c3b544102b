//! Many documents at once, on rayon's thread pool (feature `parallel`).
//!
//! ```
//! use attache::{Document, Extractor};
//!
//! let docs = vec![
//!     Document::new("\"We will act,\" the minister said."),
//!     Document::new("Nothing to see here."),
//! ];
//! let out = Extractor::new().extract_many(&docs);
//! assert_eq!(out.len(), 2);
//! assert_eq!(out[0].statements.len(), 1);
//! ```

#![cfg(feature = "parallel")]

use rayon::prelude::*;

use crate::{Document, Extraction, Extractor};

impl Extractor {
    /// Reads every document of `docs` in parallel and returns their
    /// extractions in the order of `docs`. Each result equals
    /// [`Extractor::extract`] on that document.
    ///
    /// Runs on rayon's global pool; to bound the number of threads, call it
    /// inside [`rayon::ThreadPool::install`].
    pub fn extract_many(&self, docs: &[Document<'_>]) -> Vec<Extraction> {
        docs.par_iter().map(|d| self.extract(d)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_sequential_and_in_order() {
        let texts = [
            "\"We agree,\" the minister said.",
            "",
            "President Amara Okafor will visit Japan next week, officials said.",
            "He said that ties were strong.",
        ];
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
        let ex = Extractor::new();
        let par = ex.extract_many(&docs);
        let seq: Vec<Extraction> = docs.iter().map(|d| ex.extract(d)).collect();
        assert_eq!(par, seq);
    }
}
