//! No UI text is hard-coded in a component (issue 17, requirement 23): every word a reader sees comes from the
//! strings file of their language (`src/i18n/en.rs`, `fr.rs`). This lint reads every `src/components/**.rs`
//! natively and fails on a string literal holding a letter where `html!` puts text: `{ "…" }` or `>"…"<`.
//! Symbols and punctuation (" — ", "✕", "+") are allowed; so are literals that are an expression's value
//! (`tabindex={if tab { "0" } else { "-1" }}`, `if next { "dark" } else { "light" }`), not text.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The string literals `line` places as text: `{ "…" }` outside an attribute's expression, and `>"…"`.
fn text_literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (opening, closing) in [("{ \"", "\" }"), ("{\"", "\"}"), (">\"", "\"")] {
        let mut rest = line;
        let mut offset = 0;
        while let Some(at) = rest.find(opening) {
            let start = at + opening.len();
            let Some(length) = rest[start..].find(closing) else { break };
            let literal = &rest[start..start + length];
            // Text sits where a child goes: at the start of a line, or right after a tag (`>`) or another child
            // (`}`). After anything else (`if tab { "0" } else { "-1" }`) a block is an expression's value.
            let before = line[..offset + at].trim_end();
            let is_child =
                opening.starts_with('>') || before.is_empty() || before.ends_with('>') || before.ends_with('}');
            if is_child && literal.chars().any(char::is_alphabetic) {
                found.push(literal.to_string());
            }
            offset += start + length + closing.len();
            rest = &line[offset..];
        }
    }
    found
}

#[test]
fn the_lint_finds_text_and_leaves_values_and_symbols_alone() {
    assert_eq!(text_literals(r#"<p>{ "Switch it off" }</p>"#), ["Switch it off"]);
    assert_eq!(text_literals(r#"<span>"Loading"</span>"#), ["Loading"]);
    assert!(text_literals(r#"<p>{ " — " }{ "✕" }{ " " }</p>"#).is_empty());
    assert!(text_literals(r#"tabindex={if tab { "0" } else { "-1" }}"#).is_empty());
    assert!(text_literals(r#"data-cascade={if done { "done" } else { "running" }}"#).is_empty());
    assert!(text_literals(r#"choose_theme(if next { "dark" } else { "light" })"#).is_empty());
    assert_eq!(text_literals(r#"<p>{ text.intro }{ "More" }</p>"#), ["More"]);
}

#[test]
fn no_component_holds_text_of_its_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    let files = sources(&root);
    assert!(files.len() > 30, "the components were not found under {}", root.display());
    let mut hard_coded = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for literal in text_literals(line) {
                hard_coded.push(format!("{}:{}: \"{literal}\"", file.display(), number + 1));
            }
        }
    }
    assert!(hard_coded.is_empty(), "text belongs in src/i18n/en.rs and fr.rs:\n{}", hard_coded.join("\n"));
}
