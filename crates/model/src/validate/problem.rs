//! What can be wrong with a data file, as data: a `Problem` is where (a JSON path, and a line and column when the
//! file's text is known) and what (a `ProblemKind` with its arguments). The English `Display` is the command line's
//! wording; the app words each kind in the reader's language from its own string tables. serde's messages are read
//! into kinds here too (`Shape`, `Syntax`), so no sentence of a parser reaches a reader untranslated.

use std::fmt;

use crate::data::NodeKind;

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `dependencies[3].evidence[0].date` (empty for the file as a whole).
    pub path: String,
    pub kind: ProblemKind,
    /// Where in the file's text, when it is known.
    pub at: Option<Position>,
}

/// A line and a column in a file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Every kind of problem the validator finds, with what a message needs to say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    // The file as a whole.
    /// Over the size limit, refused before parsing.
    TooLarge {
        megabytes: u64,
        limit_megabytes: u64,
    },
    /// Bytes that are not UTF-8 text; `byte` counts from 1 (the place is in `Problem::at`).
    NotUtf8 {
        byte: usize,
    },
    /// Not JSON at all (the place is in `Problem::at`).
    Syntax(Syntax),
    /// JSON, but not one object.
    NotAnObject,
    /// One object, but its keys could not be read as sections.
    Sections(Shape),
    MissingSection {
        name: String,
    },
    UnknownSection {
        name: String,
    },
    /// A section written twice: which one was meant cannot be told, so neither is read.
    RepeatedSection {
        name: String,
    },
    NotAList,
    /// An item or section whose shape is wrong (a field of the wrong type, an unknown value...).
    Shape(Shape),

    // Shared checks.
    NotADate {
        text: String,
    },
    NotAWebLink {
        excerpt: String,
    },
    ControlCharacter {
        code: u32,
    },
    EmptyVia,
    NoPublisher,
    NoTitle,
    UnknownNode {
        id: String,
    },

    // The dataset section.
    NoVersion,
    NoLicenceName,
    NoChangelogVersion,

    // Nodes.
    BadId {
        id: String,
    },
    EmptyName,
    IdUsedTwice {
        id: String,
    },
    NoParent {
        id: String,
        parent: String,
    },
    BadCountry {
        country: String,
    },
    CountrySourceWithoutCountry,
    /// An audience that is not a positive number; `millions` as the file wrote it.
    BadAudience {
        millions: String,
    },
    NoMeasure,
    HostingNoteNotWebService,

    // Dependencies.
    SelfDependency,
    RedundantWithoutGroup,
    GroupWithoutRedundant,
    NoEvidence,
    DependsTwice {
        dependent: String,
        depends_on: String,
    },
    ReportWithoutIncident,
    UnknownIncident {
        id: String,
    },
    NotReportedInIncident {
        dependent: String,
        incident: String,
    },

    // Incidents.
    BadIncidentId {
        id: String,
    },
    IncidentIdUsedTwice {
        id: String,
    },
    NothingFailed,
    CannotFail {
        id: String,
        kind: NodeKind,
    },
    MissNotReported {
        service: String,
    },

    // Market shares.
    TableTwice {
        scope: String,
        period: String,
    },
    NoTableSource,
    /// A percentage outside 0..=100, as it is printed.
    BadPercent {
        percent: String,
    },
    NoSuchSource {
        number: usize,
    },
    WhichSource,
    NotAProvider {
        id: String,
    },
    NoShareHolder,
    /// The shares of one table, added up to more than 100 % (`total` with one decimal).
    SharesOver100 {
        total: String,
    },

    /// A data file that could not be read at all (the app's download failed), with the browser's sentence.
    Unreadable {
        detail: String,
    },

    // The first load's two files (`split`).
    /// A core file written by `cloudfall split` opened as a full data file: it lacks its sources.
    CoreFile,
    /// A full data file opened as a core file.
    NotACoreFile,
    /// A core and a details file that do not belong together, with what differs (for the people who build the site).
    SplitMismatch {
        detail: String,
    },
}

/// JSON that cannot be read, as serde_json says it, in kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// The text stops before the JSON is complete (an empty file, a missing closing bracket).
    EndsTooEarly,
    /// A value was expected (`,,`, a word without quotes).
    ExpectedValue,
    /// A comma or a closing bracket was expected.
    ExpectedCommaOrEnd,
    ExpectedColon,
    /// Something after the end of the JSON.
    TrailingCharacters,
    KeyMustBeText,
    /// A backslash escape or a `\u` code that is not valid.
    BadEscape,
    /// A line break or another control character inside a text.
    ControlInText,
    /// Brackets nested deeper than a reader follows.
    TooDeep,
    BadNumber,
    /// Anything else serde_json says, as it says it.
    Other(String),
}

