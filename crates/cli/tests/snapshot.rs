//! The committed snapshot (`static/snapshot/` and the fallback block of `index.html`) is exactly what
//! `cloudfall snapshot` writes from the shipped data, so the page without JavaScript never shows stale figures.
//! After changing the data or the draw code, regenerate it with `make snapshot`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::Path;
use std::process::Command;

#[test]
fn the_committed_snapshot_is_what_cloudfall_snapshot_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = std::env::temp_dir().join(format!("cloudfall-snapshot-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("index.html");
    std::fs::copy(root.join("index.html"), &page).unwrap();
    let data = root.join("static/data/cloudfall.json");
    let output = Command::new(env!("CARGO_BIN_EXE_cloudfall"))
        .args(["snapshot", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .args(["--page", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    for lang in ["en", "fr"] {
        for name in [format!("market-{lang}.svg"), format!("scenario-{lang}.svg"), format!("summary-{lang}.txt")] {
            let written = std::fs::read_to_string(out.join(&name)).unwrap();
            let committed = std::fs::read_to_string(root.join("static/snapshot").join(&name))
                .unwrap_or_else(|_| panic!("static/snapshot/{name} is missing: run make snapshot"));
            assert!(written == committed, "static/snapshot/{name} is stale: run make snapshot");
        }
    }
    // The preview picture depends on the machine's fonts, so it is checked for its size, not byte for byte.
    let png = std::fs::read(out.join("og-image.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    assert_eq!((&png[16..20], &png[20..24]), (&1200u32.to_be_bytes()[..], &630u32.to_be_bytes()[..]), "1200 x 630");
    assert!(root.join("static/snapshot/og-image.png").exists(), "static/snapshot/og-image.png: run make snapshot");
    let written = std::fs::read_to_string(&page).unwrap();
    let committed = std::fs::read_to_string(root.join("index.html")).unwrap();
    assert!(written == committed, "index.html's fallback block is stale: run make snapshot");
    assert!(committed.contains("src=\"snapshot/scenario-en.svg\""), "the fallback shows the scenario's picture");
    assert!(
        committed.contains("<meta property=\"og:image\" content=\"snapshot/og-image.png\" />"),
        "relative by default"
    );
    std::fs::remove_dir_all(&out).ok();
}

#[test]
fn snapshot_refuses_a_page_without_its_block() {
    let out = std::env::temp_dir().join(format!("cloudfall-snapshot-bare-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("bare.html");
    std::fs::write(&page, "<html><body></body></html>").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_cloudfall"))
        .args(["snapshot", "--out", out.to_str().unwrap(), "--page", page.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("has no <!-- snapshot:start -->"));
    std::fs::remove_dir_all(&out).ok();
}
