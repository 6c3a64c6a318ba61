//! The committed JSON Schema (`docs/cloudfall.schema.json`) is exactly what `cloudfall schema` derives from the data
//! types, so editors' tools check the file against what the loader really reads.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::process::Command;

fn schema() -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_cloudfall")).arg("schema").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_committed_schema_is_what_cloudfall_schema_prints() {
    let committed = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/cloudfall.schema.json");
    let committed = std::fs::read_to_string(committed).unwrap();
    assert!(
        committed == schema(),
        "docs/cloudfall.schema.json is out of date with the types in crates/model/src/data.rs. Regenerate it \
         from the top folder with:\n    cargo run -p cloudfall-cli -- schema > docs/cloudfall.schema.json"
    );
}

#[test]
fn the_schema_allows_a_schema_link_and_refuses_unknown_fields() {
    let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["title"], "Cloudfall data file");
    assert!(schema.get("$id").is_none(), "{schema}");
    assert_eq!(schema["additionalProperties"], false);
    assert!(schema["properties"]["$schema"]["type"].as_array().unwrap().contains(&"string".into()), "{schema}");
    assert!(!schema["required"].as_array().unwrap().contains(&"$schema".into()), "{schema}");
    let definitions = schema["$defs"].as_object().unwrap();
    for (name, definition) in definitions.iter().filter(|(_, definition)| definition["type"] == "object") {
        assert_eq!(definition["additionalProperties"], false, "{name} must refuse unknown fields");
    }
    // The `///` docs of the data types are the descriptions editors show.
    assert!(definitions["Evidence"]["properties"]["incident"]["description"].as_str().unwrap().contains("reported"));
}