/// What serde found where the data file's format wanted something else, in kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A value that is not one of the allowed words (`kind: "devine"`).
    UnknownValue {
        found: String,
        allowed: Vec<String>,
    },
    /// A field the format does not have (`colour`).
    UnknownField {
        found: String,
        allowed: Vec<String>,
    },
    MissingField {
        field: String,
    },
    DuplicateField {
        field: String,
    },
    /// A value of the wrong type: a number where text is expected, say.
    WrongType {
        found: JsonType,
        expected: JsonType,
    },
    /// A value of the right type that is not allowed (a negative whole number, say).
    WrongValue {
        found: JsonType,
        expected: JsonType,
    },
    /// JSON that cannot be read inside an item (a number too large for any computer, say).
    Syntax(Syntax),
    /// Anything else serde says, as it says it.
    Other(String),
}

/// The types a JSON value can have, as serde names what it found and what it expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonType {
    /// Text, with the value found (`"x"`), when serde gives it.
    Text(Option<String>),
    /// A number, with the value found.
    Number(Option<String>),
    /// A whole number that is not negative (a count, an index).
    WholeNumber,
    TrueFalse(Option<String>),
    List,
    Object,
    Null,
    /// Anything else, as serde names it.
    Other(String),
}

impl Problem {
    /// A problem of the file as a whole, with no path and no place.
    pub fn whole_file(kind: ProblemKind) -> Problem {
        Problem { path: String::new(), kind, at: None }
    }

    /// The English message, without the path: what the command line prints after it.
    pub fn message(&self) -> String {
        let english = English(&self.kind).to_string();
        match (&self.kind, self.at) {
            (ProblemKind::NotUtf8 { byte }, at) => {
                let Position { line, column } = at.unwrap_or(Position { line: 1, column: 1 });
                format!("The file is not UTF-8 text (line {line}, column {column}, byte {byte}): save it as UTF-8")
            }
            (ProblemKind::Syntax(_), Some(Position { line, column })) => {
                format!("The file is not valid Cloudfall data (line {line}, column {column}): {english}")
            }
            (ProblemKind::Syntax(_), None) => format!("The file is not valid Cloudfall data: {english}"),
            (ProblemKind::Shape(_), Some(Position { line, column })) => {
                format!("{english} (line {line}, column {column})")
            }
            _ => english,
        }
    }

    /// The path cut into its steps: `nodes[3].kind` is the section `nodes`, its item 3 (counted from 0), `kind`.
    pub fn steps(&self) -> Vec<Step> {
        steps(&self.path)
    }
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    /// An item of a list, counted from 0.
    Item(usize),
}

/// The steps of a JSON path such as `dependencies[0].evidence[1].date`.
pub fn steps(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(field) = pieces.next().filter(|field| !field.is_empty()) {
            steps.push(Step::Field(field.to_string()));
        }
        for piece in pieces {
            match piece.trim_end_matches(']').parse() {
                Ok(item) => steps.push(Step::Item(item)),
                Err(_) => steps.push(Step::Field(piece.trim_end_matches(']').to_string())),
            }
        }
    }
    steps
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message())
        } else {
            write!(f, "{}: {}", self.path, self.message())
        }
    }
}

/// A kind's English wording (the command line's), without path or place.
struct English<'a>(&'a ProblemKind);

