//! How the page is presented when an article embeds it (`embed=1&view=story&theme=light&plain=1&static=1&v=1.1.0`),
//! and the messages an embedded page exchanges with its host: the heights it posts (Pym.js, Datawrapper, AMP) and
//! the one message it accepts (Pym.js's width). Pure: it reads and writes strings; the web app posts and listens.
//! A host's message is parsed here and never evaluated.

/// What part of the explorer a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// The scenario told for an article column: what was switched off, the chain, the services gone dark.
    Story,
    /// The market-share chart alone.
    Chart,
    /// The switches and the dependency map.
    Map,
    /// The whole explorer.
    Full,
}

impl View {
    pub const ALL: [View; 4] = [View::Story, View::Chart, View::Map, View::Full];

    /// The view's name in the URL (`view=story`).
    pub fn code(self) -> &'static str {
        match self {
            View::Story => "story",
            View::Chart => "chart",
            View::Map => "map",
            View::Full => "full",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.code() == code)
    }
}

/// The colour scheme asked for (`theme=`), set on the page's root as `data-theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's system setting.
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }
}

/// How the page is presented: part of the `Scenario` (so a link carries it) but not of what is switched off.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presentation {
    /// `embed=1`: inside an article, without the site's chrome.
    pub embed: bool,
    /// `view=`; `None` is the default of the mode (`Presentation::view`).
    pub view: Option<View>,
    /// `theme=`; `None` is the default of the mode (`Presentation::theme`).
    pub theme: Option<Theme>,
    /// `plain=1`: no title or credits, for pages that write their own.
    pub plain: bool,
    /// `static=1`: a picture of the given scenario, nothing to click.
    pub still: bool,
    /// `v=`: the data version the link was made with.
    pub version: Option<String>,
    /// Pym.js's `childId`, which the host adds to the iframe's address: the id its height messages carry. Read,
    /// never written back into a link (it belongs to one host page).
    pub child_id: Option<String>,
}

/// The longest Pym.js child id accepted (Pym's own are a few dozen characters).
pub const MAX_CHILD_ID: usize = 64;

/// The longest message from a host that is even looked at, in bytes.
pub const MAX_HOST_MESSAGE: usize = 256;

/// The id height messages carry when the host gave none (Datawrapper's listener matches the iframe by its window,
/// not by this id).
pub const DEFAULT_CHILD_ID: &str = "cloudfall";

impl Presentation {
    /// The view shown: the asked one, else the story in an embed and the whole explorer on the site.
    pub fn view(&self) -> View {
        self.view.unwrap_or(if self.embed { View::Story } else { View::Full })
    }

    /// The theme to set on the page: the asked one, else light in an embed (to match the host page), else none
    /// (the site's own stylesheet decides).
    pub fn theme(&self) -> Option<Theme> {
        self.theme.or(self.embed.then_some(Theme::Light))
    }

    /// Whether the reader can change anything (`static=1` makes a picture).
    pub fn interactive(&self) -> bool {
        !self.still
    }

    /// The id the page's height messages carry.
    pub fn child_id(&self) -> &str {
        self.child_id.as_deref().unwrap_or(DEFAULT_CHILD_ID)
    }

    /// Reads one URL parameter if it is a presentation one: `Some(Ok(()))` when it was read, `Some(Err(()))` when
    /// the key is one of these but the value is not understood, `None` when the key is not a presentation one.
    pub(crate) fn read(&mut self, key: &str, value: &str) -> Option<Result<(), ()>> {
        let read = match key {
            "embed" => flag(value).map(|on| self.embed = on),
            "plain" => flag(value).map(|on| self.plain = on),
            "static" => flag(value).map(|on| self.still = on),
            "view" => View::from_code(value).map(|view| self.view = Some(view)),
            "theme" => Theme::from_code(value).map(|theme| self.theme = Some(theme)),
            "v" => version(value).map(|version| self.version = Some(version)),
            "childId" => child_id(value).map(|id| self.child_id = Some(id)),
            // What else Pym.js adds to the iframe's address: the host page's width, title and address, not needed.
            "initialWidth" | "parentTitle" | "parentUrl" => Some(()),
            _ => return None,
        };
        Some(read.ok_or(()))
    }

