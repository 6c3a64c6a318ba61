//! Checks shared by the sections: sources, dates and ids.

use super::{ProblemKind, Problems};
use crate::data::Source;

/// A source needs a publisher, a title and a date.
pub(super) fn check_source(path: &str, source: &Source, problems: &mut Problems) {
    check_cited(path, &source.publisher, &source.title, &source.date, problems);
    check_link(path, "url", source.url.as_deref(), problems);
    check_via(path, source.via.as_deref(), problems);
}

/// The path of `field` in the item at `path` (`nodes[3].name`), or `path` itself for no field. The checks build it
/// only for a problem: a file with thousands of items has no path to write when all is well (issue 19).
fn field_path(path: &str, field: &str) -> String {
    if field.is_empty() {
        path.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// A copy a source was read through is named, in plain text.
pub(super) fn check_via(path: &str, via: Option<&str>, problems: &mut Problems) {
    let Some(via) = via else { return };
    if via.trim().is_empty() {
        problems.add(format!("{path}.via"), ProblemKind::EmptyVia);
    }
    check_plain_text(path, "via", via, problems);
}

/// A link from the data is shown to readers as a link: only `https://` and `http://` addresses to a host, so no
/// `javascript:`, `data:` or relative link can ride on a data file.
pub(super) fn check_link(path: &str, field: &str, url: Option<&str>, problems: &mut Problems) {
    let Some(url) = url else { return };
    if !is_web_link(url) {
        problems.add(field_path(path, field), ProblemKind::NotAWebLink { excerpt: text_excerpt(url) });
    }
}

/// Whether `url` is an absolute `http(s)` address with a host and no space or control character.
pub fn is_web_link(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// A name shown to readers must be plain text on one line: no control character, and no invisible bidirectional
/// control that could make it read differently from what it is (a right-to-left override, say).
pub(super) fn check_plain_text(path: &str, field: &str, text: &str, problems: &mut Problems) {
    if let Some(c) = text.chars().find(|&c| c.is_control() || is_bidi_control(c)) {
        problems.add(field_path(path, field), ProblemKind::ControlCharacter { code: u32::from(c) });
    }
}

/// The Unicode bidirectional formatting characters (embeddings, overrides, isolates, marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// At most 80 characters of `text`, for a message.
fn text_excerpt(text: &str) -> String {
    let mut excerpt: String = text.chars().filter(|c| !c.is_control()).take(80).collect();
    if text.chars().count() > 80 {
        excerpt.push('…');
    }
    excerpt
}

/// The fields every citation has, wherever it sits.
pub(super) fn check_cited(path: &str, publisher: &str, title: &str, date: &str, problems: &mut Problems) {
    if publisher.trim().is_empty() {
        problems.add(format!("{path}.publisher"), ProblemKind::NoPublisher);
    }
    if title.trim().is_empty() {
        problems.add(format!("{path}.title"), ProblemKind::NoTitle);
    }
    check_date(path, "date", date, problems);
}

pub(super) fn check_date(path: &str, field: &str, date: &str, problems: &mut Problems) {
    if !is_date(date) {
        problems.add(field_path(path, field), ProblemKind::NotADate { text: date.to_string() });
    }
}

pub(super) fn unknown_node(id: &str) -> ProblemKind {
    ProblemKind::UnknownNode { id: id.to_string() }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a plausible month and day.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1900..=2100),
        [year, month] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12),
        [year, month, day] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12) && number(day, 2, 1..=31),
        _ => false,
    }
}

/// Lowercase slugs separated by `/`: `aws/us-east-1/dynamodb`.
pub(super) fn is_slug_path(id: &str) -> bool {
    !id.is_empty()
        && id.split('/').all(|segment| {
            !segment.is_empty()
                && segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        })
}