impl fmt::Display for English<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind as K;
        match self.0 {
            K::TooLarge { megabytes, limit_megabytes } => {
                write!(f, "The file is {megabytes} MB; Cloudfall reads data files of up to {limit_megabytes} MB")
            }
            K::NotUtf8 { byte } => write!(f, "The file is not UTF-8 text (byte {byte}): save it as UTF-8"),
            K::Syntax(syntax) => f.write_str(&syntax.english()),
            K::NotAnObject => {
                f.write_str("The file is not valid Cloudfall data: it must be one JSON object with a dataset and nodes")
            }
            K::Sections(shape) => write!(f, "The file is not valid Cloudfall data: {}", shape.english()),
            K::MissingSection { name } => write!(f, "the file needs a \"{name}\" section"),
            K::UnknownSection { name } => write!(
                f,
                "\"{name}\" is not a section of Cloudfall data; the sections are: $schema, dataset, market_shares, nodes, dependencies, incidents"
            ),
            K::RepeatedSection { name } => {
                write!(f, "the \"{name}\" section is written twice; keep one (merge their contents into it)")
            }
            K::NotAList => f.write_str("this must be a list, written [ ... ]"),
            K::Shape(shape) => f.write_str(&shape.english()),
            K::NotADate { text } => write!(f, "\"{text}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
            K::NotAWebLink { excerpt } => {
                write!(f, "\"{excerpt}\" is not a web address: links must start with https:// (or http://)")
            }
            K::ControlCharacter { code } => {
                write!(f, "the text contains an invisible control character (U+{code:04X}): remove it")
            }
            K::EmptyVia => f.write_str("name the copy the source was read through, or remove \"via\""),
            K::NoPublisher => f.write_str("name who published the source"),
            K::NoTitle => f.write_str("give the source's title"),
            K::UnknownNode { id } => write!(f, "there is no node with the id \"{id}\""),
            K::NoVersion => f.write_str("the dataset needs a version"),
            K::NoLicenceName => f.write_str("name the licence, such as CC BY 4.0"),
            K::NoChangelogVersion => f.write_str("each changelog entry needs the version it describes"),
            K::BadId { id } => write!(
                f,
                "\"{id}\" is not a valid id: use lowercase letters, digits and dashes, with / between levels (like aws/us-east-1)"
            ),
            K::EmptyName => f.write_str("the name is empty"),
            K::IdUsedTwice { id } => write!(f, "the id \"{id}\" is used twice"),
            K::NoParent { id, parent } => {
                write!(f, "\"{id}\" sits inside \"{parent}\", but there is no node with that id")
            }
            K::BadCountry { country } => {
                write!(f, "\"{country}\" is not a country code: write two capital letters, like FR or US")
            }
            K::CountrySourceWithoutCountry => f.write_str("a source for the country, but no country: add \"country\""),
            K::BadAudience { millions } => write!(f, "{millions} is not a number of millions of people"),
            K::NoMeasure => f.write_str("say what was counted (monthly active users, ...)"),
            K::HostingNoteNotWebService => f.write_str("only a web service can have a note on where it runs"),
            K::SelfDependency => f.write_str("a node cannot depend on itself"),
            K::RedundantWithoutGroup => {
                f.write_str("a redundant dependency needs a group naming the alternatives that back each other up")
            }
            K::GroupWithoutRedundant => f.write_str("only redundant dependencies have a group"),
            K::NoEvidence => f.write_str("every dependency needs at least one piece of evidence with its source"),
            K::DependsTwice { dependent, depends_on } => {
                write!(f, "\"{dependent}\" already depends on \"{depends_on}\": merge the evidence into one dependency")
            }
            K::ReportWithoutIncident => {
                f.write_str("reported evidence must name the incident in which the service was reported affected")
            }
            K::UnknownIncident { id } => write!(f, "there is no incident with the id \"{id}\""),
            K::NotReportedInIncident { dependent, incident } => write!(
                f,
                "\"{dependent}\" is not in the reported_affected list of incident \"{incident}\": add it there too"
            ),
            K::BadIncidentId { id } => write!(
                f,
                "\"{id}\" is not a valid incident id: use lowercase letters, digits and dashes, like aws-2025-10-20"
            ),
            K::IncidentIdUsedTwice { id } => write!(f, "the incident id \"{id}\" is used twice"),
            K::NothingFailed => f.write_str("name at least one component that failed"),
            K::CannotFail { id, kind } => write!(
                f,
                "\"{id}\" is a {}: only providers, regions, zones and cloud services can fail here",
                kind.as_str()
            ),
            K::MissNotReported { service } => {
                write!(f, "\"{service}\" is not in this incident's reported_affected list")
            }
            K::TableTwice { scope, period } => {
                write!(f, "there is already a {scope} table for {period}: one table per period")
            }
            K::NoTableSource => f.write_str("every market-share table needs a source"),
            K::BadPercent { percent } => write!(f, "{percent} is not a percentage between 0 and 100"),
            K::NoSuchSource { number } => {
                write!(f, "there is no source number {number} in this table (they are numbered from 0)")
            }
            K::WhichSource => {
                f.write_str("this table has several sources: say which one gives this figure (0 for the first)")
            }
            K::NotAProvider { id } => write!(f, "\"{id}\" is not a provider"),
            K::NoShareHolder => f.write_str("a share needs a provider id or a label"),
            K::SharesOver100 { total } => write!(f, "the shares add up to {total} %, more than 100 %"),
            K::Unreadable { detail } => f.write_str(detail),
            K::CoreFile => {
                f.write_str("This is a core file written by cloudfall split, without its sources: open the full data file")
            }
            K::NotACoreFile => f.write_str("This is a full data file, not a core file: open it as data"),
            K::SplitMismatch { detail } => write!(f, "the details file does not match the core: {detail}"),
        }
    }
}

