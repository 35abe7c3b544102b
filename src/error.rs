//! The one error type of the crate.

use std::path::PathBuf;

/// Everything that can go wrong when preparing input for extraction.
///
/// Extraction itself never fails: any `&str` gives an [`Extraction`](crate::Extraction),
/// possibly empty. Errors come from reading input: dates, files, batch lines.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date string that is not a real `YYYY-MM-DD` day.
    #[error("invalid date {input:?}: {reason} (expected YYYY-MM-DD)")]
    BadDate {
        /// The string as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A file whose bytes are not UTF-8.
    #[error("{path}: not UTF-8 at byte offset {offset}")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A file or stream that could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file, or `-` for standard input.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A batch input line that does not follow the batch contract.
    #[error("line {line}: {reason}")]
    BadRecord {
        /// 1-based line number in the input.
        line: usize,
        /// What was wrong with it.
        reason: String,
    },
}

impl Error {
    /// Reads `bytes` as UTF-8, naming `path` and the first bad byte offset on failure.
    pub fn check_utf8(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<String, Error> {
        String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
            path: path.into(),
            offset: e.utf8_error().valid_up_to(),
        })
    }
}
