//! The JSON Schema of the data file, derived from the serde types in `cloudfall_model::data`.
//! Nothing here describes the format by hand: fields, requirements and descriptions all come from those types, so
//! the schema cannot drift from what the loader reads. `docs/cloudfall.schema.json` is this text, committed.

use cloudfall_model::data::DataFile;
use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, Transform};
use schemars::Schema;

/// The schema as editors' tools read it: JSON Schema 2020-12, pretty-printed (the command adds the final newline).
///
/// # Errors
/// A sentence when the schema cannot be written as JSON (not expected: it is plain data).
pub fn data_schema() -> Result<String, String> {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(UnwrapDescriptions)
        .into_generator()
        .into_root_schema_for::<DataFile>();
    serde_json::to_string_pretty(&schema).map_err(|error| format!("cannot write the schema as JSON: {error}"))
}

/// Joins the lines of each description back into paragraphs. Doc comments are wrapped at the source's line length;
/// editors show a description as it is, so a line break inside a sentence would show too.
#[derive(Debug, Clone)]
struct UnwrapDescriptions;

impl Transform for UnwrapDescriptions {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(serde_json::Value::String(description)) = schema.get_mut("description") {
            *description = description
                .split("\n\n")
                .map(|paragraph| paragraph.replace('\n', " "))
                .collect::<Vec<_>>()
                .join("\n\n");
        }
        transform_subschemas(self, schema);
    }
}
