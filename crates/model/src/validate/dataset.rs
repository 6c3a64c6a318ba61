//! The `dataset` section: its date and version.

use super::checks::{check_date, check_link, check_plain_text};
use super::{ProblemKind, Problems};
use crate::data::DatasetInfo;

pub(super) fn check(dataset: &DatasetInfo, problems: &mut Problems) {
    check_date("dataset", "as_of", &dataset.as_of, problems);
    if dataset.version.trim().is_empty() {
        problems.add("dataset.version", ProblemKind::NoVersion);
    }
    if let Some(licence) = &dataset.licence {
        if licence.name.trim().is_empty() {
            problems.add("dataset.licence.name", ProblemKind::NoLicenceName);
        }
        check_plain_text("dataset.licence", "name", &licence.name, problems);
        check_link("dataset.licence", "url", Some(&licence.url), problems);
    }
    if let Some(citation) = &dataset.citation {
        check_plain_text("dataset", "citation", citation, problems);
    }
    for (index, entry) in dataset.changelog.iter().enumerate() {
        let path = format!("dataset.changelog[{index}]");
        check_date(&path, "date", &entry.date, problems);
        if entry.version.trim().is_empty() {
            problems.add(format!("{path}.version"), ProblemKind::NoChangelogVersion);
        }
        for (line, change) in entry.changes.iter().enumerate() {
            check_plain_text(&path, &format!("changes[{line}]"), change, problems);
        }
    }
}