impl Syntax {
    /// Reads serde_json's message for a syntax error (without its " at line L column C").
    pub(crate) fn read(message: &str) -> Syntax {
        match message {
            m if m.starts_with("EOF while parsing") => Syntax::EndsTooEarly,
            "expected value" | "expected ident" => Syntax::ExpectedValue,
            "expected `,` or `}`" | "expected `,` or `]`" => Syntax::ExpectedCommaOrEnd,
            "expected `:`" => Syntax::ExpectedColon,
            "trailing characters" | "trailing comma" => Syntax::TrailingCharacters,
            "key must be a string" => Syntax::KeyMustBeText,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => Syntax::BadEscape,
            m if m.starts_with("control character") => Syntax::ControlInText,
            "recursion limit exceeded" => Syntax::TooDeep,
            "invalid number" | "number out of range" => Syntax::BadNumber,
            other => Syntax::Other(other.to_string()),
        }
    }

    fn english(&self) -> String {
        match self {
            Syntax::EndsTooEarly => "the text ends before the data is complete",
            Syntax::ExpectedValue => "a value was expected here",
            Syntax::ExpectedCommaOrEnd => "a comma or a closing bracket was expected here",
            Syntax::ExpectedColon => "a colon (:) was expected after the name",
            Syntax::TrailingCharacters => "there is text after the end of the data",
            Syntax::KeyMustBeText => "a name in quotes was expected here",
            Syntax::BadEscape => "a backslash code (\\...) that is not valid",
            Syntax::ControlInText => "a line break or a control character inside a text in quotes",
            Syntax::TooDeep => "brackets are nested too deep",
            Syntax::BadNumber => "a number that is not valid or too large",
            Syntax::Other(message) => message,
        }
        .to_string()
    }
}

impl Shape {
    /// Reads serde's message for a value of the wrong shape (without its " at line L column C").
    pub(crate) fn read(message: &str) -> Shape {
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            let (found, allowed) = found_and_allowed(rest);
            return Shape::UnknownValue { found, allowed };
        }
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let (found, allowed) = found_and_allowed(rest);
            return Shape::UnknownField { found, allowed };
        }
        if let Some(field) = message.strip_prefix("missing field ") {
            return Shape::MissingField { field: field.trim_matches('`').to_string() };
        }
        if let Some(field) = message.strip_prefix("duplicate field ") {
            return Shape::DuplicateField { field: field.trim_matches('`').to_string() };
        }
        for (prefix, wrong_type) in [("invalid type: ", true), ("invalid value: ", false)] {
            if let Some((found, expected)) =
                message.strip_prefix(prefix).and_then(|rest| rest.split_once(", expected "))
            {
                let (found, expected) = (JsonType::found(found), JsonType::expected(expected));
                return if wrong_type {
                    Shape::WrongType { found, expected }
                } else {
                    Shape::WrongValue { found, expected }
                };
            }
        }
        Shape::Other(message.to_string())
    }

    fn english(&self) -> String {
        match self {
            Shape::UnknownValue { found, allowed } => format!("unknown variant `{found}`, {}", expected(allowed)),
            Shape::UnknownField { found, allowed } if allowed.is_empty() => {
                format!("unknown field `{found}`, there are no fields")
            }
            Shape::UnknownField { found, allowed } => format!("unknown field `{found}`, {}", expected(allowed)),
            Shape::MissingField { field } => format!("missing field `{field}`"),
            Shape::DuplicateField { field } => format!("duplicate field `{field}`"),
            Shape::WrongType { found, expected } => {
                format!("invalid type: {}, expected {}", found.english(true), expected.english(false))
            }
            Shape::WrongValue { found, expected } => {
                format!("invalid value: {}, expected {}", found.english(true), expected.english(false))
            }
            Shape::Syntax(syntax) => syntax.english(),
            Shape::Other(message) => message.clone(),
        }
    }
}

/// serde's list of allowed names, as it writes it: "expected `a`", "expected `a` or `b`", "expected one of `a`, `b`".
fn expected(allowed: &[String]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|name| format!("`{name}`")).collect();
    match quoted.as_slice() {
        [] => "there are no variants".to_string(),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        many => format!("expected one of {}", many.join(", ")),
    }
}