    /// The values a presentation parameter takes, for a notice that says what to write instead of a value it does not
    /// take (`view=market`: "story, chart, map or full"); empty for a parameter whose values are not a short list
    /// (`v`, `childId`) or that is not a presentation one.
    pub fn takes(key: &str) -> Vec<&'static str> {
        match key {
            "embed" | "plain" | "static" => vec!["1", "0"],
            "view" => View::ALL.iter().map(|view| view.code()).collect(),
            "theme" => Theme::ALL.iter().map(|theme| theme.code()).collect(),
            _ => Vec::new(),
        }
    }

    /// The URL pairs of this presentation, in a fixed order (`childId` is never written).
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        if let Some(view) = self.view {
            pairs.push(("view", view.code().to_string()));
        }
        if let Some(theme) = self.theme {
            pairs.push(("theme", theme.code().to_string()));
        }
        if self.plain {
            pairs.push(("plain", "1".to_string()));
        }
        if self.still {
            pairs.push(("static", "1".to_string()));
        }
        if let Some(version) = &self.version {
            pairs.push(("v", version.clone()));
        }
        pairs
    }

    /// The presentation of the full explorer opened from an embed: the same data version, nothing else of the
    /// embed (no `embed`, `view`, `theme`, `plain` or `static`).
    pub fn for_explorer(&self) -> Presentation {
        Presentation { version: self.version.clone(), ..Presentation::default() }
    }

    /// The presentation an embed snippet asks for: this one, embedded, without the host's child id.
    pub fn for_embed(&self) -> Presentation {
        Presentation { embed: true, child_id: None, ..self.clone() }
    }
}

/// `1`/`true`/`yes` or `0`/`false`/`no`.
fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// A data version such as `1.1.0`: digits and dots, at most 16 characters.
pub(crate) fn version(value: &str) -> Option<String> {
    let ok = !value.is_empty() && value.len() <= 16 && value.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    ok.then(|| value.to_string())
}

/// A Pym.js child id: letters, digits, `-` and `_`, at most `MAX_CHILD_ID` of them.
fn child_id(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= MAX_CHILD_ID
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| value.to_string())
}

/// Pym.js's message delimiter.
const PYM: &str = "xPYMx";

/// What the page posts to its host when its content is `height` CSS pixels tall: Pym.js's message (a string),
/// Datawrapper's (an object `{"datawrapper-height": {id: px}}`) and AMP's (`{"sentinel": "amp", "type":
/// "embed-size", "height": px}`), the last two as JSON text for the page to parse into objects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeightMessages {
    pub pym: String,
    pub datawrapper: String,
    pub amp: String,
}

/// The messages that tell a host the page is `height` pixels tall.
pub fn height_messages(child_id: &str, height: u32) -> HeightMessages {
    // The id is checked when read (`child_id`), so it needs no escaping; the default is a plain word.
    HeightMessages {
        pym: format!("pym{PYM}{child_id}{PYM}height{PYM}{height}"),
        datawrapper: format!("{{\"datawrapper-height\":{{\"{child_id}\":{height}}}}}"),
        amp: format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
    }
}

/// The width a host reports in Pym.js's `width` message for this child (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), or
/// `None` for anything else: another child's message, another type, a malformed or over-long string. The page
/// answers a width message with its height; nothing in a message is ever run.
pub fn pym_width(message: &str, child_id: &str) -> Option<u32> {
    if message.len() > MAX_HOST_MESSAGE {
        return None;
    }
    let rest = message.strip_prefix("pym")?.strip_prefix(PYM)?;
    let rest = rest.strip_prefix(child_id)?.strip_prefix(PYM)?;
    let width = rest.strip_prefix("width")?.strip_prefix(PYM)?;
    if width.is_empty() || width.len() > 6 || !width.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    width.parse().ok()
}

/// The list of earlier data versions the site ships (`data/versions.json`, `{"earlier": ["1.0.0"]}`), each in its own
/// file loaded only when a link asks for it (`pinned_file`).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Versions {
    pub earlier: Vec<String>,
}

/// Where the site lists its earlier data versions, relative to the page.
pub const VERSIONS_URL: &str = "data/versions.json";

