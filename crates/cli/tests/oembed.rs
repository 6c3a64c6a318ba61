//! `cloudfall oembed`, as `make dist PUBLIC_URL=...` runs it: the oEmbed answer with absolute URLs for a checked
//! address, and a usage error (exit 2) for an address that is not one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn oembed(url: &str) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cloudfall")).args(["oembed", "--url", url]).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn oembed_answers_a_rich_embed_of_the_story_view_at_the_published_address() {
    let (code, out, _) = oembed("https://example.org/articles/outage");
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["type"], "rich");
    assert_eq!(json["provider_url"], "https://example.org/articles/outage/");
    let html = json["html"].as_str().unwrap();
    assert!(html.contains("src=\"https://example.org/articles/outage/?embed=1\""), "{html}");
    assert!(html.contains("loading=\"lazy\"") && html.contains("title=\""), "{html}");
}

#[test]
fn oembed_refuses_an_address_that_is_not_http() {
    let (code, out, err) = oembed("javascript:alert(1)");
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("https://"), "{err}");
}