/// From "`devine`, expected one of `a`, `b`": the name found and the names allowed.
fn found_and_allowed(rest: &str) -> (String, Vec<String>) {
    let (found, allowed) = rest.split_once(", ").unwrap_or((rest, ""));
    let names = allowed.split('`').skip(1).step_by(2).map(str::to_string).collect();
    (found.trim_matches('`').to_string(), names)
}

impl JsonType {
    /// serde's `Unexpected`, as it prints it: "integer `3`", "string \"x\"", "sequence", "map", "null"...
    fn found(text: &str) -> JsonType {
        let value = |text: &str| Some(text.trim_matches(['`', '"']).to_string());
        match text.split_once(' ') {
            Some(("string", rest)) => JsonType::Text(value(rest)),
            Some(("integer" | "floating", rest)) => {
                JsonType::Number(value(rest.strip_prefix("point ").unwrap_or(rest)))
            }
            Some(("boolean", rest)) => JsonType::TrueFalse(value(rest)),
            _ => match text {
                "sequence" => JsonType::List,
                "map" => JsonType::Object,
                "null" | "unit value" => JsonType::Null,
                other => JsonType::Other(other.to_string()),
            },
        }
    }

    /// What serde says it expected: "a string", "a sequence", "struct NodeRecord", "u32", "f64"...
    fn expected(text: &str) -> JsonType {
        match text {
            "a string" | "a borrowed string" => JsonType::Text(None),
            "f64" | "f32" | "a number" => JsonType::Number(None),
            "u8" | "u16" | "u32" | "u64" | "usize" => JsonType::WholeNumber,
            "a boolean" => JsonType::TrueFalse(None),
            "a sequence" => JsonType::List,
            t if t.starts_with("struct ") || t.starts_with("a map") => JsonType::Object,
            other => JsonType::Other(other.to_string()),
        }
    }

    /// serde's words for it, as found (`sequence`) or as expected (`a sequence`).
    fn english(&self, as_found: bool) -> String {
        let article = if as_found { "" } else { "a " };
        match self {
            JsonType::Text(Some(value)) => format!("string \"{value}\""),
            JsonType::Text(None) => "a string".to_string(),
            JsonType::Number(Some(value)) if value.contains(['.', 'e', 'E']) => format!("floating point `{value}`"),
            JsonType::Number(Some(value)) => format!("integer `{value}`"),
            JsonType::Number(None) => "f64".to_string(),
            JsonType::WholeNumber => "usize".to_string(),
            JsonType::TrueFalse(Some(value)) => format!("boolean `{value}`"),
            JsonType::TrueFalse(None) => "a boolean".to_string(),
            JsonType::List => format!("{article}sequence"),
            JsonType::Object => format!("{article}map"),
            JsonType::Null => "null".to_string(),
            JsonType::Other(text) => text.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_read_into_kinds_and_said_again_in_the_same_words() {
        for message in [
            "unknown variant `devine`, expected one of `provider`, `region`, `zone`",
            "unknown variant `x`, expected `a` or `b`",
            "unknown field `colour`, expected one of `id`, `kind`, `name`",
            "missing field `name`",
            "duplicate field `id`",
            "invalid type: integer `3`, expected a string",
            "invalid type: string \"x\", expected a sequence",
            "invalid type: boolean `true`, expected a string",
            "invalid type: sequence, expected a string",
        ] {
            assert_eq!(Shape::read(message).english(), message, "{:?}", Shape::read(message));
        }
        assert_eq!(
            Shape::read("unknown variant `devine`, expected one of `provider`, `region`"),
            Shape::UnknownValue { found: "devine".into(), allowed: vec!["provider".into(), "region".into()] }
        );
        assert_eq!(
            Shape::read("invalid type: integer `3`, expected a string"),
            Shape::WrongType { found: JsonType::Number(Some("3".into())), expected: JsonType::Text(None) }
        );
        assert_eq!(Syntax::read("EOF while parsing a value"), Syntax::EndsTooEarly);
        assert_eq!(Syntax::read("expected `,` or `}`"), Syntax::ExpectedCommaOrEnd);
    }

    #[test]
    fn a_path_is_cut_into_fields_and_items() {
        assert_eq!(
            steps("dependencies[0].evidence[12].date"),
            [
                Step::Field("dependencies".into()),
                Step::Item(0),
                Step::Field("evidence".into()),
                Step::Item(12),
                Step::Field("date".into())
            ]
        );
        assert_eq!(steps(""), []);
        assert_eq!(steps("nodes[0][0]"), [Step::Field("nodes".into()), Step::Item(0), Step::Item(0)]);
    }
}