impl Versions {
    /// Reads `data/versions.json`.
    ///
    /// # Errors
    /// A sentence when the text is not such a list or a version is not digits and dots.
    pub fn parse(text: &str) -> Result<Versions, String> {
        let versions: Versions = serde_json::from_str(text)
            .map_err(|error| format!("The list of data versions is not readable: {error}."))?;
        match versions.earlier.iter().find(|listed| version(listed).is_none()) {
            Some(bad) => Err(format!("The list of data versions names \"{bad}\", which is not a version.")),
            None => Ok(versions),
        }
    }

    /// The file of data version `asked`, relative to the page, when it is an earlier version the site ships; `None`
    /// means the current data (`data/cloudfall.json`).
    pub fn pinned_file(&self, asked: &str) -> Option<String> {
        self.earlier.iter().any(|listed| listed == asked).then(|| format!("data/cloudfall-{asked}.json"))
    }
}

/// What the share dialog offers for one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLinks {
    /// The full explorer in this state (what "open the full explorer" opens too).
    pub link: String,
    /// The embed's address: this state, embedded.
    pub embed: String,
    /// The HTML to paste into an article: the iframe (with `title` and `loading="lazy"`) and the resizer script.
    pub snippet: String,
}

/// The default height of an embed snippet's iframe, in CSS pixels: what a page shows without any resizer.
pub const SNIPPET_HEIGHT: u32 = 640;

/// The links and the snippet for `scenario`, from the page's own address without its query or fragment (`page`,
/// such as `https://example.org/cloudfall/` or `.../cloudfall/index.html`). The resizer script sits beside the page.
/// `title` names the iframe for screen readers; it is escaped here. With `version` (the data shown), the links
/// name it (`v=`), so an article keeps showing the numbers it was written about.
pub fn share_links(scenario: &crate::scenario::Scenario, page: &str, title: &str, version: Option<&str>) -> ShareLinks {
    let with = |presentation: Presentation| {
        let mut shown = scenario.clone();
        shown.presentation = Presentation { version: version.map(str::to_string), ..presentation };
        format!("{page}{}", shown.to_query())
    };
    let link = with(scenario.presentation.for_explorer());
    let embed = with(scenario.presentation.for_embed());
    let folder = &page[..page.rfind('/').map_or(0, |slash| slash + 1)];
    let snippet = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{SNIPPET_HEIGHT}\" loading=\"lazy\" \
         style=\"border:0\" data-cloudfall></iframe>\n<script src=\"{}resize.js\" async></script>",
        escape_attribute(&embed),
        escape_attribute(title),
        escape_attribute(folder)
    );
    ShareLinks { link, embed, snippet }
}

/// The width an oEmbed consumer is told the embed has, in CSS pixels: an article column (it adapts to any width).
pub const OEMBED_WIDTH: u32 = 700;

/// The oEmbed response (`oembed.json`, type `rich`) of the page published at `page` (an absolute URL ending in
/// `/`, as set at publish time): the story view of the default scenario, embedded with the resizer. CMSs that speak
/// oEmbed turn the bare link into this.
pub fn oembed(page: &str, title: &str) -> String {
    let embedded = crate::scenario::Scenario {
        presentation: Presentation { embed: true, ..Presentation::default() },
        ..crate::scenario::Scenario::default()
    };
    let links = share_links(&embedded, page, title, None);
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": "Cloudfall",
        "provider_url": page,
        "html": links.snippet,
        "width": OEMBED_WIDTH,
        "height": SNIPPET_HEIGHT,
    })
    .to_string()
}

