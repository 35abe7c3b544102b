//! The records attache returns: visits, delegations and statements.
//!
//! Field names and enum spellings follow the JSON contract of the project's
//! SPEC exactly (`snake_case`), so a record serializes to what downstream
//! tools expect without any mapping.

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into the input text.
///
/// Both ends always lie on UTF-8 character boundaries of the text the
/// extraction was run on, so `&text[span.start..span.end]` never panics.
/// Serializes as a two-element array `[start, end]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text`, or `""` when it is out of range.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// A person as the text names them.
///
/// Every field may be missing: "Iran's foreign minister" is a person with a
/// title and a country but no name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Person {
    /// The fullest form of the name used in the document ("George Shultz").
    pub name: Option<String>,
    /// The title of office as written ("President", "Foreign Minister").
    pub title: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country the person serves.
    pub country: Option<String>,
}

impl Person {
    /// Creates a person from its three parts.
    pub fn new(name: Option<String>, title: Option<String>, country: Option<String>) -> Person {
        Person { name, title, country }
    }
}

/// What kind of source a [`Speaker`] is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named or titled individual.
    Person,
    /// A ministry, office, agency, company or party ("Foreign Office").
    Organization,
    /// A government or country speaking as a whole ("Beijing", "the government").
    Government,
    /// An unnamed group ("officials", "diplomats", "analysts").
    Group,
    /// Nothing more is known.
    #[default]
    Unknown,
}

/// Who said something: a [`Person`] plus what kind of source they are.
///
/// For organisations `name` holds the organisation without the country's
/// possessive ("Foreign Office", country `"PK"`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Speaker {
    /// Name of the person, organisation or group.
    pub name: Option<String>,
    /// Title of office, for persons.
    pub title: Option<String>,
    /// ISO 3166-1 alpha-2 code of the speaker's country.
    pub country: Option<String>,
    /// What kind of source this is.
    pub kind: SpeakerKind,
}

impl Speaker {
    /// Creates a speaker.
    pub fn new(
        name: Option<String>,
        title: Option<String>,
        country: Option<String>,
        kind: SpeakerKind,
    ) -> Speaker {
        Speaker {
            name,
            title,
            country,
            kind,
        }
    }

    /// The speaker as a plain person (drops `kind`).
    pub fn to_person(&self) -> Person {
        Person::new(self.name.clone(), self.title.clone(), self.country.clone())
    }
}

/// How a visit is officially classed, as the text calls it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VisitKind {
    /// "a state visit".
    State,
    /// "an official visit".
    Official,
    /// "a working visit".
    Working,
    /// The text does not say.
    #[default]
    Unspecified,
}

/// Where a visit stands relative to the publication date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VisitStatus {
    /// Still to happen.
    #[default]
    Planned,
    /// Under way on the publication date.
    Ongoing,
    /// Over.
    Completed,
    /// Called off.
    Cancelled,
    /// Put off to a later date.
    Postponed,
}

/// One person travelling to one country on official business.
///
/// A tour of three countries is three visits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StateVisit {
    /// Who travels.
    pub visitor: Person,
    /// ISO 3166-1 alpha-2 code of the destination country.
    pub host: Option<String>,
    /// Destination city, when stated.
    pub city: Option<String>,
    /// Official class of the visit.
    pub kind: VisitKind,
    /// Where the visit stands relative to the publication date.
    pub status: VisitStatus,
    /// First day of the visit, when the text fixes it.
    pub start: Option<chrono::NaiveDate>,
    /// Last day of the visit (inclusive), when the text fixes it.
    pub end: Option<chrono::NaiveDate>,
    /// Who invited the visitor ("at the invitation of ...").
    pub invited_by: Option<Person>,
    /// Who made the visit public.
    pub announced_by: Option<Speaker>,
    /// The sentences the visit was read from.
    pub evidence: Vec<Span>,
}

/// The part a delegation member plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// The visitor's wife or husband.
    Spouse,
    /// Foreign minister, foreign secretary, US secretary of state.
    ForeignMinister,
    /// Any other minister or secretary of a ministry, deputies included.
    Minister,
    /// Unnamed cabinet members.
    Cabinet,
    /// Business people.
    Business,
    /// Officials, aides, advisers, ambassadors, spokespeople, negotiators.
    Official,
    /// Military officers.
    Military,
    /// Anyone else.
    Other,
}

/// One person or unnamed group travelling with a visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Member {
    /// The part they play.
    pub role: Role,
    /// Their name, when given.
    pub name: Option<String>,
    /// Their title, when given ("Minister of Transport").
    pub title: Option<String>,
    /// The words that named the member ("a large business delegation").
    pub text: String,
    /// Where `text` stands in the input.
    pub span: Span,
}

/// Who travels with a visitor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Delegation {
    /// Index into [`Extraction::visits`](crate::Extraction::visits).
    pub visit: Option<usize>,
    /// Head of the delegation, usually the visitor.
    pub leader: Person,
    /// The level as the text calls it ("high-level").
    pub level: Option<String>,
    /// The people and groups travelling.
    pub members: Vec<Member>,
}

/// How a statement is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Mode {
    /// A whole quoted utterance.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported without quotation marks ("X said that ...").
    Indirect,
}

/// Something someone said or wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Statement {
    /// Who said it, resolved through pronouns and descriptions.
    pub speaker: Option<Speaker>,
    /// The words said, without quotation marks.
    pub content: String,
    /// How it is reported.
    pub mode: Mode,
    /// The reporting verb or phrase as written ("said", "according to").
    pub cue: Option<String>,
    /// When it was said, if the text says.
    pub date: Option<chrono::NaiveDate>,
    /// Where `content` stands in the input (the first part, for a quote
    /// interrupted by its attribution, up to the end of the last part).
    pub span: Span,
}

/// Everything read from one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction {
    /// Visits, in order of first mention.
    pub visits: Vec<StateVisit>,
    /// Delegations; each points at its visit.
    pub delegations: Vec<Delegation>,
    /// Statements, in text order.
    pub statements: Vec<Statement>,
}
