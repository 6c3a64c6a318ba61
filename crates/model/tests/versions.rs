//! The earlier data versions the site ships for pinned links (`v=1.0.0`): every version listed in
//! `static/data/versions.json` has its own file, which loads and is that version, and none is the current one
//! (a link pinned to the current version loads `data/cloudfall.json`).

use cloudfall_model::embed::Versions;
use cloudfall_model::load;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/data");

#[test]
fn every_listed_earlier_version_ships_its_own_file_of_that_version() {
    let list = std::fs::read_to_string(format!("{DATA}/versions.json")).unwrap();
    let versions = Versions::parse(&list).unwrap();
    let current = load(&std::fs::read_to_string(format!("{DATA}/cloudfall.json")).unwrap()).unwrap();
    assert!(!versions.earlier.is_empty());
    for version in &versions.earlier {
        assert_ne!(*version, current.info.version, "the current version is data/cloudfall.json, not an earlier one");
        let file = versions.pinned_file(version).unwrap();
        let text = std::fs::read_to_string(format!("{DATA}/{}", file.trim_start_matches("data/"))).unwrap();
        let model = load(&text).unwrap_or_else(|problems| panic!("{file}: {problems:?}"));
        assert_eq!(model.info.version, *version, "{file}");
    }
}