/// The address the site is published at (`make dist PUBLIC_URL=https://example.org/cloudfall/`), checked: an
/// `http(s)` URL without spaces, quotes or angle brackets, ending in `/` (added when missing).
///
/// # Errors
/// A sentence saying what is wrong with the address.
pub fn public_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return Err(format!("\"{url}\" is not an address starting with https:// or http://"));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(format!("\"{url}\" has no host name"));
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '?' | '#'))
    {
        return Err(format!("\"{url}\" holds a space, a quote, an angle bracket, a backslash, a query or a fragment"));
    }
    Ok(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// `text` safe inside a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_can_say_what_each_listed_parameter_takes_and_every_value_it_lists_is_read() {
        assert_eq!(Presentation::takes("view"), ["story", "chart", "map", "full"]);
        assert_eq!(Presentation::takes("theme"), ["light", "dark", "auto"]);
        assert!(Presentation::takes("v").is_empty() && Presentation::takes("off").is_empty());
        for key in ["embed", "plain", "static", "view", "theme"] {
            for value in Presentation::takes(key) {
                assert_eq!(Presentation::default().read(key, value), Some(Ok(())), "{key}={value}");
            }
        }
    }

    #[test]
    fn an_earlier_version_is_loaded_from_its_own_file_only_when_listed() {
        let versions = Versions::parse(r#"{"earlier": ["1.0.0"]}"#).unwrap();
        assert_eq!(versions.pinned_file("1.0.0"), Some("data/cloudfall-1.0.0.json".into()));
        assert_eq!(versions.pinned_file("1.1.0"), None, "the current or an unknown version: the current file");
        assert!(Versions::parse(r#"{"earlier": ["../../x"]}"#).is_err());
        assert!(Versions::parse(r#"{"earlier": "1.0.0"}"#).is_err());
    }

    #[test]
    fn a_public_url_is_an_http_address_of_a_folder() {
        assert_eq!(public_url("https://news.example/cloudfall"), Ok("https://news.example/cloudfall/".into()));
        assert_eq!(public_url("http://127.0.0.1:8080/"), Ok("http://127.0.0.1:8080/".into()));
        for bad in ["news.example/x/", "javascript:alert(1)", "https:///x", "https://a.example/\"x", "https://a/?q=1"] {
            assert!(public_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_oembed_response_is_rich_with_absolute_urls() {
        let json: serde_json::Value =
            serde_json::from_str(&oembed("https://news.example/cloudfall/", "Cloudfall")).unwrap();
        assert_eq!((json["version"].as_str(), json["type"].as_str()), (Some("1.0"), Some("rich")));
        assert_eq!(json["provider_url"], "https://news.example/cloudfall/");
        let html = json["html"].as_str().unwrap();
        assert!(
            html.starts_with("<iframe src=\"https://news.example/cloudfall/?embed=1\" title=\"Cloudfall\""),
            "{html}"
        );
        assert!(html.contains("<script src=\"https://news.example/cloudfall/resize.js\" async>"), "{html}");
        assert_eq!((json["width"].as_u64(), json["height"].as_u64()), (Some(700), Some(640)));
    }

    #[test]
    fn the_share_dialog_offers_the_explorer_link_and_an_embed_snippet_of_the_same_state() {
        use crate::graph::NodeId;
        use crate::scenario::{Action, Scenario};
        let scenario = Scenario::default()
            .apply(Action::Toggle(NodeId::new("aws/us-east-1")))
            .map(|s| Scenario {
                presentation: Presentation {
                    embed: true,
                    plain: true,
                    child_id: Some("pym-1".into()),
                    ..Presentation::default()
                },
                ..s
            })
            .unwrap();
        let page = "https://news.example/cloudfall/index.html";
        let links = share_links(&scenario, page, "Cloudfall: \"AWS\" & <co>", Some("1.1.0"));
        assert_eq!(links.link, "https://news.example/cloudfall/index.html?off=aws/us-east-1&v=1.1.0");
        assert_eq!(links.embed, "https://news.example/cloudfall/index.html?off=aws/us-east-1&embed=1&plain=1&v=1.1.0");
        assert_eq!(
            share_links(&scenario, page, "", None).link,
            "https://news.example/cloudfall/index.html?off=aws/us-east-1"
        );
        assert_eq!(
            links.snippet,
            "<iframe src=\"https://news.example/cloudfall/index.html?off=aws/us-east-1&amp;embed=1&amp;plain=1&amp;v=1.1.0\" \
             title=\"Cloudfall: &quot;AWS&quot; &amp; &lt;co&gt;\" width=\"100%\" height=\"640\" loading=\"lazy\" \
             style=\"border:0\" data-cloudfall></iframe>\n\
             <script src=\"https://news.example/cloudfall/resize.js\" async></script>"
        );
    }

    #[test]
    fn an_embed_shows_the_story_in_light_and_the_site_shows_everything_in_its_own_theme() {
        let site = Presentation::default();
        assert_eq!((site.view(), site.theme(), site.interactive()), (View::Full, None, true));
        let embed = Presentation { embed: true, ..Presentation::default() };
        assert_eq!((embed.view(), embed.theme()), (View::Story, Some(Theme::Light)));
        let dark_map = Presentation { view: Some(View::Map), theme: Some(Theme::Dark), ..embed };
        assert_eq!((dark_map.view(), dark_map.theme()), (View::Map, Some(Theme::Dark)));
    }

    #[test]
    fn flags_views_themes_versions_and_child_ids_are_read_strictly() {
        let mut presentation = Presentation::default();
        for (key, value) in [("embed", "1"), ("view", "chart"), ("theme", "auto"), ("plain", "true"), ("static", "1")] {
            assert_eq!(presentation.read(key, value), Some(Ok(())), "{key}={value}");
        }
        assert_eq!(presentation.read("v", "1.1.0"), Some(Ok(())));
        assert_eq!(presentation.read("childId", "cloudfall-1"), Some(Ok(())));
        assert_eq!(presentation.read("parentUrl", "https://news.example/a"), Some(Ok(())));
        assert_eq!(
            presentation,
            Presentation {
                embed: true,
                view: Some(View::Chart),
                theme: Some(Theme::Auto),
                plain: true,
                still: true,
                version: Some("1.1.0".into()),
                child_id: Some("cloudfall-1".into()),
            }
        );
        for (key, value) in [
            ("embed", "please"),
            ("view", "Story"),
            ("theme", "pink"),
            ("v", "1.0; drop"),
            ("childId", "a\"b"),
            ("childId", &"x".repeat(MAX_CHILD_ID + 1)),
        ] {
            assert_eq!(presentation.read(key, value), Some(Err(())), "{key}={value}");
        }
        assert_eq!(presentation.read("off", "aws"), None, "not a presentation key");
    }

    #[test]
    fn the_explorer_link_drops_the_embed_and_keeps_the_data_version() {
        let embed = Presentation {
            embed: true,
            view: Some(View::Story),
            theme: Some(Theme::Dark),
            plain: true,
            still: true,
            version: Some("1.1.0".into()),
            child_id: Some("pym-1".into()),
        };
        assert_eq!(embed.for_explorer(), Presentation { version: Some("1.1.0".into()), ..Presentation::default() });
        assert_eq!(embed.for_embed().child_id, None);
        assert!(embed.pairs().iter().all(|(key, _)| *key != "childId"));
    }

    #[test]
    fn the_height_is_posted_in_the_three_formats_hosts_listen_for() {
        let messages = height_messages("pym-1", 812);
        assert_eq!(messages.pym, "pymxPYMxpym-1xPYMxheightxPYMx812");
        assert_eq!(messages.datawrapper, r#"{"datawrapper-height":{"pym-1":812}}"#);
        assert_eq!(messages.amp, r#"{"sentinel":"amp","type":"embed-size","height":812}"#);
    }

    #[test]
    fn only_pym_s_width_message_for_this_child_is_accepted() {
        assert_eq!(pym_width("pymxPYMxpym-1xPYMxwidthxPYMx700", "pym-1"), Some(700));
        for other in [
            "pymxPYMxpym-2xPYMxwidthxPYMx700",
            "pymxPYMxpym-1xPYMxheightxPYMx700",
            "pymxPYMxpym-1xPYMxwidthxPYMx",
            "pymxPYMxpym-1xPYMxwidthxPYMx-1",
            "pymxPYMxpym-1xPYMxwidthxPYMx7e2",
            "pymxPYMxpym-1xPYMxwidthxPYMx9999999",
            "pymxPYMxpym-1xPYMxwidthxPYMx700xPYMxalert(1)",
            "pymxPYMxpym-1xPYMxnavigateToxPYMxjavascript:alert(1)",
            "{\"datawrapper-height\":{}}",
            "",
        ] {
            assert_eq!(pym_width(other, "pym-1"), None, "{other}");
        }
        let long = format!("pymxPYMxpym-1xPYMxwidthxPYMx700{}", " ".repeat(MAX_HOST_MESSAGE));
        assert_eq!(pym_width(&long, "pym-1"), None, "over-long messages are not read");
    }
}
