//! attache reads English news and returns typed, provenance-carrying records
//! of diplomacy: **state visits** (who goes where, when, in what status),
//! **delegations** (who travels with the visitor) and **statements** (who
//! said what, quoted or reported).
//!
//! ```
//! use attache::{Document, Extractor, VisitStatus};
//!
//! let text = "Japan's Foreign Ministry said on Monday that Canadian Prime \
//!             Minister Jean Martin will visit Tokyo from May 3 to 5, 2025.\n\n\
//!             \"The visit will deepen our ties,\" the ministry said.";
//! let doc = Document::new(text).published_str("2025-04-28")?;
//! let out = Extractor::new().extract(&doc);
//!
//! let visit = &out.visits[0];
//! assert_eq!(visit.visitor.name.as_deref(), Some("Jean Martin"));
//! assert_eq!(visit.host.as_deref(), Some("JP"));
//! assert_eq!(visit.status, VisitStatus::Planned);
//!
//! let quote = &out.statements[1];
//! assert_eq!(quote.content, "The visit will deepen our ties,");
//! assert_eq!(quote.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Foreign Ministry"));
//! # Ok::<(), attache::Error>(())
//! ```
//!
//! Every record carries byte spans into the input ([`Span`]), always on
//! character boundaries. Extraction never fails and never panics; errors
//! ([`Error`]) come only from reading input such as dates and files.
//!
//! The crate is organised in layers, each a pass over the one before:
//! [`text`] (paragraphs, sentences, tokens), [`gazetteer`] (built-in tables
//! matched by automaton), [`temporal`] (date expressions), and [`extract`]
//! (mentions, statements, visits, delegations).
//!
//! [`Extractor::extract_many`] reads many documents, faster than one by one
//! and in their order; with the cargo feature `parallel`, on a thread pool.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod error;
pub mod extract;
pub mod gazetteer;
mod kept;
pub mod model;
mod parallel;
pub mod temporal;
pub mod text;

pub use error::Error;
pub use extract::{Document, Extractor, ExtractorBuilder};
pub use model::{
    Delegation, Extraction, Member, Mode, Person, Role, Span, Speaker, SpeakerKind, StateVisit, Statement,
    VisitKind, VisitStatus,
};
